// Checking a long text again after an edit: only the paragraphs that changed are sent, and their findings and
// sentences are put in place of the old ones. What depends on the whole text (the letter check, a word's first
// use, the level) stays as it was until the whole text is checked again, when typing pauses a little longer.
import type { Finding, HelderReport, PlaceholderSpan, Span } from "../report-types.ts";
import { placeholdersOf } from "../placeholders.ts";
import type { ClassedSpan } from "./editor-marks.ts";

/** Shorter texts are checked whole: that is fast, and exact at once. */
export const PARAGRAPHS_FROM_CHARS = 12_000;
/** A change over more than this share of the text is checked whole. */
const MAX_SHARE = 1 / 3;

/** What a finding is about depends on more than its paragraph: the letter as a whole, or whether a word came earlier. */
export function dependsOnWholeText(f: Finding): boolean {
  return (
    f.rule === "letter-structure" || f.rule === "abbreviation" || f.rule === "hard-word" || f.rule === "vocabulary" ||
    f.category === "vaktaal" || f.category === "afkorting"
  );
}

/**
 * The paragraphs (between blank lines) that hold the changed part [start, end) of the text, or undefined when the
 * whole text should be checked: a short text, or a change over a large part of it.
 */
export function changedParagraphs(text: string, changed: Span): Span | undefined {
  if (text.length < PARAGRAPHS_FROM_CHARS) return undefined;
  const before = changed.start >= 2 ? text.lastIndexOf("\n\n", changed.start - 2) : -1;
  const after = text.indexOf("\n\n", changed.end);
  const span = { start: before === -1 ? 0 : before + 2, end: after === -1 ? text.length : after };
  // an emptied paragraph has nothing to send (the API answers an empty text with an error)
  if (span.end - span.start > text.length * MAX_SHARE || text.slice(span.start, span.end).trim() === "") return undefined;
  return span;
}

export interface CheckedState {
  findings: Finding[];
  classed: ClassedSpan[];
  placeholders: PlaceholderSpan[];
}

const overlaps = (s: Span, span: Span) => s.start < span.end && s.end > span.start;
const severityRank = { error: 0, warning: 1, info: 2 } as const;
const byPlace = (a: Finding, b: Finding) =>
  a.start - b.start || a.end - b.end || severityRank[a.severity] - severityRank[b.severity] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function shift<T extends Span>(s: T, by: number): T {
  return { ...s, start: s.start + by, end: s.end + by };
}

function shiftFinding(f: Finding, by: number): Finding {
  return {
    ...shift(f, by),
    suggestions: f.suggestions.map((s) => (s.start === undefined || s.end === undefined ? s : { ...s, start: s.start + by, end: s.end + by })),
  };
}

/** Replaces the spans in `span` (in the text that was sent) by the fresh ones for that part; the rest stays. */
function spliceSpans<T extends Span>(old: readonly T[], span: Span, fresh: readonly T[]): T[] {
  return [...old.filter((s) => s.end <= span.start && !overlaps(s, span)), ...fresh, ...old.filter((s) => s.start >= span.end)];
}

/** The state after the answer for the paragraphs in `span`: `part` is the report on `text.slice(span.start, span.end)`. */
export function spliceParagraphs(state: CheckedState, span: Span, part: HelderReport, partText: string): CheckedState {
  const fresh = part.findings.filter((f) => !dependsOnWholeText(f)).map((f) => shiftFinding(f, span.start));
  const before = state.findings.filter((f) => f.end <= span.start && !overlaps(f, span));
  const after = state.findings.filter((f) => f.start >= span.end);
  // a letter-level finding or a first use in the paragraph keeps its place until the whole text is checked
  const inside = [...state.findings.filter((f) => overlaps(f, span) && dependsOnWholeText(f)), ...fresh].sort(byPlace);
  const sentences: ClassedSpan[] = part.sentences.map((s) => ({ start: s.start + span.start, end: s.end + span.start, class: (s.class ?? 1) as ClassedSpan["class"] }));
  return {
    findings: [...before, ...inside, ...after],
    classed: spliceSpans(state.classed, span, sentences),
    placeholders: spliceSpans(state.placeholders, span, placeholdersOf(part, partText).map((p) => shift(p, span.start))),
  };
}
