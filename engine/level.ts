// How hard a text is, per sentence and for the whole text, from measured features (issue 12).
// Pure: the word frequencies come from the caller. The features, weights and measurements are in docs/decisions.md.
import { sentenceClauses } from "./checks/clauses.ts";
import { defaultVerdicts } from "./checks/hard-words.ts";
import { prepareSplitter } from "./checks/compound-split.ts";
import type { WordFrequencies } from "./checks/data/wordfreq.ts";
import { isCountedUnit, sentenceTokens } from "./text/document.ts";
import { ByWordNumber } from "./text/word-numbers.ts";
import type { DocumentModel, Finding, Token } from "./types.ts";

export type LevelLabel = "B1" | "net boven B1" | "ver boven B1";
/** 1 = fine, 2 = could be simpler, 3 = hard, 4 = very hard. */
export type SentenceClass = 1 | 2 | 3 | 4;

export interface TextLevel {
  /** 0–100, higher is harder. */
  score: number;
  label: LevelLabel;
  /** The two or three reasons that weigh most, as B1 sentences. */
  reasons: string[];
}

/** Sums over the sentences and list items of a text (or of one part of it); parts are added up. */
export interface LevelTotals {
  units: number;
  words: number;
  /** Clauses beyond the first of each sentence. */
  extraClauses: number;
  /** Words (letters only) that are rare or very long; every use counts. */
  lexicalWords: number;
  rare: number;
  long: number;
  nominal: number;
  officialese: number;
  /** Up to three officialese words, lower case, in text order. */
  examples: string[];
}

export const emptyTotals = (): LevelTotals => ({ units: 0, words: 0, extraClauses: 0, lexicalWords: 0, rare: 0, long: 0, nominal: 0, officialese: 0, examples: [] });

export function addTotals(into: LevelTotals, more: LevelTotals): void {
  into.units += more.units;
  into.words += more.words;
  into.extraClauses += more.extraClauses;
  into.lexicalWords += more.lexicalWords;
  into.rare += more.rare;
  into.long += more.long;
  into.nominal += more.nominal;
  into.officialese += more.officialese;
  for (const e of more.examples) if (into.examples.length < 3 && !into.examples.includes(e)) into.examples.push(e);
}

/** How hard one word token is: rare (few readers know it), long or plain; undefined when it is no lower-case word. */
export type WordJudge = (t: Token) => "rare" | "long" | "plain" | undefined;

/** Long words have at least this many letters (about five syllables: "betalingsregeling"). */
export const LONG_WORD_LETTERS = 14;
const LETTERS_ONLY = /^\p{Ll}+$/u;

/**
 * Rare means what the hard-words check calls rare (Zipf below 3, not a compound of known parts); the verdicts are
 * the ones the hard-word check keeps (defaultVerdicts).
 */
export function createWordJudge(freq: WordFrequencies | undefined): WordJudge {
  if (freq) prepareSplitter(freq);
  const verdicts = freq ? defaultVerdicts(freq) : undefined;
  const judge = (lower: string) => (verdicts?.(lower)?.kind === "rare" ? "rare" : lower.length >= LONG_WORD_LETTERS ? "long" : "plain");
  const byNumber = new ByWordNumber<"rare" | "long" | "plain" | "no word">();
  return (t) => {
    // a word with a capital is no lower-case word (a name, or the first word of a sentence)
    if (t.text !== t.lower) return LETTERS_ONLY.test(t.text) ? judge(t.lower) : undefined;
    let v = byNumber.get(t.word);
    if (v === undefined) byNumber.set(t.word, (v = LETTERS_ONLY.test(t.lower) ? judge(t.lower) : "no word"));
    return v === "no word" ? undefined : v;
  };
}

const OFFICIALESE_RULES = new Set(["lexicon", "pattern"]);
const NOT_OFFICIALESE = new Set(["afkorting", "vaktaal"]);

function isOfficialese(f: Finding): boolean {
  return OFFICIALESE_RULES.has(f.rule) && !NOT_OFFICIALESE.has(f.category ?? "");
}

interface SentenceFeatures {
  words: number;
  extraClauses: number;
  rare: number;
  long: number;
  passive: boolean;
  nominal: number;
  officialese: number;
}

/**
 * Points of one sentence: every word over 15 counts 0.2, every clause over two 0.5, a hard word, a nominal phrase or
 * an officialese phrase 0.5 each, a passive 1.
 */
