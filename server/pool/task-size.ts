// How big a task is, for the choice of lane. Its own module: the HTTP thread needs this, not the engine that
// tasks.ts brings along (evaluating that cost about 50 ms before the workers could start).
import type { Task } from "./tasks.ts";

/** The task's text, or for an upload its bytes. */
export const taskSize = (task: Exclude<Task, { kind: "warm-up" }>) => ("bytes" in task ? task.bytes.byteLength : task.text.length);
