// The same task interface as the worker pool, run on the calling thread: for tests that check the HTTP layer
// and for a checker made in memory. The server itself (server/main.ts) always uses the pool.
import type { Checker } from "../../engine/index.ts";
import { runTask, type Task } from "./tasks.ts";

export interface TaskRunner {
  run(task: Exclude<Task, { kind: "warm-up" }>): Promise<string>;
}

export function inlineRunner(checker: Checker): TaskRunner {
  return { run: async (task) => runTask(checker, task) };
}
