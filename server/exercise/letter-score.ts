// Part 2: scores a participant's rewrite of the letter against the original: hard words, long sentences
// and passive voice left, facts kept or lost, and an overall B1 verdict. Messages in B1 Dutch.
import type { Checker, Finding } from "../../engine/index.ts";
import { compareLetterFacts, type FactKind, type LetterFact } from "./facts.ts";

export const MAX_LETTER_LENGTH = 20_000;

const SENTENCE_RULES = new Set(["sentence-length", "passive", "nominal-style"]);

export interface Highlight {
  start: number;
  end: number;
  /** "word" (hard word), "long" (long sentence) or "passive". */
  kind: "word" | "long" | "passive";
}

export interface TextScore {
  words: number;
  sentences: number;
  averageSentenceLength: number;
  /** Word-level warnings and errors: hard words, officialese, abbreviations. */
  hardWords: number;
  longSentences: number;
  passiveSentences: number;
  /** 0–100: 100 is plain B1 text. */
  score: number;
  highlights: Highlight[];
}

export interface LetterScore {
  original: TextScore;
  rewrite: TextScore;
  facts: { kept: LetterFact[]; lost: LetterFact[] };
  /** The rewrite is B1 and keeps every amount, number and date (a dropped placeholder only costs points). */
  b1: boolean;
  /** B1 Dutch: the verdict first, then what to do. */
  messages: string[];
}

/** What the server keeps of a scored letter: a few numbers, not the highlights (recomputed when needed). */
export interface LetterSummary {
  score: number;
  originalScore: number;
  b1: boolean;
  hardWords: number;
  longSentences: number;
  passiveSentences: number;
  lostFacts: string[];
}

export function summarizeLetter(s: LetterScore): LetterSummary {
  return {
    score: s.rewrite.score,
    originalScore: s.original.score,
    b1: s.b1,
    hardWords: s.rewrite.hardWords,
    longSentences: s.rewrite.longSentences,
    passiveSentences: s.rewrite.passiveSentences,
    // flat copies: a slice would keep the whole letter it came from alive
    lostFacts: s.facts.lost.map((f) => [...f.text].join("")),
  };
}

function isWordLevel(f: Finding): boolean {
  return !SENTENCE_RULES.has(f.rule) && f.severity !== "info";
}

export function scoreText(checker: Checker, text: string): TextScore {
  const report = checker.check(text);
  const highlights: Highlight[] = [];
  let hardWords = 0;
  for (const f of report.findings) {
    if (isWordLevel(f)) {
      hardWords++;
      highlights.push({ start: f.start, end: f.end, kind: "word" });
    } else if (f.rule === "sentence-length") highlights.push({ start: f.start, end: f.end, kind: "long" });
    else if (f.rule === "passive") highlights.push({ start: f.start, end: f.end, kind: "passive" });
  }
  const { longSentences, passiveSentences, words, sentences, averageSentenceLength } = report.metrics;
  const penalty = hardWords * 4 + longSentences * 10 + passiveSentences * 5 + Math.max(0, averageSentenceLength - 15) * 2;
  return {
    words,
    sentences,
    averageSentenceLength,
    hardWords,
    longSentences,
    passiveSentences,
    score: Math.max(0, Math.round(100 - penalty)),
    highlights,
  };
}

const FACT_NAMES: Record<FactKind, string> = {
  amount: "het bedrag",
  number: "het getal",
  percentage: "het percentage",
  date: "de datum",
  weekday: "de dag",
  time: "de tijd",
  period: "de termijn",
  name: "de naam",
  placeholder: "het invulveld",
  phone: "het telefoonnummer",
  email: "het e-mailadres",
  url: "de link",
  "case-number": "het kenmerk",
};

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export function scoreLetter(checker: Checker, original: string, rewrite: string): LetterScore {
  const before = scoreText(checker, original);
  const after = scoreText(checker, rewrite);
  const facts = compareLetterFacts(original, rewrite);
  // a dropped placeholder (the contract date) can be a choice; a dropped amount or deadline is a mistake
  const lostHard = facts.lost.filter((f) => f.kind !== "placeholder");
  const lostFactPenalty = lostHard.length * 15 + (facts.lost.length - lostHard.length) * 5;
  const rewriteScore: TextScore = { ...after, score: Math.max(0, after.score - lostFactPenalty) };
  const unchanged = rewrite.replace(/\s+/g, " ").trim() === original.replace(/\s+/g, " ").trim();
  const plainText = after.hardWords <= 2 && after.longSentences === 0 && after.passiveSentences <= 1;
  const b1 = !unchanged && plainText && lostHard.length === 0;

  const messages: string[] = [];
  if (unchanged) messages.push("Dit is de brief zelf. Schrijf hem in uw eigen woorden.");
  else if (b1) messages.push("Goed gedaan! Uw tekst is op B1-niveau en de bedragen en termijnen staan erin.");
  else if (plainText) messages.push("Uw tekst is makkelijk te lezen. Maar er ontbreekt iets uit de brief.");
  else messages.push("Uw tekst is nog niet helemaal op B1-niveau. Hieronder staat wat u nog kunt doen.");
  for (const fact of facts.lost) {
    const name = `${FACT_NAMES[fact.kind][0]!.toUpperCase()}${FACT_NAMES[fact.kind].slice(1)}`;
    if (fact.changedTo) messages.push(`${name} ${fact.text} is in uw tekst ${fact.changedTo} geworden. Kijk of dat klopt.`);
    else if (fact.kind === "placeholder") messages.push(`${name} ${fact.text} staat niet meer in uw tekst. Is dat de bedoeling?`);
    else messages.push(`${name} ${fact.text} staat niet meer in uw tekst. Zet het er weer in.`);
  }
  if (after.hardWords > 0) {
    messages.push(`Er ${plural(after.hardWords, "staat nog 1 moeilijk woord", `staan nog ${after.hardWords} moeilijke woorden`)} in. Kies een woord dat iedereen kent.`);
  }
  if (after.longSentences > 0) {
    messages.push(`Er ${plural(after.longSentences, "staat nog 1 lange zin", `staan nog ${after.longSentences} lange zinnen`)} in. Maak er korte zinnen van.`);
  }
  if (after.passiveSentences > 0) {
    messages.push(`Er ${plural(after.passiveSentences, "staat nog 1 zin", `staan nog ${after.passiveSentences} zinnen`)} in de lijdende vorm. Schrijf wie iets doet.`);
  }
  return { original: before, rewrite: rewriteScore, facts, b1, messages };
}
