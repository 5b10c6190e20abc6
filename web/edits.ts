// Pure text edits: applying suggestions, and keeping finding offsets right while the user types.
import type { Finding, Span, Suggestion } from "./report-types.ts";

export interface Edit extends Span {
  replacement: string;
}

/** The span a suggestion replaces: its own wider span when given, else the finding's span. */
export function suggestionSpan(finding: Finding, suggestion: Suggestion): Span {
  return {
    start: suggestion.start ?? finding.start,
    end: suggestion.end ?? finding.end,
  };
}

export function applyEdit(text: string, edit: Edit): string {
  return text.slice(0, edit.start) + edit.replacement + text.slice(edit.end);
}

/** True when the finding still points at the text it was made for. */
export function findingMatches(text: string, finding: Finding): boolean {
  return text.slice(finding.start, finding.end) === finding.text;
}

/**
 * Applies the first safe suggestion of every finding. Edits that overlap an earlier one are left out,
 * and the rest are applied from the end of the text backwards so that no offset moves.
 */
export function applyAllSafe(text: string, findings: readonly Finding[]): { text: string; applied: number } {
  const edits: Edit[] = [];
  for (const finding of findings) {
    if (!findingMatches(text, finding)) continue;
    const suggestion = finding.suggestions.find((s) => s.safe);
    if (!suggestion) continue;
    const span = suggestionSpan(finding, suggestion);
    if (span.start < 0 || span.end > text.length || span.start > span.end) continue;
    edits.push({ ...span, replacement: suggestion.replacement });
  }
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: Edit[] = [];
  for (const edit of edits) {
    const previous = kept[kept.length - 1];
    if (previous && edit.start < previous.end) continue;
    kept.push(edit);
  }
  let result = text;
  for (let i = kept.length - 1; i >= 0; i--) result = applyEdit(result, kept[i]!);
  return { text: result, applied: kept.length };
}

/** The single changed region between two texts: [start, oldEnd) in the old text became [start, newEnd). */
export interface ChangedRegion {
  start: number;
  oldEnd: number;
  newEnd: number;
}

export function diffRegion(oldText: string, newText: string): ChangedRegion {
  const max = Math.min(oldText.length, newText.length);
  let start = 0;
  while (start < max && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++;
  let oldEnd = oldText.length;
  let newEnd = newText.length;
  while (oldEnd > start && newEnd > start && oldText.charCodeAt(oldEnd - 1) === newText.charCodeAt(newEnd - 1)) {
    oldEnd--;
    newEnd--;
  }
  return { start, oldEnd, newEnd };
}

/**
 * Moves spans to where they sit in the new text. A span that the edit touches is dropped
 * (it is checked again shortly); spans after the edit shift by the change in length.
 */
export function rebaseSpans<T extends Span>(spans: readonly T[], oldText: string, newText: string, region?: ChangedRegion): T[] {
  if (oldText === newText) return [...spans];
  // on a long text the comparison is the cost: a caller moving several lists works it out once
  const { start, oldEnd, newEnd } = region ?? diffRegion(oldText, newText);
  const delta = newEnd - oldEnd;
  const out: T[] = [];
  for (const span of spans) {
    if (span.end <= start) {
      out.push(span);
    } else if (span.start >= oldEnd) {
      out.push({ ...span, start: span.start + delta, end: span.end + delta });
    }
  }
  return out;
}

/** Rebases findings, including the wider spans of their suggestions. */
export function rebaseFindings(findings: readonly Finding[], oldText: string, newText: string, region?: ChangedRegion): Finding[] {
  if (oldText === newText) return [...findings];
  const changed = region ?? diffRegion(oldText, newText);
  const { start, oldEnd, newEnd } = changed;
  const delta = newEnd - oldEnd;
  return rebaseSpans(findings, oldText, newText, changed).map((f) => {
    if (f.end > start) {
      // moved: shift suggestion spans too
      return {
        ...f,
        suggestions: f.suggestions
          .filter((s) => s.start === undefined || s.start >= oldEnd)
          .map((s) => (s.start === undefined || s.end === undefined ? s : { ...s, start: s.start + delta, end: s.end + delta })),
      };
    }
    // before the edit: a wider suggestion span that reaches into the edit no longer fits
    if (f.suggestions.every((s) => s.end === undefined || s.end <= start)) return f;
    return { ...f, suggestions: f.suggestions.filter((s) => s.end === undefined || s.end <= start) };
  });
}
