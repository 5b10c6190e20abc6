// Bytes of a text file to a string. UTF-8 exactly as `helder check` reads it; older Windows templates are often
// Windows-1252, so invalid UTF-8 is read as that rather than shown with replacement characters.
import { ReviewFileError } from "../review-error.ts";

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const windows1252 = new TextDecoder("windows-1252");

export function decodeText(bytes: Uint8Array): string {
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) throw new ReviewFileError("binary");
  try {
    return utf8.decode(bytes);
  } catch {
    return windows1252.decode(bytes);
  }
}
