// Applies accepted edits to a text: the new text, the changes made, and a map from old to new offsets.
// Text outside the accepted spans is never touched.
import { lastStartingAtOrBefore } from "../spans.ts";
import type { CheckReport, Finding, Suggestion } from "../types.ts";

export interface Edit {
  start: number;
  end: number;
  replacement: string;
}

export interface AppliedChange {
  /** The replaced span in the old text. */
  start: number;
  end: number;
  /** The same place in the new text: newText.slice(newStart, newEnd) === replacement. */
  newStart: number;
  newEnd: number;
  replacement: string;
}

export interface ApplyResult {
  text: string;
  /** The applied edits, in text order. */
  changes: AppliedChange[];
  /** Edits left out: they overlap an earlier edit or their span is not inside the text. */
  skipped: Edit[];
  /**
   * The new offset of an old offset. Outside every change it moves with the text around it: a change's start
   * maps to newStart, its end to newEnd (an insertion point to newStart, or with bias "end" to newEnd). Strictly inside a changed span it
   * goes to the start of the replacement, or with bias "end" to its end. Never decreasing.
   */
  mapOffset(old: number, bias?: "start" | "end"): number;
}

function validSpan(e: Edit, length: number): boolean {
  return Number.isInteger(e.start) && Number.isInteger(e.end) && e.start >= 0 && e.start <= e.end && e.end <= length && typeof e.replacement === "string";
}

/** Two edits conflict when their spans overlap, or when they start at the same place (the order would be a guess). */
function conflicts(a: Edit, b: Edit): boolean {
  return a.start === b.start || (a.start < b.end && b.start < a.end);
}

/** Applies edits in the given order of preference: an edit that conflicts with an earlier kept edit is skipped. */
export function applySuggestions(text: string, edits: readonly Edit[]): ApplyResult {
  const kept: Edit[] = [];
  const skipped: Edit[] = [];
  // kept edits sorted by start, for a binary search per new edit: O(n log n) for n edits
  const sorted: Edit[] = [];
  for (const e of edits) {
    if (!validSpan(e, text.length)) {
      skipped.push(e);
      continue;
    }
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.start < e.start) lo = mid + 1;
      else hi = mid;
    }
    const before = sorted[lo - 1];
    const after = sorted[lo];
    if ((before && conflicts(before, e)) || (after && conflicts(after, e))) {
      skipped.push(e);
      continue;
    }
    sorted.splice(lo, 0, e);
    kept.push(e);
  }

  const changes: AppliedChange[] = [];
  let out = "";
  let pos = 0;
  for (const e of sorted) {
    out += text.slice(pos, e.start);
    const newStart = out.length;
    out += e.replacement;
    changes.push({ start: e.start, end: e.end, newStart, newEnd: out.length, replacement: e.replacement });
    pos = e.end;
  }
  out += text.slice(pos);

  const mapOffset = (old: number, bias: "start" | "end" = "start"): number => {
    const found = lastStartingAtOrBefore(changes, old);
    if (found < 0) return old;
    const c = changes[found]!;
    if (old === c.start) return c.start === c.end && bias === "end" ? c.newEnd : c.newStart;
    if (old >= c.end) return c.newEnd + (old - c.end);
    return bias === "end" ? c.newEnd : c.newStart;
  };

  return { text: out, changes, skipped, mapOffset };
}

/** The edit a suggestion makes: its own span if it has one, else the finding's. */
export function editFor(finding: Finding, suggestion: Suggestion): Edit {
  return { start: suggestion.start ?? finding.start, end: suggestion.end ?? finding.end, replacement: suggestion.replacement };
}

/** A stable reference to one suggestion of a report: "<finding id>@<start>-<end>#<suggestion index>". */
export function suggestionRef(finding: Finding, index: number): string {
  return `${finding.id}@${finding.start}-${finding.end}#${index}`;
}

/**
 * The first safe suggestion of every finding, as edits. Sentence rewrites (rule "rewrite") come first: where
 * one overlaps a word swap, the rewrite wins; the next round of check and apply then fixes words in the new sentence.
 */
export function safeEdits(report: Pick<CheckReport, "findings">): Edit[] {
  const rewrites: Edit[] = [];
  const others: Edit[] = [];
  for (const f of report.findings) {
    const s = f.suggestions.find((x) => x.safe);
    if (s) (f.rule === "rewrite" ? rewrites : others).push(editFor(f, s));
  }
  return [...rewrites, ...others];
}

/** Applies the first safe suggestion of every finding, in one call. */
export function applyAllSafe(text: string, report: Pick<CheckReport, "findings">): ApplyResult {
  return applySuggestions(text, safeEdits(report));
}
