// The numbers over all files of a review.
import { LEVELS, type Level } from "./file-summary.ts";
import type { ReviewRun } from "./run-review.ts";

export interface ReviewTotals {
  files: number;
  reviewed: number;
  unreadable: number;
  skipped: number;
  words: number;
  errors: number;
  warnings: number;
  tips: number;
  levels: Record<Level, number>;
}

export function totalsOf(run: ReviewRun): ReviewTotals {
  const levels = Object.fromEntries(LEVELS.map((l) => [l, 0])) as Record<Level, number>;
  const t: ReviewTotals = { files: run.files.length, reviewed: 0, unreadable: 0, skipped: run.skipped.length, words: 0, errors: 0, warnings: 0, tips: 0, levels };
  for (const f of run.files) {
    if ("error" in f) {
      t.unreadable++;
      continue;
    }
    t.reviewed++;
    t.words += f.summary.words;
    t.errors += f.summary.errors;
    t.warnings += f.summary.warnings;
    t.tips += f.summary.tips;
    levels[f.summary.level]++;
  }
  return t;
}
