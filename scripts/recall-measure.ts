// Recall of officialese on marked sentences and the before/after pairs of plain-language guides (issue 9).
// Pure functions over a checker, shared by scripts/recall.ts and tests/recall.test.ts.
import type { Checker } from "../engine/index.ts";
import type { Finding } from "../engine/types.ts";

/** Finding families that tell the writer about officialese; sentence length and rare words do not count. */
export const RECALL_RULES = new Set(["lexicon", "pattern", "vocabulary", "passive", "nominal-style"]);

export interface MarkedSentence {
  text: string;
  start: number;
  end: number;
  kind: string;
}

/** Lines with one [[marked phrase]]; '# kind: …' lines name the kind of the lines below them. */
export function parseMarked(source: string): MarkedSentence[] {
  const out: MarkedSentence[] = [];
  let kind = "";
  for (const line of source.split("\n")) {
    const heading = /^# kind: (.*)$/.exec(line);
    if (heading) kind = heading[1]!;
    if (line.startsWith("#") || line.trim() === "") continue;
    const open = line.indexOf("[[");
    const close = line.indexOf("]]", open);
    if (open < 0 || close < 0) throw new Error(`no [[ ]] in: ${line}`);
    const text = line.slice(0, open) + line.slice(open + 2, close) + line.slice(close + 2);
    out.push({ text, start: open, end: close - 2, kind });
  }
  return out;
}

export interface GuidePair {
  before: string;
  after: string;
}

export function parsePairs(source: string): GuidePair[] {
  const pairs: GuidePair[] = [];
  let before: string | undefined;
  for (const line of source.split("\n")) {
    if (line.startsWith("VOOR: ")) before = line.slice(6);
    else if (line.startsWith("NA: ")) {
      if (before === undefined) throw new Error(`NA without VOOR: ${line}`);
      pairs.push({ before, after: line.slice(4) });
      before = undefined;
    }
  }
  return pairs;
}

export interface RecallResult {
  found: number;
  total: number;
  misses: MarkedSentence[];
  byKind: Map<string, { found: number; total: number }>;
}

export function hits(sentence: MarkedSentence, findings: Finding[]): Finding[] {
  return findings.filter((f) => RECALL_RULES.has(f.rule) && f.start < sentence.end && f.end > sentence.start);
}

export function measureRecall(checker: Checker, sentences: MarkedSentence[]): RecallResult {
  const result: RecallResult = { found: 0, total: sentences.length, misses: [], byKind: new Map() };
  for (const s of sentences) {
    const ok = hits(s, checker.check(s.text).findings).length > 0;
    const kind = result.byKind.get(s.kind) ?? { found: 0, total: 0 };
    kind.total++;
    if (ok) { kind.found++; result.found++; } else result.misses.push(s);
    result.byKind.set(s.kind, kind);
  }
  return result;
}

export interface PairResult {
  pairs: number;
  beforeFlagged: number;
  beforeWarned: number;
  afterQuiet: number;
  beforeFindings: number;
  afterFindings: number;
  loudAfter: { text: string; ids: string[] }[];
  silentBefore: string[];
}

const isWarning = (f: Finding) => f.severity !== "info";

export function measurePairs(checker: Checker, pairs: GuidePair[]): PairResult {
  const r: PairResult = { pairs: pairs.length, beforeFlagged: 0, beforeWarned: 0, afterQuiet: 0, beforeFindings: 0, afterFindings: 0, loudAfter: [], silentBefore: [] };
  for (const { before, after } of pairs) {
    const b = checker.check(before).findings;
    const a = checker.check(after).findings;
    r.beforeFindings += b.length;
    r.afterFindings += a.length;
    if (b.length > 0) r.beforeFlagged++;
    else r.silentBefore.push(before);
    if (b.some(isWarning)) r.beforeWarned++;
    const loud = a.filter(isWarning);
    if (loud.length === 0) r.afterQuiet++;
    else r.loudAfter.push({ text: after, ids: loud.map((f) => f.id) });
  }
  return r;
}
