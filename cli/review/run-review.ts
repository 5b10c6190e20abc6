// Runs a review: finds the files, reviews them inline or on worker threads, and gives the outcomes in the
// order of the files, whatever order the threads finish in.
import { availableParallelism } from "node:os";
import { setFlagsFromString } from "node:v8";
import { ensureNodeBundle } from "../../scripts/node-bundle.mjs";
import { projectRoot } from "../../server/project-root.ts";
import { collectFiles } from "./collect-files.ts";
import type { ReviewConfig } from "./config.ts";
import { createReviewChecker } from "./review-checker.ts";
import { reviewFile, type FileOutcome } from "./review-file.ts";
import type { WorkerTask } from "./review-worker.ts";

/**
 * Below this much input one thread is faster: each worker first loads Helder's data (about 0.4 s of CPU) before it
 * reviews a file.
 */
export const PARALLEL_MIN_BYTES = 1024 * 1024;
/**
 * With this many cores or fewer, one thread is faster whatever the input. Measured on a 2-core machine: 1,000
 * letters took 4.3-4.5 s on one thread and 5.3-5.6 s on two workers, with 8.3-9.4 s of CPU against 5.7-5.9 s; the
 * checks use large word tables and make much garbage, so two threads slow each other down (memory and collector),
 * and each worker also loads the data once more.
 */
const INLINE_UP_TO_CORES = 2;
/**
 * Up to this many files, one thread reviews with V8's inlining off. A short run spends most of its time before the
 * checks' code is optimised, and inlining makes each optimisation much bigger. Measured on 1,000 letters (7 runs
 * each, in turns): 3.08 -> 2.58 s wall, 4.35 -> 3.55 s CPU; on 3,000 letters inlining pays off again (5.45 against
 * 5.69 s), so a larger folder keeps it.
 */
const NO_INLINING_UP_TO_FILES = 2_000;
/** Word and OpenDocument files cost more per byte (unzipping, XML): they count this many times their size. */
const ZIPPED_WEIGHT = 8;

export interface ReviewRun {
  files: FileOutcome[];
  skipped: { path: string; reason: string }[];
}

export interface ReviewRunOptions {
  config?: ReviewConfig | undefined;
  withText: boolean;
  /** Worker threads; 0 reviews on this thread. Default: decided by the amount of input. */
  threads?: number | undefined;
  onStart?: (total: number) => void;
  onFileDone?: () => void;
}

/** HELDER_WORKERS, as for the server: how many threads review; 0 reviews on the main thread. */
function threadsFromEnv(): number | undefined {
  const n = Number(process.env.HELDER_WORKERS);
  return process.env.HELDER_WORKERS !== undefined && Number.isInteger(n) && n >= 0 ? n : undefined;
}

function threadsFor(work: number, files: number): number {
  const cores = availableParallelism();
  if (files < 2 || work < PARALLEL_MIN_BYTES || cores <= INLINE_UP_TO_CORES) return 0;
  return Math.min(files, cores);
}

export async function runReview(paths: string[], options: ReviewRunOptions): Promise<ReviewRun> {
  const collected = collectFiles(paths);
  const skipped = collected.flatMap((c) => (c.kind === "skipped" ? [{ path: c.path, reason: c.reason }] : []));
  const outcomes: FileOutcome[] = [];
  const tasks: { index: number; task: WorkerTask }[] = [];
  let work = 0;
  for (const c of collected) {
    if (c.kind === "error") outcomes.push({ path: c.path, error: c.error });
    else if (c.kind === "file") {
      tasks.push({ index: outcomes.length, task: { path: c.path, format: c.format, withText: options.withText } });
      outcomes.push({ path: c.path, error: { code: "pending", message: "" } });
      work += c.format === "docx" || c.format === "odt" ? c.bytes * ZIPPED_WEIGHT : c.bytes;
    }
  }
  options.onStart?.(tasks.length);
  const threads = options.threads ?? threadsFromEnv() ?? threadsFor(work, tasks.length);
  if (threads === 0) {
    // before the checks' code is first optimised; the flag is read by each later optimisation
    if (tasks.length <= NO_INLINING_UP_TO_FILES) setFlagsFromString("--no-turbo-inlining");
    const checker = createReviewChecker(options.config);
    // the files of one run share their phrases (see Checker.sharingPhrases); nothing is kept after the run
    await checker.sharingPhrases(async () => {
      for (const { index, task } of tasks) {
        outcomes[index] = await reviewFile(checker, task);
        options.onFileDone?.();
      }
    });
    return { files: outcomes, skipped };
  }
  const filename = await ensureNodeBundle(projectRoot(), "cli/review-worker");
  // loaded only here: piscina and the worker modules it needs cost a review on one thread about 20 ms of start-up
  const { Piscina } = await import("piscina");
  const pool = new Piscina({ filename, minThreads: threads, maxThreads: threads });
  try {
    await Promise.all(
      tasks.map(async ({ index, task }) => {
        outcomes[index] = (await pool.run({ ...task, config: options.config })) as FileOutcome;
        options.onFileDone?.();
      }),
    );
  } finally {
    await pool.destroy();
  }
  return { files: outcomes, skipped };
}
