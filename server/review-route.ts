// POST /api/review: several template files (multipart/form-data, field "files") → the JSON of
// `helder review --format json`: { version: 1, files: [{ path, format, report } | { path, error }], skipped, totals }.
// Optional fields: "profile" (a server profile, server/profiles.ts) and "text" = "true" (each file also gets the
// text Helder checked, so the /sjablonen page can open it in the checker). Each file is read in memory and
// checked in a check worker; nothing is logged or stored. A file that cannot be read is an entry with its error.
// The page that uses it, /sjablonen, is served from here too (server/review-page.ts).
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { formatOf } from "../cli/review/extract/extract-text.ts";
import { reviewMessages } from "../cli/review/messages.ts";
import { ReviewFileError } from "../cli/review/review-error.ts";
import { MAX_FILE_BYTES, type FileOutcome } from "../cli/review/review-file.ts";
import { totalsOf, type ReviewTotals } from "../cli/review/totals.ts";
import type { ReviewRun } from "../cli/review/run-review.ts";
import type { ReviewConfig } from "../cli/review/config.ts";
import { ApiError, errorBody } from "./errors.ts";
import type { TaskRunner } from "./pool/inline-runner.ts";
import { readUploadAnswer } from "./pool/review-upload.ts";
import { noProfiles, profileFor, type Profiles } from "./profiles.ts";
import { reviewApiMessages } from "./review-messages.ts";
import { reviewPage } from "./review-page.ts";

export const MAX_REVIEW_FILES = 200;
export const MAX_REVIEW_BYTES = 20 * 1024 * 1024;
/** Room for the form's own bytes (boundaries, headers per file) above the files' limit. */
const FORM_OVERHEAD_BYTES = 512 * 1024;
/**
 * Files of one request in the workers at a time: the worker's deadline counts from the moment a file is handed
 * over, so a request with 200 files must not queue them all at once, and letters of others get a turn between.
 */
const FILES_IN_FLIGHT = 4;

type Outcome = FileOutcome & { text?: string };

async function reviewOne(runner: TaskRunner, file: File, withText: boolean, profile: ReviewConfig | undefined): Promise<Outcome> {
  const path = file.name;
  const format = formatOf(path)!;
  if (file.size > MAX_FILE_BYTES) return { path, error: { code: "too-large", message: new ReviewFileError("too-large").message } };
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const answer = readUploadAnswer(await runner.run({ kind: "review-upload", bytes, format, withText, profile }));
    return "error" in answer ? { path, error: answer.error } : { path, format, ...answer };
  } catch (error) {
    // too slow or too busy for this file: the other files are still reviewed
    if (error instanceof ApiError) return { path, error: { code: error.code.replace(/_/g, "-"), message: error.message } };
    throw error;
  }
}

/** Runs `work` over the items, at most `limit` at a time, and gives the results in the items' order. */
async function inOrder<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

/** The JSON of `helder review --format json` (cli/review/format-json.ts), with each file's text when asked. */
function reviewJson(files: Outcome[], skipped: ReviewRun["skipped"], totals: ReviewTotals): string {
  const entries = files.map((f) =>
    "error" in f
      ? JSON.stringify({ path: f.path, error: f.error })
      : `{"path":${JSON.stringify(f.path)},"format":${JSON.stringify(f.format)},"report":${f.report}${f.text !== undefined ? `,"text":${JSON.stringify(f.text)}` : ""}}`,
  );
  return `{"version":1,"files":[${entries.join(",")}],"skipped":${JSON.stringify(skipped)},"totals":${JSON.stringify(totals)}}\n`;
}

async function readForm(req: Request): Promise<FormData> {
  const mediaType = (req.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (mediaType !== "multipart/form-data") throw new ApiError(415, "unsupported_media_type", reviewApiMessages.contentType);
  try {
    return await req.formData();
  } catch {
    throw new ApiError(400, "bad_form", reviewApiMessages.badForm);
  }
}

const formText = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
};

export function reviewRoutes(runner: TaskRunner, profiles: Profiles = noProfiles) {
  const app = new Hono();
  app.post(
    "/api/review",
    bodyLimit({ maxSize: MAX_REVIEW_BYTES + FORM_OVERHEAD_BYTES, onError: (c) => c.json(errorBody("payload_too_large", reviewApiMessages.tooLarge), 413) }),
    async (c) => {
      const form = await readForm(c.req.raw);
      const uploads = form.getAll("files").filter((v): v is File => typeof v !== "string");
      if (uploads.length === 0) throw new ApiError(400, "no_files", reviewApiMessages.noFiles);
      if (uploads.length > MAX_REVIEW_FILES) throw new ApiError(413, "too_many_files", reviewApiMessages.tooMany);
      if (uploads.reduce((sum, f) => sum + f.size, 0) > MAX_REVIEW_BYTES) throw new ApiError(413, "payload_too_large", reviewApiMessages.tooLarge);
      const profile = profileFor(profiles, formText(form, "profile"));
      const withText = formText(form, "text") === "true";

      const readable = uploads.filter((f) => formatOf(f.name) !== undefined);
      const skipped = uploads.filter((f) => formatOf(f.name) === undefined).map((f) => ({ path: f.name, reason: reviewMessages.unsupported }));
      const files = await inOrder(readable, FILES_IN_FLIGHT, (file) => reviewOne(runner, file, withText, profile));
      const body = reviewJson(files, skipped, totalsOf({ files, skipped }));
      return new Response(body, { status: 200, headers: { "content-type": "application/json; charset=UTF-8" } });
    },
  );
  app.route("/", reviewPage());
  return app;
}
