// One uploaded template of POST /api/review, reviewed in a check worker: take out the text, check it as
// `helder review` does. The answer is two lines: the file's numbers for the totals (JSON), then the report as
// the worker wrote it, so the main thread passes the report on without parsing it.
import type { Checker } from "../../engine/index.ts";
import type { ReviewConfig } from "../../cli/review/config.ts";
import { extractText, type TemplateFormat } from "../../cli/review/extract/extract-text.ts";
import { fileErrorOf } from "../../cli/review/review-error.ts";
import { summarizeFile, type FileSummary } from "../../cli/review/file-summary.ts";

export type ReviewUploadTask = {
  kind: "review-upload";
  bytes: Uint8Array;
  format: TemplateFormat;
  /** Also give the text Helder checked (the page opens a template in the checker with it). */
  withText: boolean;
  profile?: ReviewConfig | undefined;
};

export type UploadOutcome =
  | { summary: FileSummary; report: string; text?: string }
  | { error: { code: string; message: string } };

export async function reviewUpload(checker: Checker, { bytes, format, withText }: ReviewUploadTask): Promise<string> {
  try {
    const text = await extractText(bytes, format);
    const report = checker.check(text);
    const head = { summary: summarizeFile(report), ...(withText ? { text } : {}) };
    return `${JSON.stringify(head)}\n${JSON.stringify(report)}`;
  } catch (error) {
    return JSON.stringify({ error: fileErrorOf(error) });
  }
}

export function readUploadAnswer(answer: string): UploadOutcome {
  const newline = answer.indexOf("\n");
  if (newline < 0) return JSON.parse(answer) as UploadOutcome;
  const head = JSON.parse(answer.slice(0, newline)) as { summary: FileSummary; text?: string };
  return { ...head, report: answer.slice(newline + 1) };
}
