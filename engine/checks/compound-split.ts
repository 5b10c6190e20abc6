// Splits a Dutch compound into known words: betalingsverplichtingen → betaling + s + verplichtingen.
// Dutch writes compounds as one word, so most of them are not in any frequency list; a compound of
// frequent parts (huurbedrag, wachtlijst) is not hard to read. Dynamic programming over the letters,
// with the linking sounds -s- and -e- between parts; cost O(length × maxPartLength), and no string is
// made per candidate part (a trie walk finds them).
import type { WordFrequencies } from "./data/wordfreq.ts";
import { PartTrie, type PartTrieState } from "./part-trie.ts";

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
  "het", "een", "van", "dan", "als",
]);
// Two-letter words that are parts of separable verbs and compounds: op + groeit, in + korten, onder + af.
const SHORT_PARTS = new Set(["op", "af", "in", "na", "om"]);
/** Zipf of a word, or of its base form when an ending makes it unknown; undefined when unknown. */
export function zipfOf(word: string, freq: WordFrequencies, allowEndings: boolean): number | undefined {
  const z = freq.get(word);
  if (!allowEndings || (z !== undefined && z >= 3)) return z;
  return highestZipf(word, freq);
}

/** The highest Zipf of the word and its base forms: "tekent" is as well known as "tekenen". */
export function highestZipf(word: string, freq: WordFrequencies): number | undefined {
  let best = freq.get(word);
  for (const base of baseForms(word)) {
    const b = freq.get(base);
    if (b !== undefined && (best === undefined || b > best)) best = b;
  }
  return best;
}

const VOWELS = "aeiouy";
const isVowel = (c: string | undefined) => c !== undefined && VOWELS.includes(c);

/** Infinitives that a verb stem may belong to: schaam → schamen, knel → knellen, leef → leven. */
function infinitives(stem: string, out: string[]): void {
  if (stem.length < 2) return;
  out.push(stem + "en");
  const last = stem[stem.length - 1]!;
  const voiced = last === "f" ? "v" : last === "s" ? "z" : last;
  const a = stem[stem.length - 3];
  const b = stem[stem.length - 2];
  if (a !== undefined && a === b && isVowel(a) && !isVowel(last)) {
    // long vowel in a closed syllable is written single in the open one: schaam → schamen
    out.push(stem.slice(0, -2) + voiced + "en");
  } else if (isVowel(b) && !isVowel(last) && !isVowel(a)) {
    out.push(stem + last + "en"); // short vowel: knel → knellen
  }
  if (voiced !== last) out.push(stem.slice(0, -1) + voiced + "en");
}

/**
 * Base forms a word may have: plural, adjective -e, diminutive, comparative, and verb forms
 * (evalueert → evalueren, schaamde → schamen, stimulerend → stimuleren, geschetst → schetsen).
 * Candidates only: the caller keeps the ones that are in the frequency list.
 */
export function baseForms(word: string): string[] {
  const out: string[] = [];
  const n = word.length;
  if (n < 4) return out;
  const cut = (k: number) => word.slice(0, n - k);
  const ends = (e: string) => n - e.length >= 3 && word.endsWith(e);
  for (const e of ["'s", "’s", "en", "s", "e", "n", "er", "ere", "st", "ste"]) if (ends(e)) out.push(cut(e.length));
  for (const e of ["tjes", "tje", "jes", "je"]) if (ends(e)) out.push(cut(e.length));
  // verbs: present -t, past -de/-te/-den/-ten, present participle -end(e)
  if (ends("t")) infinitives(cut(1), out);
  for (const e of ["de", "te", "den", "ten"]) if (ends(e)) infinitives(cut(e.length), out);
  for (const e of ["end", "ende"]) if (ends(e)) out.push(cut(e.length - 2));
  // past participle ge-…-d/-t(e): geschetst → schets
  const bare = word.replace(/e$/, "");
  if (word.startsWith("ge") && bare.length >= 6 && /[dt]$/.test(bare)) infinitives(bare.slice(2, -1), out);
  else if (/^(?:be|ver|ont|her)/.test(word) && /[dt]$/.test(bare)) infinitives(bare.slice(0, -1), out);
  return out;
}