export function sentencePoints(f: SentenceFeatures): number {
  return Math.max(0, f.words - 15) * 0.2 + Math.max(0, f.extraClauses - 1) * 0.5 + (f.rare + f.long + f.nominal + f.officialese) * 0.5 + (f.passive ? 1 : 0);
}

export function sentenceClass(points: number): SentenceClass {
  return points < 1 ? 1 : points < 2 ? 2 : points < 3.5 ? 3 : 4;
}

export interface DocumentLevel {
  /** A class for every sentence unit of the document (headings, salutations and the like are 1). */
  classes: SentenceClass[];
  totals: LevelTotals;
}

/** Sentence classes and the feature sums of one document model, with its merged findings (sorted by start). */
export function measureDocument(doc: DocumentModel, unsorted: readonly Finding[], judge: WordJudge): DocumentLevel {
  // the engine passes them sorted already; a copy only when they are not
  const findings = unsorted.every((f, i) => i === 0 || unsorted[i - 1]!.start <= f.start) ? unsorted : [...unsorted].sort((a, b) => a.start - b.start);
  const classes: SentenceClass[] = [];
  const totals = emptyTotals();
  let fi = 0;
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si]!;
    const next = doc.sentences[si + 1]?.start ?? Infinity;
    const f: SentenceFeatures = { words: s.words, extraClauses: 0, rare: 0, long: 0, passive: false, nominal: 0, officialese: 0 };
    const examples: string[] = [];
    while (fi < findings.length && findings[fi]!.start < s.start) fi++;
    for (let k = fi; k < findings.length && findings[k]!.start < next; k++) {
      const finding = findings[k]!;
      if (finding.rule === "passive" && finding.severity !== "info") f.passive = true;
      else if (finding.rule === "nominal-style") f.nominal++;
      else if (isOfficialese(finding)) {
        f.officialese++;
        examples.push(finding.text.toLowerCase());
      }
    }
    if (!isCountedUnit(s)) {
      classes.push(1);
      continue;
    }
    const tokens = sentenceTokens(doc, si);
    let lexical = 0;
    for (const t of tokens) {
      const verdict = t.kind === "word" ? judge(t) : undefined;
      if (verdict === undefined) continue;
      lexical++;
      if (verdict === "rare") f.rare++;
      else if (verdict === "long") f.long++;
    }
    let clausesWithWords = 0;
    for (const clause of sentenceClauses(doc, si)) if (clause.some((k) => tokens[k]!.kind === "word")) clausesWithWords++;
    f.extraClauses = Math.max(0, clausesWithWords - 1);
    classes.push(sentenceClass(sentencePoints(f)));
    addTotals(totals, {
      units: 1,
      words: f.words,
      extraClauses: f.extraClauses,
      lexicalWords: lexical,
      rare: f.rare,
      long: f.long,
      nominal: f.nominal,
      officialese: f.officialese,
      examples,
    });
  }
  return { classes, totals };
}

/** What the level reasons also say elsewhere in the report, so the numbers agree. */
export interface LevelMetrics {
  averageSentenceLength: number;
  longSentences: number;
  passiveSentences: number;
}

interface Feature {
  key: "length" | "clauses" | "rare" | "long" | "passive" | "nominal" | "officialese";
  value: number;
  /** What plain B1 letters have at most … */
  plain: number;
  /** … and what officialese letters have. */
  hard: number;
  weight: number;
}

export const LEVEL_WEIGHTS = { length: 3, clauses: 1, rare: 2, long: 1, passive: 2, nominal: 1, officialese: 3 } as const;

/** The features of a text with their plain and hard values (measured on the letter corpus, docs/decisions.md). */
export function levelFeatures(t: LevelTotals, m: LevelMetrics): Feature[] {
  const units = Math.max(1, t.units);
  const per100 = (n: number) => (t.lexicalWords ? (100 * n) / t.lexicalWords : 0);
  const w = LEVEL_WEIGHTS;
  return [
    { key: "length", value: m.averageSentenceLength, plain: 12, hard: 18, weight: w.length },
    { key: "clauses", value: t.extraClauses / units, plain: 0.6, hard: 1.2, weight: w.clauses },
    { key: "rare", value: per100(t.rare), plain: 1, hard: 3, weight: w.rare },
    { key: "long", value: per100(t.long), plain: 2, hard: 4, weight: w.long },
    { key: "passive", value: m.passiveSentences / units, plain: 0.05, hard: 0.35, weight: w.passive },
    { key: "nominal", value: per100(t.nominal), plain: 0.3, hard: 1.5, weight: w.nominal },
    { key: "officialese", value: per100(t.officialese), plain: 2.5, hard: 12, weight: w.officialese },
  ];
}

