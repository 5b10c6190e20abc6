// Rule "vocabulary": Latinate and French words outside the common Dutch vocabulary (constateren, structureel,
// primair, correspondentie), a step beyond hard-word's rare words (Zipf < 3). A word counts as common from
// Zipf 4 (about 10 per million words, in its most frequent form); a compound is judged by its parts
// (jaarevaluatie: evaluatie). Info only, first use only; names, the letter frame and explained words are left
// alone. Where the lexicon knows the base word, the message gives its alternative.
import { sentenceTokens } from "../text/document.ts";
import { isBrokenOverLines } from "../text/tokenize.ts";
import { ByWordNumber } from "../text/word-numbers.ts";
import type { Check, DocumentModel, Finding, Token } from "../types.ts";
import type { LexiconEntry } from "../lexicon/schema.ts";
import { highestZipf, splitCompound, zipfOf } from "./compound-split.ts";
import { EVERYDAY_LATINATE } from "./data/everyday-latinate.ts";
import type { WordFrequencies } from "./data/wordfreq.ts";
import { definesTerm, describesTerm, explainsPrevious, nextInParagraph } from "./explanations.ts";
import { latinateForm } from "./latinate.ts";
import { letterFrame } from "./letter-frame.ts";

export interface VocabularyOptions {
  /** From this Zipf value on, a word is common vocabulary. */
  commonZipf: number;
  /** Below this, hard-word already marks a word that is not a compound of known parts. */
  rareZipf: number;
  /** Shorter words are left alone. */
  minLetters: number;
}

export const defaultVocabularyOptions: VocabularyOptions = { commonZipf: 4, rareZipf: 3, minLetters: 6 };

const MESSAGE = "Dit woord is deftig en komt uit het Latijn of Frans. Veel lezers kennen het niet goed. Kies een gewoon woord, of leg het uit.";
const WORD = /^\p{Ll}+$/u;
const DETERMINERS = new Set(["de", "het", "een", "uw", "onze", "ons", "jullie", "deze", "die", "dit", "dat", "elke", "iedere", "geen", "mijn", "zijn", "haar", "hun"]);

function previousWord(doc: DocumentModel, from: number, at: number): string | undefined {
  for (let k = at - 1; k >= from; k--) if (doc.tokens[k]!.kind === "word") return doc.tokens[k]!.lower;
  return undefined;
}
const MAX_WORD = 40;

interface Verdict {
  /** The Latinate word or compound part, in its base form: "evalueren", "structureel". */
  lemma: string;
  /** The lexicon's alternative for it, when the lexicon has the base form. */
  alternative?: string;
}

/** Single-word lexicon patterns → their first alternative: "evalueren" → "bespreken". */
function lexiconAlternatives(lexicon: readonly LexiconEntry[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of lexicon) {
    for (const m of e.match) {
      const pattern = typeof m === "string" ? m : m.pattern;
      if (!WORD.test(pattern) || out.has(pattern)) continue;
      const alt = (typeof m === "string" ? undefined : m.alternatives[0]) ?? e.alternatives[0];
      if (alt) out.set(pattern, alt.text);
    }
  }
  return out;
}

/** "Een X is …", "X (uitleg in twee of meer woorden)", or "Dat is een …" in the next sentence. */
function explained(doc: DocumentModel, si: number, at: number): boolean {
  const s = doc.sentences[si]!;
  const tokens = doc.tokens;
  if (tokens[at + 1]?.text === "(") {
    let words = 0;
    for (let k = at + 2; k < s.tokenEnd && k < at + 40 && tokens[k]!.text !== ")"; k++) if (tokens[k]!.kind === "word") words++;
    if (words >= 2) return true;
  }
  if (definesTerm(sentenceTokens(doc, si), at - s.tokenStart, at - s.tokenStart + 1)) return true;
  const next = nextInParagraph(doc, si);
  return next !== undefined && (explainsPrevious(next) || describesTerm(next, [tokens[at]!.lower]));
}

/** Particles of separable verbs ("ophangen", "uitproberen"): with a common verb after them the word is common. */
const PARTICLES = new Set(["op", "af", "aan", "in", "uit", "mee", "toe", "om", "bij", "na", "door", "over", "terug", "weg", "voor", "achter", "onder", "samen", "tegen"]);

