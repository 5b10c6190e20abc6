// Chains rounds of edits: the changes of round 2 (on the text of round 1) as changes of the original text.
import type { AppliedChange, ApplyResult } from "./apply.ts";

interface Span {
  /** Offsets in the current text (before this round). */
  curStart: number;
  curEnd: number;
  /** Offsets in the original text; undefined for a change of this round. */
  origStart?: number;
  origEnd?: number;
}

/**
 * Merges the changes so far (original → current text) with one more round (current → next text). Changes that
 * overlap or touch become one change. The replacement of each change is read from the next text.
 */
export function composeChanges(sofar: AppliedChange[], round: ApplyResult): AppliedChange[] {
  const spans: Span[] = [
    ...sofar.map((c) => ({ curStart: c.newStart, curEnd: c.newEnd, origStart: c.start, origEnd: c.end })),
    ...round.changes.map((c) => ({ curStart: c.start, curEnd: c.end })),
  ].sort((a, b) => a.curStart - b.curStart || a.curEnd - b.curEnd);

  const out: AppliedChange[] = [];
  // shift = (current length - original length) over the earlier changes so far
  let shift = 0;
  let i = 0;
  while (i < spans.length) {
    const first = spans[i]!;
    let groupStart = first.curStart;
    let groupEnd = first.curEnd;
    let groupShift = 0;
    let j = i;
    for (; j < spans.length && (j === i || spans[j]!.curStart <= groupEnd); j++) {
      const s = spans[j]!;
      groupEnd = Math.max(groupEnd, s.curEnd);
      if (s.origStart !== undefined) groupShift += s.curEnd - s.curStart - (s.origEnd! - s.origStart);
    }
    groupStart = first.curStart;
    const start = groupStart - shift;
    const end = groupEnd - shift - groupShift;
    const newStart = round.mapOffset(groupStart);
    const newEnd = round.mapOffset(groupEnd, "end");
    out.push({ start, end, newStart, newEnd, replacement: round.text.slice(newStart, newEnd) });
    shift += groupShift;
    i = j;
  }
  return out;
}
