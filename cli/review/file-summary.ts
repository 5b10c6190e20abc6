// The numbers of one template that the totals, the table and the charts need, and its level.
import type { Finding, HelderReport } from "../../engine/index.ts";
import type { LevelLabel } from "../../engine/level.ts";
import { wordRules } from "./word-rules.ts";

/** The engine's level of a text (engine/level.ts): from sentence length, clauses, rare words, passives … */
export type Level = LevelLabel;
export const LEVELS: Level[] = ["B1", "net boven B1", "ver boven B1"];

export interface FileSummary {
  words: number;
  sentences: number;
  averageSentenceLength: number;
  longSentences: number;
  passiveSentences: number;
  errors: number;
  warnings: number;
  tips: number;
  level: Level;
  /** 0–100, higher is harder. */
  score: number;
  /** The hard terms of the template, each once: [key, the term as it stands in the text (lower case)]. */
  terms: [string, string][];
}

/** One key per lexicon entry (all its forms), or per word for the other word checks. */
function termKey(f: Finding): string {
  return f.rule === "lexicon" || f.rule === "pattern" ? f.id : `${f.rule}:${f.text.toLowerCase()}`;
}

export function summarizeFile(report: HelderReport): FileSummary {
  const count = (severity: string) => report.findings.filter((f) => f.severity === severity).length;
  const errors = count("error");
  const warnings = count("warning");
  const m = report.metrics;
  // a report without a level (no words) counts as B1: there is nothing hard in it
  const level = report.level?.label ?? "B1";
  const score = report.level?.score ?? 0;
  const terms = new Map<string, string>();
  for (const f of report.findings) if (wordRules.has(f.rule) && f.severity !== "info" && !terms.has(termKey(f))) terms.set(termKey(f), f.text.toLowerCase().replace(/\s+/g, " "));
  return {
    words: m.words,
    sentences: m.sentences,
    averageSentenceLength: m.averageSentenceLength,
    longSentences: m.longSentences,
    passiveSentences: m.passiveSentences,
    errors,
    warnings,
    tips: count("info"),
    level,
    score,
    terms: [...terms],
  };
}
