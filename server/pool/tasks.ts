// The work a check worker does for one request, as plain data in and a JSON text out: the worker sends back
// the finished JSON, so the main thread only passes it on (serialising a big report costs milliseconds).
import type { Checker, CheckOptions } from "../../engine/index.ts";
import { compareFacts } from "../../engine/facts/compare.ts";
import { MAX_FINDINGS } from "../../engine/report.ts";
import { rewriteAccepted, rewriteAllSafe } from "../../engine/rewrite/rewrite.ts";
import { scoreLetter } from "../exercise/letter-score.ts";
import type { ReviewConfig } from "../../cli/review/config.ts";
import { configOptions } from "../../cli/review/review-checker.ts";
import { checkerWithProfile } from "./profile-checker.ts";
import { reviewUpload, type ReviewUploadTask } from "./review-upload.ts";

/** profile: a server profile (server/profiles.ts), applied as `helder review` applies helder.config.yaml. */
export type CheckTask = { kind: "check"; text: string; options?: Partial<CheckOptions> | undefined; profile?: ReviewConfig | undefined };
export type RewriteTask = { kind: "rewrite"; text: string; accept: "all-safe" | string[]; options?: Partial<CheckOptions> | undefined; profile?: ReviewConfig | undefined };
/** A workshop participant's rewrite (text) scored against the session's letter (original). */
export type ScoreLetterTask = { kind: "score-letter"; text: string; original: string };
export type Task = CheckTask | RewriteTask | ScoreLetterTask | ReviewUploadTask | { kind: "warm-up" };


export function runTask(checker: Checker, task: Task): string | Promise<string> {
  switch (task.kind) {
    case "check":
      return JSON.stringify(checkerWithProfile(checker, task.profile).check(task.text, task.options));
    case "rewrite":
      return JSON.stringify(rewriteResponse(checkerWithProfile(checker, task.profile), task));
    case "review-upload":
      return reviewUpload(checkerWithProfile(checker, task.profile), task);
    case "score-letter":
      return JSON.stringify(scoreLetter(checker, task.original, task.text));
    case "warm-up":
      return "{}";
  }
}

/** The answer of POST /api/rewrite (see server/rewrite-route.ts). */
function rewriteResponse(checker: Checker, { text, accept, options: requested, profile }: RewriteTask) {
  // the sentence rewrites are not part of the profile's checker: they get its disabled ids here
  const options = profile ? configOptions(profile, requested) : requested;
  const result = accept === "all-safe" ? rewriteAllSafe(checker, text, options) : rewriteAccepted(checker, text, accept, options);
  const factCheck = compareFacts(text, result.draft);
  const truncated = result.changes.length > MAX_FINDINGS || factCheck.findings.length > MAX_FINDINGS || result.report.truncated;
  return {
    draft: result.draft,
    changes: result.changes.slice(0, MAX_FINDINGS),
    findings: result.report.findings,
    metrics: result.report.metrics,
    factCheck: truncated ? capFactCheck(factCheck) : factCheck,
    unknown: result.unknown.slice(0, MAX_FINDINGS),
    skipped: result.skipped,
    rounds: result.rounds,
    ...(truncated ? { truncated: { changes: result.changes.length, findings: result.report.truncated?.findings ?? result.report.findings.length, facts: factCheck.facts.length } } : {}),
  };
}

function capFactCheck(check: ReturnType<typeof compareFacts>) {
  return {
    ...check,
    facts: check.facts.slice(0, MAX_FINDINGS),
    missing: check.missing.slice(0, MAX_FINDINGS),
    changed: check.changed.slice(0, MAX_FINDINGS),
    findings: check.findings.slice(0, MAX_FINDINGS),
  };
}
