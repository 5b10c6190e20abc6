// The report of a text (brief §3). A long text is checked in parts that end at blank lines (see partStarts);
// the parts' reports are shifted to the text's offsets and combined here.
import { addTotals, createWordJudge, emptyTotals, measureDocument, textLevel, type LevelTotals, type TextLevel, type WordJudge } from "./level.ts";
import { lastStartingAtOrBefore } from "./spans.ts";
import { isCountedUnit } from "./text/document.ts";
import type { CheckReport, DocumentModel, Finding, SentenceSpan } from "./types.ts";

export interface PlaceholderSpan {
  start: number;
  end: number;
  text: string;
}

export interface HelderReport extends CheckReport {
  /** Template placeholders (ACHTERNAAM, {naam}); no check flags them. */
  placeholders: PlaceholderSpan[];
  /**
   * Only on a report that was cut short: the full numbers of findings and sentence units. The report then holds
   * the first MAX_FINDINGS findings and MAX_SENTENCES units in text order; the metrics still count everything.
   */
  truncated?: { findings: number; sentences: number };
  /** How hard the whole text is, with the reasons that weigh most (engine/level.ts). */
  level?: TextLevel;
}

/** A report holds at most this many findings: no letter comes near, and a client can still show them all. */
export const MAX_FINDINGS = 5_000;
/** …and at most this many sentence units (a text of 1 MB can have 300,000). */
export const MAX_SENTENCES = 20_000;

import { PART_CHARS } from "./part-size.ts";
export { PART_CHARS };

/** Where the parts start: at the first blank line after every PART_CHARS characters. */
export function partStarts(text: string): number[] {
  const starts = [0];
  let at = PART_CHARS;
  while (at < text.length) {
    const blank = /(?:\r\n|\r(?!\n)|\n)[ \t]*(?:\r\n|\r(?!\n)|\n)/g; // LF, CRLF and CR line ends alike
    blank.lastIndex = at;
    const m = blank.exec(text);
    if (!m) break;
    const next = m.index + m[0].length;
    if (next >= text.length) break;
    starts.push(next);
    at = next + PART_CHARS;
  }
  return starts;
}

export interface ReportPart {
  report: HelderReport;
  /** Words and units of the sentences and list items, for the average sentence length. */
  countedWords: number;
  countedUnits: number;
  /** The level features of the part, added up over the parts. */
  levelTotals: LevelTotals;
}

const lengthOnlyJudge = createWordJudge(undefined);

/** Sentences with a finding of this rule that is more than a tip ("is gelegen" reads as a state, not a passive). */
function sentencesWith(doc: DocumentModel, findings: Finding[], rule: string): number {
  const hit = new Set<number>();
  for (const f of findings) if (f.rule === rule && f.severity !== "info") hit.add(lastStartingAtOrBefore(doc.sentences, f.start));
  hit.delete(-1);
  return hit.size;
}

export function reportPart(doc: DocumentModel, findings: Finding[], judge: WordJudge = lengthOnlyJudge): ReportPart {
  const level = measureDocument(doc, findings, judge);
  const counted = doc.sentences.filter(isCountedUnit);
  const placeholders = doc.tokens.filter((t) => t.kind === "placeholder");
  return {
    countedWords: counted.reduce((sum, s) => sum + s.words, 0),
    countedUnits: counted.length,
    levelTotals: level.totals,
    report: {
      version: 1,
      metrics: {
        characters: doc.text.length,
        words: doc.sentences.reduce((sum, s) => sum + s.words, 0),
        sentences: doc.sentences.length,
        paragraphs: doc.paragraphs.length,
        averageSentenceLength: 0,
        longSentences: findings.filter((f) => f.rule === "sentence-length").length,
        passiveSentences: sentencesWith(doc, findings, "passive"),
        placeholders: placeholders.length,
      },
      sentences: doc.sentences.map((s, i) => ({ start: s.start, end: s.end, words: s.words, class: level.classes[i]! })),
      findings,
      placeholders: placeholders.map((t) => ({ start: t.start, end: t.end, text: t.text })),
    },
  };
}

function shiftFinding(f: Finding, by: number): Finding {
  if (by === 0) return f;
  return {
    ...f,
    start: f.start + by,
    end: f.end + by,
    suggestions: f.suggestions.map((s) => ({
      ...s,
      ...(s.start !== undefined ? { start: s.start + by } : {}),
      ...(s.end !== undefined ? { end: s.end + by } : {}),
    })),
  };
}

/**
 * What only the first use of a word gets (vaktaal, abbreviations, hard words): a later part must not flag it
 * again. The key is the finding's id, and for the families with one id for many words also the word.
 */
function firstUseKey(f: Finding, firstOnlyIds: Set<string>): string | undefined {
  if (firstOnlyIds.has(f.id)) return f.id;
  if (f.rule === "abbreviation" || f.rule === "hard-word") return `${f.id}|${f.text.toLowerCase()}`;
  return undefined;
}

export function combineParts(text: string, parts: { offset: number; part: ReportPart }[], firstOnlyIds: Set<string>): HelderReport {
  const sentences: SentenceSpan[] = [];
  const findings: Finding[] = [];
  const placeholders: PlaceholderSpan[] = [];
  const seen = new Set<string>();
  let totalFindings = 0;
  let totalSentences = 0;
  const levelTotals = emptyTotals();
  const m = { words: 0, sentences: 0, paragraphs: 0, longSentences: 0, passiveSentences: 0, placeholders: 0, countedWords: 0, countedUnits: 0 };
  for (const { offset, part } of parts) {
    const r = part.report;
    for (const s of r.sentences) {
      if (++totalSentences > MAX_SENTENCES) continue;
      sentences.push(offset ? { ...s, start: s.start + offset, end: s.end + offset } : s);
    }
    for (const p of r.placeholders) placeholders.push(offset ? { ...p, start: p.start + offset, end: p.end + offset } : p);
    for (const f of r.findings) {
      const key = parts.length > 1 ? firstUseKey(f, firstOnlyIds) : undefined;
      if (key !== undefined) {
        if (seen.has(key)) continue;
        seen.add(key);
      }
      if (++totalFindings <= MAX_FINDINGS) findings.push(shiftFinding(f, offset));
    }
    m.words += r.metrics.words;
    m.sentences += r.metrics.sentences;
    m.paragraphs += r.metrics.paragraphs;
    m.longSentences += r.metrics.longSentences;
    m.passiveSentences += r.metrics.passiveSentences;
    m.placeholders += r.metrics.placeholders;
    m.countedWords += part.countedWords;
    m.countedUnits += part.countedUnits;
    addTotals(levelTotals, part.levelTotals);
  }
  const averageSentenceLength = m.countedUnits ? Math.round((m.countedWords / m.countedUnits) * 10) / 10 : 0;
  return {
    version: 1,
    metrics: {
      characters: text.length,
      words: m.words,
      sentences: m.sentences,
      paragraphs: m.paragraphs,
      averageSentenceLength,
      longSentences: m.longSentences,
      passiveSentences: m.passiveSentences,
      placeholders: m.placeholders,
    },
    sentences,
    findings,
    placeholders,
    level: textLevel(levelTotals, { averageSentenceLength, longSentences: m.longSentences, passiveSentences: m.passiveSentences }),
    ...(totalFindings > MAX_FINDINGS || totalSentences > MAX_SENTENCES ? { truncated: { findings: totalFindings, sentences: totalSentences } } : {}),
  };
}