export function createVocabularyCheck(freq: WordFrequencies, lexicon: readonly LexiconEntry[] = [], overrides: Partial<VocabularyOptions> = {}): Check {
  const o: VocabularyOptions = { ...defaultVocabularyOptions, ...overrides };
  const alternatives = lexiconAlternatives(lexicon);
  const zipf = (w: string) => freq.get(w);
  // a form is as well known as its base word: "tekent", "cadeautje" as "tekenen", "cadeau"
  const common = (w: string, lemma: string) => Math.max(highestZipf(w, freq) ?? -1, freq.get(lemma) ?? -1) >= o.commonZipf;

  /**
   * Is the word a compound whose last part is a common native word: vergader + zaal, not margin + aal? (The
   * compound splitter would cut a frequent Latin word into pieces: reserve + ren, con + sta + teren.)
   */
  const nativeHead = (word: string): boolean => {
    for (let k = 4; k <= word.length - 2; k++) {
      const head = word.slice(word.length - k);
      if ((freq.get(head) ?? 0) < o.commonZipf) continue;
      const first = word.slice(0, word.length - k);
      // a separable verb with a common verb after its particle: op + hangen, af + studeren
      if (PARTICLES.has(first)) return true;
      // the first part as it is (zee + niveau) or without a linking s or e (stad-s-kanaal)
      for (const modifier of new Set([first, first.replace(/[se]$/u, "")])) {
        if (modifier.length < 3 || !(freq.has(`${modifier}en`) || zipfOf(modifier, freq, true) !== undefined)) continue;
        // a Latin-looking head counts too when the first part is a common word itself: zomer + vakantie
        if (!latinateForm(head, zipf) || (zipfOf(modifier, freq, true) ?? 0) >= o.commonZipf) return true;
      }
    }
    return false;
  };

  const judgeUnit = (unit: string): Verdict | undefined => {
    const form = latinateForm(unit, zipf);
    if (!form || common(unit, form.lemma) || EVERYDAY_LATINATE.has(form.lemma)) return undefined;
    const alternative = alternatives.get(form.lemma) ?? alternatives.get(unit);
    return alternative ? { lemma: form.lemma, alternative } : { lemma: form.lemma };
  };

  const judgeWord = (word: string): Verdict | undefined => {
    const z = highestZipf(word, freq);
    if (z !== undefined && z >= o.commonZipf) return undefined;
    if (z !== undefined && z >= o.rareZipf) return nativeHead(word) ? undefined : judgeUnit(word);
    // rare or unknown: a compound of known parts is judged by its parts (jaarevaluatie: evaluatie); a rare word
    // that is not one is hard-word's
    const split = splitCompound(word, freq);
    if (!split) return undefined;
    for (const part of split.parts) {
      const v = judgeUnit(part);
      if (v) return v;
    }
    return undefined;
  };

  // verdicts depend only on the word: keep them between texts
  const cache = new Map<string, Verdict | null>();
  const judge = (word: string): Verdict | undefined => {
    let v = cache.get(word);
    if (v === undefined) {
      v = judgeWord(word) ?? null;
      if (cache.size >= 50_000) cache.clear();
      cache.set(word, v);
    }
    return v ?? undefined;
  };

  /** By word number: is the lower-case word a word of lower-case letters, and its verdict. */
  const byNumber = new ByWordNumber<Verdict | null | "no word">();
  const verdictOf = (lower: string, number: number): Verdict | null | "no word" => {
    let v = number >= 0 ? byNumber.get(number) : undefined;
    if (v === undefined) {
      v = WORD.test(lower) ? (judge(lower) ?? null) : "no word";
      if (number >= 0) byNumber.set(number, v);
    }
    return v;
  };

  const finding = (doc: DocumentModel, start: number, end: number, word: string, v: Verdict): Finding => {
    let message = MESSAGE;
    if (v.alternative) message += ` Een gewoon woord voor '${v.lemma}' is '${v.alternative}'.`;
    else if (v.lemma !== word && !word.startsWith(v.lemma.slice(0, 4))) message += ` Het gaat om '${v.lemma}'.`;
    return { id: "vocabulary/latinate", rule: "vocabulary", category: "deftig woord", severity: "info", start, end, text: doc.text.slice(start, end), message, suggestions: [] };
  };

  return {
    rule: "vocabulary",
    run(doc) {
      const findings: Finding[] = [];
      const seen = new Set<string>();
      const frame = letterFrame(doc);
      for (let si = 0; si < doc.sentences.length; si++) {
        const s = doc.sentences[si]!;
        if (s.kind === "salutation" || s.kind === "closing" || frame[si]) continue;
        let first = true;
        for (let i = s.tokenStart; i < s.tokenEnd; i++) {
          const t: Token = doc.tokens[i]!;
          if (t.kind !== "word") {
            if (t.kind !== "punct") first = false;
            continue;
          }
          const atStart = first;
          first = false;
          if (t.text.length < o.minLetters || isBrokenOverLines(t)) continue;
          let offset = 0;
          const whole = !t.text.includes("-");
          for (const part of whole ? [t.text] : t.text.split("-")) {
            const start = t.start + offset;
            offset += part.length + 1;
            if (part.length < o.minLetters || part.length > MAX_WORD) continue;
            const lower = whole ? t.lower : part.toLowerCase();
            // a capital inside a sentence is a name; at the start only a capital first letter is allowed
            if (part !== lower && !(atStart && start === t.start && part.slice(1) === lower.slice(1))) continue;
            const v = verdictOf(lower, whole ? t.word : -1);
            if (v === "no word" || seen.has(lower)) continue;
            seen.add(lower);
            if (!v || explained(doc, si, i)) continue;
            // "de consulent", "een agent": after an article an uninflected -ent/-ant word is a noun, the name of a
            // person or thing; the adjective there is inflected ("een evidente fout")
            if (v.lemma === lower && /[ae]nt$/u.test(lower) && DETERMINERS.has(previousWord(doc, s.tokenStart, i) ?? "")) continue;
            findings.push(finding(doc, start, start + part.length, lower, v));
          }
        }
      }
      return findings;
    },
  };
}
