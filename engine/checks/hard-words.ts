// Rule "hard-word": very long compounds (betalingsverplichtingen) and words that few readers know.
// Word frequencies come from the caller (data/wordfreq-nl/load.ts in Node), so the check does no I/O.
// Quiet by design: a compound of frequent parts (huurbedrag) passes, names and placeholders are skipped,
// a word that the text explains passes, and only the first use of a word is marked.
import { charAt } from "../text/chars.ts";
import { isBrokenOverLines } from "../text/tokenize.ts";
import { ByWordNumber } from "../text/word-numbers.ts";
import { sentenceTokens } from "../text/document.ts";
import type { Check, CheckOptions, DocumentModel, Finding, Severity, Suggestion, Token } from "../types.ts";
import { definesTerm, describesTerm, explainedInBrackets, explainsPrevious, explainsShortName, isWhatIsQuestion, namedInBrackets, nextInParagraph, shortNameAfter } from "./explanations.ts";
import { letterFrame } from "./letter-frame.ts";
import { prepareSplitter, splitCompound, zipfOf, type CompoundSplit } from "./compound-split.ts";
import type { WordFrequencies } from "./data/wordfreq.ts";
import { headAdvice, paraphrases, type Paraphrase } from "./data/wordfreq-paraphrases.ts";

export interface HardWordOptions {
  /** Words with at least this many letters are long. */
  longLetters: number;
  /** Long words with at least this many letters that are not in the list get a warning. */
  veryLongLetters: number;
  /** A compound of two well-known parts gets a warning only from this many letters ("kennismakingsgesprek": a tip). */
  veryLongTwoPartLetters: number;
  /** Below this Zipf value a word is rare (LiNT-II uses 3 with SUBTLEX-NL). */
  rareZipf: number;
  /** Shorter words are never marked as rare (short rare tokens are mostly names, typos or PDF debris). */
  minRareLetters: number;
  /** A long word at least this frequent is not marked. */
  longFrequentZipf: number;
  /** Words another check already explains (the lexicon's headwords), lower case. */
  knownWords: Iterable<string>;
}

export const defaultHardWordOptions: HardWordOptions = {
  longLetters: 16,
  veryLongLetters: 20,
  veryLongTwoPartLetters: 22,
  rareZipf: 3,
  minRareLetters: 5,
  longFrequentZipf: 3.5,
  knownWords: [],
};

const RARE_MESSAGE = "Dit woord kennen veel mensen niet. Kies een woord dat vaker voorkomt, of leg het uit.";
const LONG_MESSAGE = "Dit woord is lang en daardoor moeilijk te lezen. Schrijf het in meer woorden, of kies een korter woord.";

