// A file that cannot be reviewed: a stable code for JSON and a B1 message for people.
import { reviewMessages } from "./messages.ts";

export type ReviewErrorCode = "not-found" | "no-access" | "unreadable" | "broken-file" | "old-word" | "binary" | "too-large";

const messageOf: Record<ReviewErrorCode, string> = {
  "not-found": reviewMessages.notFound,
  "no-access": reviewMessages.noAccess,
  unreadable: reviewMessages.unreadable,
  "broken-file": reviewMessages.brokenWord,
  "old-word": reviewMessages.oldWord,
  binary: reviewMessages.binary,
  "too-large": reviewMessages.tooLarge,
};

export class ReviewFileError extends Error {
  constructor(
    readonly code: ReviewErrorCode,
    message: string = messageOf[code],
  ) {
    super(message);
  }
}

/** The error of a file as it goes into the review's JSON; never the text or a stack. */
export function fileErrorOf(error: unknown): { code: string; message: string } {
  if (error instanceof ReviewFileError) return { code: error.code, message: error.message };
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return { code: "not-found", message: reviewMessages.notFound };
  if (code === "EACCES" || code === "EPERM") return { code: "no-access", message: reviewMessages.noAccess };
  return { code: "unreadable", message: reviewMessages.unreadable };
}
