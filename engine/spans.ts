// Binary search over spans sorted by start.

/** Index of the last span whose start is <= pos, in spans sorted by start; -1 if none. */
export function lastStartingAtOrBefore(spans: { start: number }[], pos: number): number {
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

/** Spans sorted by start with a running maximum of their ends: "does [start, end) overlap any?" in O(log n). */
export class SpanIndex {
  private spans: { start: number; end: number }[];
  private maxEnd: number[] = [];
  constructor(spans: readonly { start: number; end: number }[]) {
    this.spans = [...spans].sort((a, b) => a.start - b.start);
    let max = -1;
    for (const sp of this.spans) this.maxEnd.push((max = Math.max(max, sp.end)));
  }
  /** Some span lies around [start, end) entirely. */
  covers(start: number, end: number): boolean {
    const i = lastStartingAtOrBefore(this.spans, start);
    return i >= 0 && this.maxEnd[i]! >= end;
  }
  /** Some span shares at least one character with [start, end). */
  overlaps(start: number, end: number): boolean {
    const i = lastStartingAtOrBefore(this.spans, end - 1);
    return i >= 0 && this.maxEnd[i]! > start;
  }
  /** Some span starts before the offset and ends after it. */
  crosses(offset: number): boolean {
    const i = lastStartingAtOrBefore(this.spans, offset - 1);
    return i >= 0 && this.maxEnd[i]! > offset;
  }
  /** The spans that start in [start, end), in order. */
  startingWithin(start: number, end: number): { start: number; end: number }[] {
    const out: { start: number; end: number }[] = [];
    for (let i = lastStartingAtOrBefore(this.spans, start - 1) + 1; i < this.spans.length && this.spans[i]!.start < end; i++) out.push(this.spans[i]!);
    return out;
  }
}