const LETTERS_ONLY = /^\p{L}+(?:['’]\p{L}+)?$/u;
const EMPHASIS_ACCENT = /[\u0300-\u0302]/g; // óók, dát: accents for stress, not part of the word
const SPELLING_SEP = /[’]/g;
const EXPLAINED_BEFORE = new Set(["heet", "heten", "heette", "heetten", "noemen", "noemt", "noem", "genoemd", "noemde", "noemden"]);
const EXPLAINED_AFTER = new Set(["betekent", "betekenen", "oftewel", "ofwel"]);

/**
 * A word for the person the reader deals with ("praktijkondersteuner", "gerechtsdeurwaarder",
 * "schoolmaatschappelijk werker"): the letter needs it, so a long one is a tip, not a warning.
 */
const PERSON_WORD = /(?:werker|verlener|ondersteuner|begeleider|waarder|ambtenaar|consulent|adviseur|beschermer|voogd|coach|therapeut|arts|kundige|leider|regisseur|functionaris|verantwoordelijke|manager|co[öo]rdinator|specialist|assistent|directeur|secretaris|beheerder|bemiddelaar|vertegenwoordiger)s?n?$/;

type Verdict = { kind: "long" | "rare"; severity: Severity; split?: CompoundSplit };

/** What this check knows of a lower-case word; `verdict` undefined: not hard, or a known word. */
interface WordFacts {
  lettersOnly: boolean;
  verdict: Verdict | undefined;
  paraphrase: Paraphrase | undefined;
}
const NOT_LETTERS: WordFacts = { lettersOnly: false, verdict: undefined, paraphrase: undefined };
const PARAPHRASE_VERDICT: Verdict = { kind: "long", severity: "info" };

const paraphraseByForm = new Map<string, Paraphrase>();
for (const p of paraphrases) for (const form of p.forms) paraphraseByForm.set(form, p);
const adviceByHead = new Map<string, string>();
for (const a of headAdvice) for (const head of a.heads) adviceByHead.set(head, a.note);

/** Lower-case word → the form the list uses: straight apostrophe, no accents of stress (óók). */
function normalize(lower: string): string {
  let w = lower;
  if (w.includes("’")) w = w.replace(SPELLING_SEP, "'");
  if (/[\u00c0-\u00ff]/.test(w)) w = w.normalize("NFD").replace(EMPHASIS_ACCENT, "").normalize("NFC");
  return w;
}

function letterCount(word: string): number {
  let n = 0;
  for (const ch of word) if (ch !== "'") n++;
  return n;
}

export function judgeWord(word: string, freq: WordFrequencies, o: HardWordOptions): Verdict | undefined {
  const letters = letterCount(word);
  const z = zipfOf(word, freq, true);
  if (letters >= o.longLetters) {
    if (z !== undefined && z >= o.longFrequentZipf) return undefined;
    const split = splitCompound(word, freq);
    // a compound of two well-known parts below the very-long length reads fine, also when the whole word is less
    // frequent than its parts ("betalingsregeling", "kinderopvangtoeslag")
    const twoKnownParts = split !== undefined && split.parts.length === 2 && split.minZipf >= o.longFrequentZipf;
    if (twoKnownParts && letters < o.veryLongLetters) return undefined;
    if (z !== undefined && z >= o.rareZipf) return { kind: "long", severity: "info" };
    const severity: Severity = letters >= (twoKnownParts ? o.veryLongTwoPartLetters : o.veryLongLetters) && !PERSON_WORD.test(word) ? "warning" : "info";
    return split ? { kind: "long", severity, split } : { kind: "long", severity };
  }
  if (letters < o.minRareLetters || (z !== undefined && z >= o.rareZipf)) return undefined;
  if (splitCompound(word, freq)) return undefined;
  return { kind: "rare", severity: "info" };
}

/** Does the text around the word explain it? "Dat heet een X", "X (uitleg)", "X betekent …", "X, oftewel …". */
function isExplained(tokens: Token[], from: number, to: number, at: number): boolean {
  if (namedInBrackets(tokens, at, at + 1, from)) return true;
  for (let k = at - 1, words = 0; k >= from && k >= at - 8 && words < 4; k--) {
    const t = tokens[k]!;
    if (t.kind !== "word") continue;
    if (EXPLAINED_BEFORE.has(t.lower)) return true;
    words++;
  }
  let k = at + 1;
  if (tokens[k]?.text === "(") return explainedInBrackets(tokens, k, to);
  if (tokens[k]?.text === "," || tokens[k]?.text === ":") k++;
  return k < to && tokens[k]!.kind === "word" && EXPLAINED_AFTER.has(tokens[k]!.lower);
}

/** "Een X is een …" in its own sentence, or "Dat is een …" in the next one: "U krijgt een beschikking. Dat is een brief …". */
function explainedNear(doc: DocumentModel, si: number, at: number): boolean {
  const s = doc.sentences[si]!;
  if (isExplained(doc.tokens, s.tokenStart, s.tokenEnd, at)) return true;
  if (definesTerm(sentenceTokens(doc, si), at - s.tokenStart, at - s.tokenStart + 1)) return true;
  const next = nextInParagraph(doc, si);
  if (next === undefined) return false;
  if (explainsPrevious(next) || describesTerm(next, [doc.tokens[at]!.lower])) return true;
  // "de ondertoezichtstelling (OTS) … . Een OTS betekent: …": the next sentence explains the word by its short name
  const short = shortNameAfter(doc.tokens, at + 1);
  return short !== undefined && explainsShortName(next, short);
}

/** How many sentences before and after a use are searched for another, explained use in the same paragraph. */
const PARAGRAPH_REACH = 30;

/** Lower-case words of the questions "Wat is een …?" in the text: such a question explains its words everywhere. */
function questionWords(doc: DocumentModel): Set<string> {
  const out = new Set<string>();
  for (let si = 0; si < doc.sentences.length; si++) {
    const tokens = sentenceTokens(doc, si);
    if (isWhatIsQuestion(tokens)) for (const t of tokens) out.add(t.lower);
  }
  return out;
}

/** Is the word at token `at` explained: at this use, at another use in the same paragraph, or by a question? */
function explainedInText(doc: DocumentModel, si: number, at: number, asked: Set<string>): boolean {
  const lower = doc.tokens[at]!.lower;
  if (asked.has(lower) || explainedNear(doc, si, at)) return true;
  const paragraph = doc.sentences[si]!.paragraph;
  const last = Math.min(doc.sentences.length - 1, si + PARAGRAPH_REACH);
  for (let sj = Math.max(0, si - PARAGRAPH_REACH); sj <= last; sj++) {
    const s = doc.sentences[sj]!;
    if (s.paragraph !== paragraph) continue;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) if (k !== at && doc.tokens[k]!.lower === lower && explainedNear(doc, sj, k)) return true;
  }
  return false;
}

/** A word glued to a code, e-mail or web address: "kvdgraaf@…", "…/huurhulp", "info.wijkteam". */
function isGlued(text: string, t: Token): boolean {
  const before = charAt(text, t.start - 1);
  const after = charAt(text, t.end);
  if ("/\\@_#".includes(before) && before !== "") return true;
  if ("/\\@_#".includes(after) && after !== "") return true;
  return (after === "." && /\p{L}/u.test(charAt(text, t.end + 1))) || (before === "." && /\p{L}/u.test(charAt(text, t.start - 2)));
}

function describeSplit(split: CompoundSplit): string {
  return split.parts.join(" + ");
}

function buildFinding(text: string, start: number, end: number, verdict: Verdict, p: Paraphrase | undefined): Finding {
  const suggestions: Suggestion[] = [];
  let message = verdict.kind === "long" ? LONG_MESSAGE : RARE_MESSAGE;
  if (verdict.split) message += ` Het woord bestaat uit: ${describeSplit(verdict.split)}.`;
  if (p) {
    suggestions.push(p.note ? { replacement: p.replacement, safe: p.safe, note: p.note } : { replacement: p.replacement, safe: p.safe });
  } else if (verdict.split) {
    const advice = adviceByHead.get(verdict.split.parts[verdict.split.parts.length - 1]!);
    if (advice) message += ` ${advice}`;
  }
  return {
    id: `hard-word/${verdict.kind}`,
    rule: "hard-word",
    category: verdict.kind === "long" ? "lang woord" : "weinig bekend woord",
    severity: verdict.severity,
    start,
    end,
    text: text.slice(start, end),
    message,
    suggestions,
  };
}

const MAX_WORD = 64; // longer "words" are debris (1 MB without spaces): long, and not looked up
const CACHE_LIMIT = 50_000;

/** A word's verdict (judgeWord), kept between texts: it depends only on the word, the list and the options. */
export type WordVerdicts = (word: string) => Verdict | undefined;

function keptVerdicts(freq: WordFrequencies, o: HardWordOptions): WordVerdicts {
  const cache = new Map<string, Verdict | null>();
  return (word) => {
    let v = cache.get(word);
    if (v === undefined) {
      v = judgeWord(word, freq, o) ?? null;
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(word, v);
    }
    return v ?? undefined;
  };
}

const withDefaults = new WeakMap<WordFrequencies, WordVerdicts>();

/**
 * Verdicts with the default options, one set per frequency list: the hard-word check and the level (engine/level.ts)
 * judge the same words, so a word new to both is judged once (compound splitting is the costly part).
 */
export function defaultVerdicts(freq: WordFrequencies): WordVerdicts {
  let verdicts = withDefaults.get(freq);
  if (!verdicts) withDefaults.set(freq, (verdicts = keptVerdicts(freq, defaultHardWordOptions)));
  return verdicts;
}

export function createHardWordsCheck(freq: WordFrequencies, overrides: Partial<HardWordOptions> = {}): Check {
  const o: HardWordOptions = { ...defaultHardWordOptions, ...overrides };
  const known = new Set<string>();
  for (const w of o.knownWords) known.add(normalize(w.toLowerCase()));
  // a word shorter than this can be neither rare nor long (every paraphrase form is long)
  const shortest = Math.min(o.minRareLetters, o.longLetters);
  prepareSplitter(freq);
  const judge = Object.keys(overrides).length === 0 ? defaultVerdicts(freq) : keptVerdicts(freq, o);

  /** What depends only on a lower-case word, by its number (engine/text/word-numbers.ts). */
  const factsByNumber = new ByWordNumber<WordFacts>();
  const judged = (lower: string, lettersOnly: boolean): WordFacts => {
    const word = normalize(lower);
    if (known.has(word)) return { lettersOnly, verdict: undefined, paraphrase: undefined };
    const paraphrase = paraphraseByForm.get(word);
    return { lettersOnly, verdict: judge(word) ?? (paraphrase ? PARAPHRASE_VERDICT : undefined), paraphrase };
  };
  const factsOf = (lower: string): WordFacts => (LETTERS_ONLY.test(lower) ? judged(lower, true) : NOT_LETTERS);

  let asked: Set<string> | undefined; // questionWords of the text being checked, made when first needed
  /** `number`: the word number of a whole token (its `lower` is `partLower`); -1 for a part of a hyphenated word. */
  const checkPart = (doc: DocumentModel, seen: Set<string>, part: string, partLower: string | undefined, number: number, start: number, nameAllowed: boolean, at: number, si: number): Finding | undefined => {
    if (part.length > MAX_WORD) {
      return buildFinding(doc.text, start, start + part.length, { kind: "long", severity: "warning" }, undefined);
    }
    if (part.length < shortest) return undefined;
    const lower = partLower ?? part.toLowerCase();
    if (seen.has(lower)) return undefined;
    seen.add(lower);
    let facts = number >= 0 ? factsByNumber.get(number) : undefined;
    if (facts === undefined) {
      facts = factsOf(lower);
      if (number >= 0) factsByNumber.set(number, facts);
    }
    if (part === lower) {
      if (!facts.lettersOnly) return undefined;
    } else {
      // the letters test is on the word as written: a capital can lower-case to more than a letter (İ → i̇)
      if (!LETTERS_ONLY.test(part)) return undefined;
      if (!facts.lettersOnly) facts = judged(lower, true);
    }
    const capital = part[0] !== lower[0];
    if (part.length === lower.length && part.slice(1) !== lower.slice(1)) return undefined; // KvK, iPhone, OTS
    if (capital && !nameAllowed) return undefined; // a name
    if (!facts.verdict) return undefined;
    const p = facts.paraphrase;
    let verdict = facts.verdict;
    // a rare, short, capitalised word at the start of a sentence is most likely a name
    if (capital && verdict.kind === "rare") return undefined;
    if (explainedInText(doc, si, at, (asked ??= questionWords(doc)))) return undefined;
    const next = doc.tokens[at + 1];
    if (verdict.severity === "warning" && next?.kind === "word" && PERSON_WORD.test(next.lower)) verdict = { ...verdict, severity: "info" };
    return buildFinding(doc.text, start, start + part.length, verdict, p);
  };

  return {
    rule: "hard-word",
    run(doc: DocumentModel, _options: CheckOptions): Finding[] {
      const findings: Finding[] = [];
      const seen = new Set<string>();
      asked = undefined;
      const frame = letterFrame(doc);
      for (let si = 0; si < doc.sentences.length; si++) {
        const s = doc.sentences[si]!;
        if (s.kind === "salutation" || s.kind === "closing" || frame[si]) continue;
        let firstWord = true;
        for (let i = s.tokenStart; i < s.tokenEnd; i++) {
          const token = doc.tokens[i]!;
          if (token.kind !== "word") {
            if (token.kind !== "punct") firstWord = false;
            continue;
          }
          const sentenceStart = firstWord;
          firstWord = false;
          if (isGlued(doc.text, token)) continue;
          // its halves are no words, and a finding would cross the line break
          if (isBrokenOverLines(token)) continue;
          if (!token.text.includes("-")) {
            const f = checkPart(doc, seen, token.text, token.lower, token.word, token.start, sentenceStart, i, si);
            if (f) findings.push(f);
            continue;
          }
          // "collega-jeugdprofessionals": judge each part, mark only the hard one
          let offset = 0;
          for (const part of token.text.split("-")) {
            if (part) {
              const f = checkPart(doc, seen, part, undefined, -1, token.start + offset, sentenceStart && offset === 0, i, si);
              if (f) findings.push(f);
            }
            offset += part.length + 1;
          }
        }
      }
      return findings;
    },
  };
}
