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
