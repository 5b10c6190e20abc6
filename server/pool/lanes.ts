import { PART_CHARS } from "../../engine/part-size.ts";
import type { Task } from "./tasks.ts";

/** A text longer than this goes to the lane for large texts (one part of the engine's long-text split). */
export const LARGE_TEXT_CHARS = PART_CHARS;

/** What a worker gets: the task and, for a letter, the time (Date.now()) after which it is not started. */
export interface WorkerInput {
  task: Task;
  startBy?: number;
}

/** A worker's answer for a letter that waited past its deadline (never valid JSON, so never a real answer). */
export const NOT_STARTED = "not started: past the deadline";
