// Reviews one template file: read, take out the text, check. The same code runs in a worker thread and inline.
import { readFileSync, statSync } from "node:fs";
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
    if (statSync(path).size > MAX_FILE_BYTES) throw new ReviewFileError("too-large");
    const text = await extractText(readFileSync(path), format);
    const report = checker.check(text);
    return { path, format, report: JSON.stringify(report), summary: summarizeFile(report), ...(withText ? { text } : {}) };
  } catch (error) {
    return { path, error: fileErrorOf(error) };
  }
}
