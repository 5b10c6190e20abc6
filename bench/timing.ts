// Timing helpers shared by the benches.
import type { Checker } from "../engine/index.ts";

export function median(xs: readonly number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
}

/** Wall-clock milliseconds of `runs` calls of fn, one each. */
export function timings(fn: () => void, runs: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return times;
}

/** The median of `runs` timed calls of fn. */
export const timeIt = (fn: () => void, runs: number): number => median(timings(fn, runs));

/** The median time of one check of `text`, after 200 checks to warm up. */
export function checkMedianMs(checker: Checker, text: string, runs: number): number {
  for (let i = 0; i < 200; i++) checker.check(text);
  return timeIt(() => checker.check(text), runs);
}
