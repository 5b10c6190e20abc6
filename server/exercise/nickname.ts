// Nicknames are shown on the trainer's projector: no control characters, no bidi overrides or isolates
// (they can turn "Anna" into something that reads as another name), single spaces, at most 40 characters.

export const MAX_NICKNAME_LENGTH = 40;

// C0/C1 controls, bidi embeddings/overrides/isolates and marks, zero-width space/joiner-less breaks, BOM
const INVISIBLE = /[\p{Cc}\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2069\ufeff]/gu;

export function cleanNickname(raw: string): string {
  const clean = raw
    .normalize("NFC")
    .replace(/[\t\n\r\u2028\u2029]/g, " ")
    .replace(INVISIBLE, "")
    .replace(/\s+/g, " ")
    .trim();
  // cut on a code point boundary, not inside a surrogate pair
  return [...clean].slice(0, MAX_NICKNAME_LENGTH).join("").trim();
}
