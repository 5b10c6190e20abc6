// The quoted part of an e-mail reply: the message the writer answers, not the writer's own text. A checker that
// flags it asks the professional to rewrite a parent's words ("Verzonden: dinsdag 10 maart"), so its findings go.

// Each is tried at the start of a line only (sticky): a search over the whole text cost 11-14 µs a letter.
/** "-----Oorspronkelijk bericht-----" and the like: the quote runs from this line to the end. */
const SEPARATOR = /[ \t]*-{2,}[ \t]*(?:oorspronkelijk bericht|origineel bericht|doorgestuurd bericht|original message|forwarded message)[ \t]*-{2,}[ \t]*(?:\n|$)/iy;
/**
 * A quoted header without a separator: "Van: …" with "Verzonden:" or "Sent:" on the next line (Outlook). Not
 * "Datum:": a memo or plan starts with "Van: … / Datum: …" and is the writer's own text.
 */
const HEADER = /[ \t]*(?:van|from):[^\n]*\n[ \t]*(?:verzonden|sent):/iy;
/** "Op 10 mrt. 2026 om 21:15 schreef Yasmina <…>:" (a mail client's quote line). */
const WROTE = /[ \t]*op [^\n]{4,120} (?:schreef|heeft [^\n]{1,60} geschreven)[^\n]*:[ \t]*(?:\n|$)/iy;

export interface Span {
  start: number;
  end: number;
}

function matchesAt(re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(text);
}

/**
 * Spans of quoted mail: from the first quote header after the writer's own text to the end, and every line before
 * it that starts with ">".
 */
export function quotedSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (let lineStart = 0; lineStart < text.length; ) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let k = lineStart;
    while (k < lineEnd && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
    const c = text.charCodeAt(k);
    const lower = c | 32; // ASCII letters in lower case
    if (c === 62 /* > */) spans.push({ start: k, end: lineEnd });
    else if (
      lineStart > 0 &&
      (
      (c === 45 /* - */ && matchesAt(SEPARATOR, text, lineStart)) ||
      ((lower === 118 /* v */ || lower === 102) /* f */ && matchesAt(HEADER, text, lineStart)) ||
      (lower === 111 /* o */ && matchesAt(WROTE, text, lineStart)))
    ) {
      spans.push({ start: lineStart, end: text.length });
      break;
    }
    lineStart = lineEnd + 1;
  }
  return spans;
}
