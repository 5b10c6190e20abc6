// The engine: text → document model → checks → findings → report. Pure TypeScript, no I/O.
import { createLexiconCheck } from "./lexicon/lexicon-check.ts";
import type { LexiconEntry } from "./lexicon/schema.ts";
import { sentenceLengthCheck } from "./checks/sentence-length.ts";
import { buildDocument } from "./text/document.ts";
import { defaultCheckOptions, type Check, type CheckOptions, type CheckReport, type DocumentModel, type Finding } from "./types.ts";

export type * from "./types.ts";
export { buildDocument } from "./text/document.ts";

export interface PlaceholderSpan {
  start: number;
  end: number;
  text: string;
}

export interface HelderReport extends CheckReport {
  /** Template placeholders (ACHTERNAAM, {naam}); no check flags them. */
  placeholders: PlaceholderSpan[];
}

export interface CheckerConfig {
  lexicon: LexiconEntry[];
  /** Extra checks (passive voice, hard words, …), run after the lexicon and sentence length. */
  checks?: Check[];
  options?: Partial<CheckOptions>;
}

export interface Checker {
  check(text: string, options?: Partial<CheckOptions>): HelderReport;
}

const severityRank = { error: 0, warning: 1, info: 2 } as const;

function isDisabled(id: string, disable: string[]): boolean {
  return disable.some((d) => (d.endsWith("/") ? id.startsWith(d) : id === d));
}

/** Index of the last span whose start is <= pos, in spans sorted by start; -1 if none. */
function lastStartingAtOrBefore(spans: { start: number }[], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= pos) (found = mid), (lo = mid + 1);
    else hi = mid - 1;
  }
  return found;
}

/** Spans sorted by start with a running maximum of their ends: "is [start, end) inside any of them?" in O(log n). */
class Cover {
  private spans: { start: number; end: number }[];
  private maxEnd: number[] = [];
  constructor(spans: { start: number; end: number }[]) {
    this.spans = [...spans].sort((a, b) => a.start - b.start);
    let max = -1;
    for (const sp of this.spans) this.maxEnd.push((max = Math.max(max, sp.end)));
  }
  covers(start: number, end: number): boolean {
    const i = lastStartingAtOrBefore(this.spans, start);
    return i >= 0 && this.maxEnd[i]! >= end;
  }
}

const sentenceLevel = new Set(["sentence-length", "passive", "nominal-style"]);

/**
 * Keeps findings whose offsets are valid, outside placeholders, and not inside a word-level finding of an
 * earlier check (earlier checks are more specific: the lexicon before hard words and abbreviations).
 */
function mergeFindings(doc: DocumentModel, perCheck: Finding[][], disable: string[]): Finding[] {
  const placeholders = new Cover(doc.tokens.filter((t) => t.kind === "placeholder"));
  const out: Finding[] = [];
  const earlier: Finding[] = [];
  for (const findings of perCheck) {
    const wordLevelBefore = new Cover(earlier.filter((f) => !sentenceLevel.has(f.rule)));
    for (const f of findings) {
      if (!Number.isInteger(f.start) || !Number.isInteger(f.end) || f.start < 0 || f.end > doc.text.length || f.start >= f.end) continue;
      if (doc.text.slice(f.start, f.end) !== f.text) continue;
      if (isDisabled(f.id, disable) || placeholders.covers(f.start, f.end)) continue;
      if (!sentenceLevel.has(f.rule) && wordLevelBefore.covers(f.start, f.end)) continue;
      out.push(f);
    }
    for (const f of findings) earlier.push(f);
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end || severityRank[a.severity] - severityRank[b.severity] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function createChecker(config: CheckerConfig): Checker {
  const checks: Check[] = [createLexiconCheck(config.lexicon), sentenceLengthCheck, ...(config.checks ?? [])];
  const base = { ...defaultCheckOptions, ...config.options };
  return {
    check(text, override) {
      const options: CheckOptions = { ...base, ...override };
      const doc = buildDocument(text);
      const findings = mergeFindings(doc, checks.map((c) => c.run(doc, options)), options.disable);
      return buildReport(doc, findings);
    },
  };
}

function sentencesWith(doc: DocumentModel, findings: Finding[], rule: string): number {
  const hit = new Set<number>();
  for (const f of findings) if (f.rule === rule) hit.add(lastStartingAtOrBefore(doc.sentences, f.start));
  hit.delete(-1);
  return hit.size;
}

function buildReport(doc: DocumentModel, findings: Finding[]): HelderReport {
  const words = doc.sentences.reduce((sum, s) => sum + s.words, 0);
  const counted = doc.sentences.filter((s) => s.kind === "sentence" || s.kind === "list-item");
  const countedWords = counted.reduce((sum, s) => sum + s.words, 0);
  return {
    version: 1,
    metrics: {
      characters: doc.text.length,
      words,
      sentences: doc.sentences.length,
      paragraphs: doc.paragraphs.length,
      averageSentenceLength: counted.length ? Math.round((countedWords / counted.length) * 10) / 10 : 0,
      longSentences: findings.filter((f) => f.rule === "sentence-length").length,
      passiveSentences: sentencesWith(doc, findings, "passive"),
      placeholders: doc.tokens.filter((t) => t.kind === "placeholder").length,
    },
    sentences: doc.sentences.map((s) => ({ start: s.start, end: s.end, words: s.words })),
    findings,
    placeholders: doc.tokens.filter((t) => t.kind === "placeholder").map((t) => ({ start: t.start, end: t.end, text: t.text })),
  };
}
