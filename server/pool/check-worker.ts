// A check worker thread (see check-pool.ts): loads Helder's data once, then runs tasks.
import { collectGarbage } from "../collect-when-quiet.ts";
import { defaultChecker } from "../default-checker.ts";
import { runTask, type Task } from "./tasks.ts";
import { taskSize } from "./task-size.ts";
import { LARGE_TEXT_CHARS } from "./lanes.ts";

const checker = defaultChecker();

export default async function run(task: Task): Promise<string> {
  try {
    return await runTask(checker, task);
  } finally {
    // after a large text, collect its garbage at once, so the worker's memory returns to where it was
    if (task.kind !== "warm-up" && taskSize(task) > LARGE_TEXT_CHARS) collectGarbage();
  }
}
