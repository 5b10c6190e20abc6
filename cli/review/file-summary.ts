// The numbers of one template that the totals, the table and the charts need, and its level.
import type { Finding, HelderReport } from "../../engine/index.ts";

export type Level = "B1" | "bijna B1" | "moeilijker dan B1";
export const LEVELS: Level[] = ["B1", "bijna B1", "moeilijker dan B1"];

/** As the page's verdict (web/summary.ts): B1 needs no warnings or errors and short sentences on average. */
export const B1_MAX_AVERAGE_SENTENCE_LENGTH = 15;
/** "bijna B1": no errors and at most this many warnings per 100 words. */
export const NEAR_B1_WARNINGS_PER_100_WORDS = 3;

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
  /** The hard terms of the template, each once: [key, the term as it stands in the text (lower case)]. */
  terms: [string, string][];
}

const termRules = new Set(["lexicon", "pattern", "hard-word", "abbreviation"]);

/** One key per lexicon entry (all its forms), or per word for the other word checks. */
function termKey(f: Finding): string {
  return f.rule === "lexicon" || f.rule === "pattern" ? f.id : `${f.rule}:${f.text.toLowerCase()}`;
}

export function summarizeFile(report: HelderReport): FileSummary {
  const count = (severity: string) => report.findings.filter((f) => f.severity === severity).length;
  const errors = count("error");
  const warnings = count("warning");
  const m = report.metrics;
  let level: Level;
  if (m.words > 0 && errors === 0 && warnings === 0 && m.averageSentenceLength <= B1_MAX_AVERAGE_SENTENCE_LENGTH) level = "B1";
  else if (errors === 0 && m.words > 0 && (warnings * 100) / m.words <= NEAR_B1_WARNINGS_PER_100_WORDS) level = "bijna B1";
  else level = "moeilijker dan B1";
  const terms = new Map<string, string>();
  for (const f of report.findings) if (termRules.has(f.rule) && f.severity !== "info" && !terms.has(termKey(f))) terms.set(termKey(f), f.text.toLowerCase().replace(/\s+/g, " "));
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
    terms: [...terms],
  };
}