interface State {
  count: number;
  minZipf: number;
  from: number; // start of the last part
  partEnd: number; // end of the last part (before its link)
}

const better = (a: State, b: State | undefined) =>
  b === undefined || a.count < b.count || (a.count === b.count && a.minZipf > b.minZipf);

// One trie per frequency list and options, built on first use.
const tries = new WeakMap<WordFrequencies, Map<string, PartTrie>>();

function partTrie(freq: WordFrequencies, o: SplitOptions): PartTrie {
  let byOptions = tries.get(freq);
  if (!byOptions) tries.set(freq, (byOptions = new Map()));
  const key = optionsKey(o);
  let trie = byOptions.get(key);
  if (!trie) {
    trie = PartTrie.build(
      freq,
      (w, z) => z >= o.minPartZipf && w.length <= MAX_PART && !SUFFIX_WORDS.has(w) && (w.length >= o.minPartLength || SHORT_PARTS.has(w)),
    );
    byOptions.set(key, trie);
  }
  return trie;
}

/** Builds the part trie now rather than on the first long word (call once at start-up). */
export function prepareSplitter(freq: WordFrequencies, options: SplitOptions = defaultSplitOptions): void {
  partTrie(freq, options);
}

/** The part trie of `freq` as data, for a loader to keep (it is the same for the same list and options). */
export function splitterState(freq: WordFrequencies, options: SplitOptions = defaultSplitOptions): PartTrieState {
  return partTrie(freq, options).state();
}

/** Uses a kept part trie (splitterState of the same list and options) instead of building it again. */
export function adoptSplitterState(freq: WordFrequencies, state: PartTrieState, options: SplitOptions = defaultSplitOptions): void {
  let byOptions = tries.get(freq);
  if (!byOptions) tries.set(freq, (byOptions = new Map()));
  byOptions.set(optionsKey(options), PartTrie.fromState(state));
}

const optionsKey = (o: SplitOptions) => `${o.minPartZipf} ${o.minPartLength}`;

/** The split into the fewest known parts (ties: the most frequent weakest part), or undefined. */
export function splitCompound(
  word: string,
  freq: WordFrequencies,
  options: SplitOptions = defaultSplitOptions,
): CompoundSplit | undefined {
  const n = word.length;
  if (n < 2 * options.minPartLength || n > options.maxWordLength) return undefined;
  const trie = partTrie(freq, options);
  // best[i]: the best way to cover word[0, i) with whole parts (and their links)
  const best: (State | undefined)[] = new Array(n + 1);
  best[0] = { count: 0, minZipf: Infinity, from: -1, partEnd: 0 };
  const offer = (i: number, k: number, z: number) => {
    const here = best[i]!;
    for (const link of LINKS) {
      const next = k + link.length;
      if (next > n || (link && (k === n || next === n || word.slice(k, next) !== link))) continue;
      const state: State = { count: here.count + 1, minZipf: Math.min(here.minZipf, z), from: i, partEnd: k };
      if (better(state, best[next])) best[next] = state;
    }
  };
  for (let i = 0; i < n; i++) {
    if (!best[i]) continue;
    const maxEnd = Math.min(i === 0 ? n - 1 : n, i + MAX_PART); // at least two parts
    let node = 0;
    let exactLast = false;
    for (let k = i; k < maxEnd; k++) {
      node = trie.child(node, word.charCodeAt(k));
      if (node < 0) break;
      const z = trie.zipf(node);
      if (z === undefined) continue; // no word ends here
      if (k + 1 === n) exactLast = true;
      offer(i, k + 1, z);
    }
    // the last part may carry an ending: gezin + s + situaties → situatie
    if (i > 0 && !exactLast && n - i >= options.minPartLength && n - i <= MAX_PART) {
      const last = word.slice(i);
      if (!SUFFIX_WORDS.has(last)) {
        const z = zipfOf(last, freq, true);
        if (z !== undefined && z >= options.minPartZipf) offer(i, n, z);
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
