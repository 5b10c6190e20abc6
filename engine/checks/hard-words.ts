// Rule "hard-word": very long compounds (betalingsverplichtingen) and words that few readers know.
// Word frequencies come from the caller (data/wordfreq-nl/load.ts in Node), so the check does no I/O.
// Quiet by design: a compound of frequent parts (huurbedrag) passes, names and placeholders are skipped,
// a word that the text explains passes, and only the first use of a word is marked.
import type { Check, CheckOptions, DocumentModel, Finding, Severity, Suggestion, Token } from "../types.ts";
import { splitCompound, zipfOf, type CompoundSplit } from "./compound-split.ts";
import type { WordFrequencies } from "./data/wordfreq.ts";
import { headAdvice, paraphrases, type Paraphrase } from "./data/wordfreq-paraphrases.ts";

export interface HardWordOptions {
  /** Words with at least this many letters are long. */
  longLetters: number;
  /** Long words with at least this many letters that are not in the list get a warning. */
  veryLongLetters: number;
  /** Below this Zipf value a word is rare (LiNT-II uses 3 with SUBTLEX-NL). */
  rareZipf: number;
  /** A long word at least this frequent is not marked. */
  longFrequentZipf: number;
  /** Words another check already explains (the lexicon's headwords), lower case. */
  knownWords: Iterable<string>;
}

export const defaultHardWordOptions: HardWordOptions = {
  longLetters: 16,
  veryLongLetters: 20,
  rareZipf: 3,
  longFrequentZipf: 3.5,
  knownWords: [],
};

const RARE_MESSAGE = "Dit woord kennen veel mensen niet. Kies een woord dat vaker voorkomt, of leg het uit.";
const LONG_MESSAGE = "Dit woord is lang en daardoor moeilijk te lezen. Schrijf het in meer woorden, of kies een korter woord.";

const LETTERS_ONLY = /^\p{L}+(?:['’]\p{L}+)?$/u;
const INNER_CAPITAL = /^.\p{L}*\p{Lu}/u;
const EMPHASIS_ACCENT = /[\u0300-\u0302]/g; // óók, dát: accents for stress, not part of the word
const SPELLING_SEP = /[’]/g;
const EXPLAINED_BEFORE = new Set(["heet", "heten", "noemen", "noemt", "noem", "genoemd", "noemde", "noemden"]);
const EXPLAINED_AFTER = new Set(["betekent", "betekenen", "oftewel", "ofwel"]);
const MAX_EXPLANATION_TOKENS = 40;

type Verdict = { kind: "long" | "rare"; severity: Severity; split?: CompoundSplit };

const paraphraseByForm = new Map<string, Paraphrase>();
for (const p of paraphrases) for (const form of p.forms) paraphraseByForm.set(form, p);
const adviceByHead = new Map<string, string>();
for (const a of headAdvice) for (const head of a.heads) adviceByHead.set(head, a.note);

function normalize(word: string): string {
  let w = word.toLowerCase().replace(SPELLING_SEP, "'");
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
    if (z !== undefined && z >= o.rareZipf) return { kind: "long", severity: "info" };
    const split = splitCompound(word, freq);
    // a compound of two well-known parts below the very-long length reads fine
    if (split && split.parts.length === 2 && split.minZipf >= o.longFrequentZipf && letters < o.veryLongLetters) return undefined;
    const severity: Severity = letters >= o.veryLongLetters ? "warning" : "info";
    return split ? { kind: "long", severity, split } : { kind: "long", severity };
  }
  if (z !== undefined && z >= o.rareZipf) return undefined;
  if (splitCompound(word, freq)) return undefined;
  return { kind: "rare", severity: "info" };
}

/** Does the text around the word explain it? "Dat heet een X", "X (uitleg)", "X betekent …", "X, oftewel …". */
function isExplained(tokens: Token[], from: number, to: number, at: number): boolean {
  for (let k = at - 1, words = 0; k >= from && words < 3; k--) {
    const t = tokens[k]!;
    if (t.kind !== "word") continue;
    if (EXPLAINED_BEFORE.has(t.lower)) return true;
    words++;
  }
  let k = at + 1;
  if (tokens[k]?.text === "(") {
    let words = 0;
    for (k++; k < to && k < at + MAX_EXPLANATION_TOKENS && tokens[k]!.text !== ")"; k++) if (tokens[k]!.kind === "word") words++;
    return words >= 2;
  }
  if (tokens[k]?.text === "," || tokens[k]?.text === ":") k++;
  return k < to && tokens[k]!.kind === "word" && EXPLAINED_AFTER.has(tokens[k]!.lower);
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

/** Word parts of a token: "collega-jeugdprofessionals" → two parts with their offsets. */
function* wordParts(token: Token): Generator<{ part: string; start: number; first: boolean }> {
  let offset = 0;
  let first = true;
  for (const part of token.text.split("-")) {
    if (part) yield { part, start: token.start + offset, first };
    offset += part.length + 1;
    first = false;
  }
}

export function createHardWordsCheck(freq: WordFrequencies, overrides: Partial<HardWordOptions> = {}): Check {
  const o: HardWordOptions = { ...defaultHardWordOptions, ...overrides };
  const known = new Set<string>();
  for (const w of o.knownWords) known.add(normalize(w));
  return {
    rule: "hard-word",
    run(doc: DocumentModel, _options: CheckOptions): Finding[] {
      const findings: Finding[] = [];
      const seen = new Set<string>();
      for (const s of doc.sentences) {
        if (s.kind === "salutation" || s.kind === "closing") continue;
        let firstWord = true;
        for (let i = s.tokenStart; i < s.tokenEnd; i++) {
          const token = doc.tokens[i]!;
          if (token.kind !== "word") {
            if (token.kind !== "punct") firstWord = false;
            continue;
          }
          const sentenceStart = firstWord;
          firstWord = false;
          for (const { part, start, first } of wordParts(token)) {
            if (!LETTERS_ONLY.test(part) || INNER_CAPITAL.test(part)) continue;
            const capital = part[0] !== part[0]!.toLowerCase();
            if (capital && !(sentenceStart && first)) continue; // a name
            const word = normalize(part);
            if (seen.has(word)) continue;
            seen.add(word);
            if (known.has(word)) continue;
            const p = paraphraseByForm.get(word);
            let verdict = judgeWord(word, freq, o);
            if (!verdict && p) verdict = { kind: "long", severity: "info" };
            if (!verdict) continue;
            // a rare, short, capitalised word at the start of a sentence is most likely a name
            if (capital && verdict.kind === "rare") continue;
            if (isExplained(doc.tokens, s.tokenStart, s.tokenEnd, i)) continue;
            findings.push(buildFinding(doc.text, start, start + part.length, verdict, p));
          }
        }
      }
      return findings;
    },
  };
}
