// A check worker thread (see check-pool.ts): loads Helder's data once, then runs tasks.
import { collectGarbage } from "../collect-when-quiet.ts";
import { defaultChecker, warmUp } from "../default-checker.ts";
import { runTask } from "./tasks.ts";
import { taskSize } from "./task-size.ts";
import { LARGE_TEXT_CHARS, NOT_STARTED, type WorkerInput } from "./lanes.ts";

const checker = warmUp(defaultChecker());

export default async function run({ task, startBy }: WorkerInput): Promise<string> {
  // a letter that waited in this worker's queue past its deadline has had its 503 already
  if (startBy !== undefined && Date.now() > startBy) return NOT_STARTED;
  try {
    return await runTask(checker, task);
  } finally {
    // after a large text, collect its garbage at once, so the worker's memory returns to where it was
    if (task.kind !== "warm-up" && taskSize(task) > LARGE_TEXT_CHARS) collectGarbage();
  }
}
