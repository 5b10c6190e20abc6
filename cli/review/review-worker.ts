// A review worker thread (see run-review.ts): loads Helder's data once per config, then reviews files.
import type { ReviewConfig } from "./config.ts";
import { createReviewChecker, type ReviewChecker } from "./review-checker.ts";
import { reviewFile, type FileOutcome, type FileTask } from "./review-file.ts";

export type WorkerTask = FileTask & { config?: ReviewConfig | undefined };

const checkers = new Map<string, ReviewChecker>();

function checkerFor(config: ReviewConfig | undefined): ReviewChecker {
  const key = config ? JSON.stringify(config) : "";
  let checker = checkers.get(key);
  if (!checker) {
    checkers.set(key, (checker = createReviewChecker(config)));
    // a worker lives for one review run (run-review.ts destroys the pool after it), so its files share their
    // phrases for as long as it lives, as on one thread (Checker.sharingPhrases)
    void checker.sharingPhrases(() => new Promise<never>(() => {}));
  }
  return checker;
}

export default function run(task: WorkerTask | { warmUp: true; config?: ReviewConfig }): Promise<FileOutcome> | null {
  const checker = checkerFor(task.config);
  if ("warmUp" in task) return null;
  return reviewFile(checker, task);
}
