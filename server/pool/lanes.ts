import { PART_CHARS } from "../../engine/part-size.ts";

/** A text longer than this goes to the lane for large texts (one part of the engine's long-text split). */
export const LARGE_TEXT_CHARS = PART_CHARS;
