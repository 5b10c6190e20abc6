// How long a part of a long text is; its own module so the server's HTTP thread can choose a lane without
// loading the engine.

/**
 * Texts longer than this are checked in parts that end at a blank line. Each part's document model is garbage
 * as soon as the part is done, which keeps the garbage collector's work small: on 1 MB of Dutch about 30 % less
 * time than one document model of the whole text. Letters (a few pages) are always one part.
 */
export const PART_CHARS = 65_536;
