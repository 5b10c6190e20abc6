// A profile's checker, made once per checker and profile in each thread: a profile (helder.config.yaml data)
// arrives with every task as plain data, so it is known by its contents.
import type { Checker } from "../../engine/index.ts";
import type { ReviewConfig } from "../../cli/review/config.ts";
import { withConfig } from "../../cli/review/review-checker.ts";

const made = new WeakMap<Checker, Map<string, Checker>>();

export function checkerWithProfile<C extends Checker>(checker: C, profile: ReviewConfig | undefined): C {
  if (!profile) return checker;
  let byProfile = made.get(checker);
  if (!byProfile) made.set(checker, (byProfile = new Map()));
  const key = JSON.stringify(profile);
  let profiled = byProfile.get(key);
  if (!profiled) byProfile.set(key, (profiled = withConfig(checker, profile)));
  return profiled as C;
}
