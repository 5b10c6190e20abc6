// From a report to a draft: apply accepted suggestions (by reference) or every safe one, round after round.
import type { Checker, HelderReport } from "../index.ts";
import { createSentenceRewritesCheck } from "../checks/sentence-rewrites.ts";
import type { RewriteRule } from "./rules.ts";
import { compareFacts } from "../facts/compare.ts";
import { buildDocument } from "../text/document.ts";
import { defaultCheckOptions, type Check, type CheckOptions } from "../types.ts";
import { applySuggestions, editFor, safeEdits, suggestionRef, type AppliedChange, type ApplyResult, type Edit } from "./apply.ts";
import { composeChanges } from "./compose.ts";
import { SpanIndex } from "../spans.ts";

export interface RewriteResult {
  draft: string;
  /** Changes in original offsets: original.slice(start, end) became draft.slice(newStart, newEnd). */
  changes: AppliedChange[];
  /** The report on the draft. */
  report: HelderReport;
  /** Suggestion references that were not in the report (only for a list of references). */
  unknown: string[];
  /** Accepted suggestions that overlap an earlier accepted one and were left out. */
  skipped: number;
  rounds: number;
}

export const maxRounds = 6;

/** A checker that also carries the sentence rewrites (see withSentenceRewrites); without them, no sentence is rewritten. */
export type RewritingChecker = Checker & { readonly sentenceRewrites?: Check };

/**
 * The checker with the sentence rewrite rules (from rewrites/load.ts in the Node adapters) for rewriting. Given
 * as a function, the rules load at the first rewrite: a check or a template review never needs them, and
 * compiling them cost about 35 ms of every start.
 */
export function withSentenceRewrites<C extends Checker>(checker: C, rules: readonly RewriteRule[] | (() => readonly RewriteRule[])): C & { readonly sentenceRewrites: Check } {
  if (typeof rules !== "function") return { ...checker, sentenceRewrites: createSentenceRewritesCheck(rules) };
  let check: Check | undefined;
  return Object.defineProperty({ ...checker }, "sentenceRewrites", {
    enumerable: true, // a copy with { ...checker } (withConfig) keeps the rewrites
    get: () => (check ??= createSentenceRewritesCheck(rules())),
  }) as C & { readonly sentenceRewrites: Check };
}

/**
 * The checker's report plus the sentence rewrites (rule "rewrite"), unless the checker already runs that check.
 * The default checker leaves them out of POST /api/check: the web page draws every non-sentence finding as a
 * word mark, and a rewrite spans the whole sentence (placeholders included).
 */
export function reportWithRewrites(checker: RewritingChecker, text: string, options?: Partial<CheckOptions>): HelderReport {
  const report = checker.check(text, options);
  const sentenceRewrites = checker.sentenceRewrites;
  if (!sentenceRewrites || report.findings.some((f) => f.rule === "rewrite")) return report;
  const full: CheckOptions = { ...defaultCheckOptions, ...options };
  const disabled = (id: string) => full.disable.some((d) => (d.endsWith("/") ? id.startsWith(d) : id === d));
  const rewrites = sentenceRewrites.run(buildDocument(text), full).filter((f) => !disabled(f.id));
  if (rewrites.length === 0) return report;
  const findings = [...report.findings, ...rewrites].sort((a, b) => a.start - b.start || a.end - b.end);
  return { ...report, findings };
}

/**
 * Applies the edits, but leaves out every edit that touches a fact the new text loses (an amount, a date, a
 * name, an acronym …): "apply all safe" never loses a fact.
 */
function applyKeepingFacts(text: string, edits: Edit[]): ApplyResult {
  let result = applySuggestions(text, edits);
  for (let tries = 0; tries < 3 && result.changes.length; tries++) {
    const check = compareFacts(text, result.text);
    const lost = [...check.missing, ...check.changed].map((c) => c.original);
    if (lost.length === 0) break;
    const lostSpans = new SpanIndex(lost);
    edits = edits.filter((e) => !lostSpans.overlaps(e.start, e.end));
    result = applySuggestions(text, edits);
  }
  return result;
}

/**
 * Applies every safe suggestion, checks the new text and does it again, until a round changes nothing (or after
 * maxRounds). A sentence rewrite in round 1 often makes room for word swaps in round 2. Edits that would lose
 * a fact are left out.
 */
export function rewriteAllSafe(checker: RewritingChecker, text: string, options?: Partial<CheckOptions>): RewriteResult {
  // the rounds check nearly the same text again: they share the gate's re-checks (the request's own text only)
  return checker.sharingPhrases(() => rewriteRounds(checker, text, options));
}

function rewriteRounds(checker: RewritingChecker, text: string, options?: Partial<CheckOptions>): RewriteResult {
  let current = text;
  let report = reportWithRewrites(checker, current, options);
  let changes: AppliedChange[] = [];
  let rounds = 0;
  let skipped = 0;
  const seen = new Set([current]);
  while (rounds < maxRounds) {
    const result = applyKeepingFacts(current, safeEdits(report));
    if (result.changes.length === 0 || seen.has(result.text)) break;
    rounds++;
    skipped = result.skipped.length;
    changes = composeChanges(changes, result);
    current = result.text;
    seen.add(current);
    report = reportWithRewrites(checker, current, options);
  }
  changes = changes.filter((c) => text.slice(c.start, c.end) !== c.replacement);
  return { draft: current, changes, report, unknown: [], skipped, rounds };
}

/**
 * Applies the suggestions named by reference (see suggestionRef), in the order given, in one round. The names
 * refer to reportWithRewrites: the check report plus the sentence rewrites. With no names, the result's report
 * is that report for the text itself: a way to see the rewrite proposals.
 */
export function rewriteAccepted(checker: RewritingChecker, text: string, refs: readonly string[], options?: Partial<CheckOptions>): RewriteResult {
  const report = reportWithRewrites(checker, text, options);
  const byRef = new Map<string, Edit>();
  for (const f of report.findings) f.suggestions.forEach((s, i) => byRef.set(suggestionRef(f, i), editFor(f, s)));
  const edits: Edit[] = [];
  const unknown: string[] = [];
  for (const ref of refs) {
    const e = byRef.get(ref);
    if (e) edits.push(e);
    else unknown.push(ref);
  }
  const result = applySuggestions(text, edits);
  return {
    draft: result.text,
    changes: result.changes,
    report: result.changes.length ? reportWithRewrites(checker, result.text, options) : report,
    unknown,
    skipped: result.skipped.length,
    rounds: result.changes.length ? 1 : 0,
  };
}
