// What a line of a letter is by its first and last tokens: a list item, a salutation, a closing, a label line
// ("Betreft: …"), contact details. Shared by the sentence splitter and the soft-wrap detector.
import type { Token } from "../types.ts";

export const salutation = /^(?:geachte|beste|lieve|hallo|hoi|dag|goedemorgen|goedemiddag|goedenavond)$/;
export const closing = /^(?:(?:met )?(?:een )?(?:vriendelijke |hartelijke |warme |lieve |veel |beleefde |collegiale |oprechte )?groet(?:en)?|(?:met )?(?:de meeste )?hoogachting|hoogachtend|groetjes|liefs)[,.!]?$/i;
const bullet = /^[•·▪◦‣*\-–—]$/;
export const terminal = /^(?:[.!?]+|…|\.{2,})$/;
export const closers = new Set([")", "]", "\"", "”", "’", "'", "»", "}"]);

/** Index of the first token after a list marker at the start of a line (1. / a) / • / -), else `at`. */
export function skipListMarker(tokens: Token[], at: number, end: number): number {
  const t = tokens[at];
  if (!t) return at;
  if (t.kind === "punct" && bullet.test(t.text)) return at + 1;
  const next = tokens[at + 1];
  if (next && next.kind === "punct" && (next.text === "." || next.text === ")") && at + 2 < end) {
    if (t.kind === "number" && /^\d{1,2}$/.test(t.text)) return at + 2;
    if (t.kind === "word" && /^\p{L}$/u.test(t.text)) return at + 2;
  }
  if (t.kind === "abbreviation" && /^\p{Ll}\.$/u.test(t.text) && at + 1 < end) return at + 1; // "a." read as initial
  return at;
}

/** "Betreft: …", "Ons kenmerk: …", "E-mail: …": one or two capitalised words and a colon open the line. */
export function isLabelLine(tokens: Token[], first: number, last: number): boolean {
  const t = tokens[first]!;
  if (t.kind !== "word" || !/^\p{Lu}/u.test(t.text)) return false;
  for (let k = first + 1; k <= Math.min(last, first + 2); k++) {
    const u = tokens[k]!;
    if (u.kind === "punct" && u.text === ":") return true;
    if (u.kind !== "word") return false;
  }
  return false;
}

const contactWords = new Set(["tel.", "tel", "telefoon", "telefoonnummer", "mob.", "mobiel", "fax", "e-mail", "email", "mail", "t.a.v.", "iban", "kvk", "bic", "btw", "www"]);

/** A line of contact or address details: it starts with a phone number, e-mail address, web address or "tel.". */
export function isContactLine(tokens: Token[], first: number): boolean {
  const t = tokens[first]!;
  return t.kind === "phone" || t.kind === "email" || t.kind === "url" || contactWords.has(t.lower);
}