/**
 * A feature's part: 0 at its plain value, about 0.8 at its hard value, and never more than 2, so one feature
 * cannot decide alone; it still grows a little with every step, so every simplification lowers the score.
 */
const MAX_PART = 2;
const contribution = (f: Feature) => {
  const over = Math.max(0, (f.value - f.plain) / (f.hard - f.plain));
  return MAX_PART * (1 - Math.exp(-over / MAX_PART));
};
/** The weighted mean part (0–2) as a score from 0 to 100 that rises ever more slowly. */
const SCORE_STEEPNESS = 1.5;

/** Score below this is B1; from NEAR_LIMIT on it is far above B1. */
export const B1_LIMIT = 25;
export const NEAR_LIMIT = 50;

function formatDutch(value: number): string {
  return (Math.round(value * 10) / 10).toString().replace(".", ",");
}

function quote(words: string[]): string {
  const q = words.map((w) => `‘${w}’`);
  return q.length <= 1 ? q.join("") : `${q.slice(0, -1).join(", ")} en ${q[q.length - 1]}`;
}

function hardReason(f: Feature, t: LevelTotals, m: LevelMetrics): string {
  switch (f.key) {
    case "length":
      return `De zinnen zijn gemiddeld ${formatDutch(m.averageSentenceLength)} woorden lang${m.longSentences ? `, en ${m.longSentences} ${m.longSentences === 1 ? "zin is" : "zinnen zijn"} te lang` : ""}. Maak de zinnen korter.`;
    case "clauses":
      return "Veel zinnen bestaan uit meer delen. Maak van elk deel een eigen zin.";
    case "rare":
      return `${Math.round(f.value)} op de 100 woorden kennen veel mensen niet. Kies gewone woorden.`;
    case "long":
      return `${Math.round(f.value)} op de 100 woorden zijn erg lang. Schrijf ze in meer woorden.`;
    case "passive":
      return `${m.passiveSentences} ${m.passiveSentences === 1 ? "zin staat" : "zinnen staan"} in de lijdende vorm. Zeg wie iets doet.`;
    case "nominal":
      return "Vaak staat er een zwaar woord waar een werkwoord kan, zoals ‘betaling doen’ voor ‘betalen’. Gebruik het werkwoord.";
    case "officialese":
      return `Er staan veel stijve woorden in${t.examples.length ? `, zoals ${quote(t.examples)}` : ""}. Kies woorden die u ook zegt.`;
  }
}

function plainReason(f: Feature, m: LevelMetrics): string {
  switch (f.key) {
    case "length":
      return `De zinnen zijn kort: gemiddeld ${formatDutch(m.averageSentenceLength)} woorden.`;
    case "clauses":
      return "De zinnen zijn eenvoudig gebouwd.";
    case "rare":
    case "long":
      return "Er staan weinig moeilijke woorden in.";
    case "passive":
      return "De tekst zegt meestal wie iets doet.";
    case "nominal":
    case "officialese":
      return "De tekst gebruikt gewone woorden, geen stijve taal.";
  }
}

/** The text's score, label and reasons from its feature sums and its metrics. */
export function textLevel(t: LevelTotals, m: LevelMetrics): TextLevel {
  if (t.units === 0) return { score: 0, label: "B1", reasons: ["Er staan geen zinnen in de tekst."] };
  const features = levelFeatures(t, m);
  const totalWeight = features.reduce((sum, f) => sum + f.weight, 0);
  const weighted = features.map((f) => ({ f, part: f.weight * contribution(f) }));
  const mean = weighted.reduce((sum, x) => sum + x.part, 0) / totalWeight;
  const score = Math.round(100 * (1 - Math.exp(-SCORE_STEEPNESS * mean)));
  const label: LevelLabel = score < B1_LIMIT ? "B1" : score < NEAR_LIMIT ? "net boven B1" : "ver boven B1";
  const byWeight = [...weighted].sort((a, b) => b.part - a.part);
  const reasons: string[] = [];
  for (const { f, part } of byWeight) {
    if (part <= 0.25 || reasons.length === 3) break;
    reasons.push(hardReason(f, t, m));
  }
  // a text at B1 (or with one problem) also hears what is good, from the features that weigh most
  for (const { f, part } of [...weighted].sort((a, b) => b.f.weight - a.f.weight)) {
    if (reasons.length >= 2) break;
    const text = plainReason(f, m);
    if (part === 0 && !reasons.includes(text)) reasons.push(text);
  }
  return { score, label, reasons };
}
