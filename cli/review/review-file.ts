// Reviews one template file: read, take out the text, check. The same code runs in a worker thread and inline.
import { closeSync, fstatSync, openSync, readFileSync } from "node:fs";
import { extractText, type TemplateFormat } from "./extract/extract-text.ts";
import { fileErrorOf, ReviewFileError } from "./review-error.ts";
import { summarizeFile, type FileSummary } from "./file-summary.ts";
import type { ReviewChecker } from "./review-checker.ts";

export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export type FileOutcome =
  | { path: string; format: TemplateFormat; report: string; summary: FileSummary; text?: string }
  | { path: string; error: { code: string; message: string } };

export interface FileTask {
  path: string;
  format: TemplateFormat;
  /** The text formats and the HTML report show the text; JSON does not need it. */
  withText: boolean;
}

export async function reviewFile(checker: ReviewChecker, { path, format, withText }: FileTask): Promise<FileOutcome> {
  try {
    const text = await extractText(readWithin(path, MAX_FILE_BYTES), format);
    const report = checker.check(text);
    return { path, format, report: JSON.stringify(report), summary: summarizeFile(report), ...(withText ? { text } : {}) };
  } catch (error) {
    return { path, error: fileErrorOf(error) };
  }
}

/** The file's bytes, or a too-large error without reading it; one open file, not a second look-up of the path. */
function readWithin(path: string, maxBytes: number): Buffer {
  const fd = openSync(path, "r");
  try {
    if (fstatSync(fd).size > maxBytes) throw new ReviewFileError("too-large");
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}
