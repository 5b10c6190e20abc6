// Splits a Dutch compound into known words: betalingsverplichtingen → betaling + s + verplichtingen.
// Dutch writes compounds as one word, so most of them are not in any frequency list; a compound of
// frequent parts (huurbedrag, wachtlijst) is not hard to read. Dynamic programming over the letters,
// with the linking sounds -s- and -e- between parts; cost O(length × maxPartLength).
import type { WordFrequencies } from "./data/wordfreq.ts";

export interface CompoundSplit {
  /** The parts as they are written, without linking letters: ["betaling", "verplichtingen"]. */
  parts: string[];
  /** The linking letters after each part ("s", "e" or ""); the last is always "". */
  links: string[];
  /** The lowest Zipf value of the parts. */
  minZipf: number;
}

export interface SplitOptions {
  /** Every part must be at least this frequent. */
  minPartZipf: number;
  /** Every part must have at least this many letters. */
  minPartLength: number;
  /** Longer words are not split (keeps the cost bounded on hostile input). */
  maxWordLength: number;
}

export const defaultSplitOptions: SplitOptions = { minPartZipf: 3, minPartLength: 3, maxWordLength: 60 };

const MAX_PART = 24;
const LINKS = ["", "s", "e"] as const;
// Never a part. Suffixes that are also words (lijk, baar) would make a derived word look like an
// easy compound (weiger + achtig, kost + e + lijke).
const SUFFIX_WORDS = new Set([
  "achtig", "achtige", "lijk", "lijke", "lijks", "lijker", "lijkheid", "baar", "bare", "baarheid", "heid", "heden",
  "loos", "loze", "schap", "schappen", "isch", "ische", "ing", "ingen", "tje", "tjes", "ster", "sters", "aar",
  "aars", "erig", "erige", "zaam", "zame", "half", "matig", "matige",
  // short words that are frequent but never a part: interjections, old case forms
  "ach", "och", "tig", "ter", "der", "des", "den", "hen", "wie", "hoe", "nee", "zij", "jij", "wij",
]);
// Endings a last part may have when only its stem is in the list (gezinssituaties → situatie).
const ENDINGS = ["en", "s", "e", "n", "'s", "’s"] as const;

/** Zipf of a word, or of its stem when an ending makes it unknown; undefined when unknown. */
export function zipfOf(word: string, freq: WordFrequencies, allowEndings: boolean): number | undefined {
  const z = freq.get(word);
  if (z !== undefined || !allowEndings) return z;
  for (const ending of ENDINGS) {
    if (word.length - ending.length >= 3 && word.endsWith(ending)) {
      const stem = freq.get(word.slice(0, -ending.length));
      if (stem !== undefined) return stem;
    }
  }
  return undefined;
}

interface State {
  count: number;
  minZipf: number;
  from: number; // start of the last part
  partEnd: number; // end of the last part (before its link)
}

const better = (a: State, b: State | undefined) =>
  b === undefined || a.count < b.count || (a.count === b.count && a.minZipf > b.minZipf);

/** The split into the fewest known parts (ties: the most frequent weakest part), or undefined. */
export function splitCompound(
  word: string,
  freq: WordFrequencies,
  options: SplitOptions = defaultSplitOptions,
): CompoundSplit | undefined {
  const n = word.length;
  if (n < 2 * options.minPartLength || n > options.maxWordLength) return undefined;
  // best[i]: the best way to cover word[0, i) with whole parts (and their links)
  const best: (State | undefined)[] = new Array(n + 1);
  best[0] = { count: 0, minZipf: Infinity, from: -1, partEnd: 0 };
  for (let i = 0; i < n; i++) {
    const here = best[i];
    if (!here) continue;
    const maxEnd = Math.min(n, i + MAX_PART);
    for (let k = i + options.minPartLength; k <= maxEnd; k++) {
      const last = k === n;
      const part = word.slice(i, k);
      if (SUFFIX_WORDS.has(part)) continue;
      const z = zipfOf(part, freq, last);
      if (z === undefined || z < options.minPartZipf) continue;
      for (const link of LINKS) {
        const next = k + link.length;
        if (next > n || (link && (last || word.slice(k, next) !== link))) continue;
        if (next === n && link) continue; // a word does not end in a linking letter
        const state: State = { count: here.count + 1, minZipf: Math.min(here.minZipf, z), from: i, partEnd: k };
        if (better(state, best[next])) best[next] = state;
      }
    }
  }
  const end = best[n];
  if (!end || end.count < 2) return undefined;
  const parts: string[] = [];
  const links: string[] = [];
  let at = n;
  while (at > 0) {
    const s = best[at]!;
    parts.unshift(word.slice(s.from, s.partEnd));
    links.unshift(word.slice(s.partEnd, at));
    at = s.from;
  }
  return { parts, links, minZipf: end.minZipf };
}
