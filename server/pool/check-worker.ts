// A check worker thread (see check-pool.ts): loads Helder's data once, then runs tasks.
import { defaultChecker } from "../default-checker.ts";
import { runTask, type Task } from "./tasks.ts";

const checker = defaultChecker();

export default function run(task: Task): string {
  return runTask(checker, task);
}
