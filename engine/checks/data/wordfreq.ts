// Word frequencies for the hard-word check. Pure: the caller reads the data file
// (data/wordfreq-nl/, CC BY-SA 4.0, wordfreq by Robyn Speer, includes SUBTLEX-NL)
// and passes its text here, so the engine also runs in a browser.

/** Lower-case word → Zipf value (log10 of frequency per billion words). */
export type WordFrequencies = ReadonlyMap<string, number>;

/**
 * Parses `word<TAB>zipf` lines; lines starting with "#" (the attribution header) are skipped.
 * Keeps only entries that can be a word token: letters, with inner hyphens or apostrophes.
 */
export function parseWordFrequencies(source: string): Map<string, number> {
  const map = new Map<string, number>();
  let lineStart = 0;
  while (lineStart < source.length) {
    let lineEnd = source.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = source.length;
    if (source.charCodeAt(lineStart) !== 35 /* # */) {
      const tab = source.indexOf("\t", lineStart);
      if (tab > lineStart && tab < lineEnd) {
        const word = source.slice(lineStart, tab);
        const zipf = Number(source.slice(tab + 1, lineEnd));
        if (Number.isFinite(zipf) && WORD.test(word) && !map.has(word)) map.set(word, zipf);
      }
    }
    lineStart = lineEnd + 1;
  }
  return map;
}

const WORD = /^\p{Ll}[\p{Ll}'’-]*$/u;
