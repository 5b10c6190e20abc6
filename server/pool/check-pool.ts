// Checks and rewrites run in worker threads, so the main thread only does HTTP: /api/health answers during any
// load, and one request can never stall another. Two lanes: letters (texts up to LARGE_TEXT_CHARS) and large
// texts, so a queue of 1 MB texts never stands in front of a letter. Every task has a deadline that counts from
// the moment it is asked for; past it, the request is answered 503.
// - A large text or an uploaded file past its deadline is stopped by ending its worker.
// - A letter is never stopped halfway (it takes milliseconds, at most a few hundred for 64 K characters). So a
//   letter worker can hold the next letter while it checks one: it starts on it without waiting for the HTTP
//   thread, about 10 % more letters per second under load (docs/decisions.md). A letter that is still waiting
//   at its deadline is not started.
import { availableParallelism } from "node:os";
import { Piscina } from "piscina";
import { ensureNodeBundle } from "../../scripts/node-bundle.mjs";
import { LARGE_TEXT_CHARS, NOT_STARTED, type WorkerInput } from "./lanes.ts";
import { ApiError, messages } from "../errors.ts";
import { projectRoot } from "../project-root.ts";
import type { TaskRunner } from "./inline-runner.ts";
import { taskSize } from "./task-size.ts";

export const DEFAULT_DEADLINE_MS = 5_000;
/** The other workers start this long after the first is ready. */
const MORE_WORKERS_AFTER_MS = 1_000;
/** Letters a letter worker holds: the one it checks and the next. */
const LETTERS_PER_WORKER = 2;

export interface CheckPoolOptions {
  /** Workers for letters; default HELDER_WORKERS or one per core. Large texts get half as many (at least one). */
  workers?: number;
  /** Milliseconds a task may take, waiting included; default HELDER_DEADLINE_MS or 5 s. */
  deadlineMs?: number;
}

export interface CheckPool extends TaskRunner {
  /** Resolves when the first letter worker has loaded Helder's data (the others start a second later). */
  ready: Promise<void>;
  isReady(): boolean;
  close(): Promise<void>;
}

function positiveInteger(value: string | undefined): number | undefined {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

export async function createCheckPool(options: CheckPoolOptions = {}): Promise<CheckPool> {
  const filename = await ensureNodeBundle(projectRoot(), "server/check-worker");
  const letterWorkers = options.workers ?? positiveInteger(process.env.HELDER_WORKERS) ?? availableParallelism();
  const deadlineMs = options.deadlineMs ?? positiveInteger(process.env.HELDER_DEADLINE_MS) ?? DEFAULT_DEADLINE_MS;
  const lane = (threads: number, maxQueue: number, minThreads: number, concurrentTasksPerWorker: number) =>
    new Piscina({ filename, minThreads, maxThreads: threads, maxQueue, concurrentTasksPerWorker, idleTimeout: 24 * 60 * 60 * 1000 });
  // one worker first, so the first letter is answered as soon as it has loaded Helder's data; the others (and the
  // lane for large texts) start after it: at start-up all threads share the same cores
  const letters = lane(letterWorkers, letterWorkers * 512, 1, LETTERS_PER_WORKER);
  const large = lane(Math.max(1, Math.floor(letterWorkers / 2)), 8, 0, 1);
  const tooSlow = () => new ApiError(503, "too_slow", messages.tooSlow);
  const busyOr = (error: unknown) =>
    error instanceof Error && /queue is at limit/i.test(error.message) ? new ApiError(503, "busy", messages.busy) : error;

  let readyNow = false;
  const warmUp = (pool: Piscina, n: number) => Promise.all(Array.from({ length: n }, () => pool.run({ task: { kind: "warm-up" } } satisfies WorkerInput)));
  const ready = warmUp(letters, 1).then(() => {
    readyNow = true;
    // a moment later, so the first letters do not share the cores with the other workers' start-up
    setTimeout(() => {
      void warmUp(letters, letters.maxThreads)
        .then(() => warmUp(large, large.maxThreads))
        .catch(() => {});
    }, MORE_WORKERS_AFTER_MS).unref();
  });

  return {
    ready,
    isReady: () => readyNow,
    /** Runs the task in a worker and gives the JSON answer; throws ApiError 503 when busy or too slow. */
    async run(task) {
      const startBy = Date.now() + deadlineMs;
      // until the first worker has loaded, requests wait here: in piscina's queue they would start the other
      // workers at once, and those would share the cores with the first one's start-up
      if (!readyNow) await ready;
      if (Date.now() > startBy) throw tooSlow();
      const isLarge = taskSize(task) > LARGE_TEXT_CHARS;
      // an upload's text is unknown until it is unpacked (a small .docx can hold a large text), so it can be
      // ended like a large text; piscina gives such a task a worker of its own
      if (isLarge || task.kind === "review-upload") {
        const signal = AbortSignal.timeout(startBy - Date.now());
        try {
          return (await (isLarge ? large : letters).run({ task } satisfies WorkerInput, { signal })) as string;
        } catch (error) {
          throw signal.aborted ? tooSlow() : busyOr(error);
        }
      }
      let timer: NodeJS.Timeout | undefined;
      const answer = letters.run({ task, startBy } satisfies WorkerInput) as Promise<string>;
      const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(tooSlow()), startBy - Date.now())));
      answer.catch(() => {}); // after the 503 nobody waits for it any more
      try {
        const result = await Promise.race([answer, late]);
        if (result === NOT_STARTED) throw tooSlow();
        return result;
      } catch (error) {
        throw busyOr(error);
      } finally {
        clearTimeout(timer);
      }
    },
    async close() {
      await Promise.all([letters.close(), large.close()]);
    },
  };
}
