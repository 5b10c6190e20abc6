// A check worker thread (see check-pool.ts): loads Helder's data once, then runs tasks.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { defaultChecker } from "../default-checker.ts";
import { runTask, type Task } from "./tasks.ts";
import { taskSize } from "./task-size.ts";
import { LARGE_TEXT_CHARS } from "./lanes.ts";

const checker = defaultChecker();

/** After a large text, collect its garbage at once, so the worker's memory returns to where it was. */
setFlagsFromString("--expose-gc");
const collect = runInNewContext("gc") as () => void;

export default async function run(task: Task): Promise<string> {
  try {
    return await runTask(checker, task);
  } finally {
    if (task.kind !== "warm-up" && taskSize(task) > LARGE_TEXT_CHARS) collect();
  }
}
