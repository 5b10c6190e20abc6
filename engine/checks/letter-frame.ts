// The frame of a letter: the letterhead and address blocks above the salutation, and the signature under the
// closing. Names of organisations and people stand there ("Belastingsamenwerking Rivierenland", "CAK",
// "Consulent Wmo"); the writer cannot change them, so word checks leave them alone.
import type { DocumentModel } from "../types.ts";

const MAX_HEAD_UNITS = 30;
const MAX_SIGNATURE_UNITS = 15;
/** The subject line is the writer's own words: "Betreft: aanmaning", "Onderwerp: ontvangstbevestiging". */
const SUBJECT_WORDS = new Set(["betreft", "onderwerp", "inzake", "betreffende", "subject"]);

function isSubjectLine(doc: DocumentModel, si: number): boolean {
  const first = doc.tokens[doc.sentences[si]!.tokenStart];
  return first !== undefined && SUBJECT_WORDS.has(first.lower);
}

/** inFrame[si] === 1 when unit si is a line of the letterhead, an address block or the signature. */
export function letterFrame(doc: DocumentModel): Uint8Array {
  return (doc.perSentence.frame ??= frameOf(doc));
}

function frameOf(doc: DocumentModel): Uint8Array {
  const units = doc.sentences;
  const out = new Uint8Array(units.length);
  // a letterhead and an address block are short: a salutation far down is not the start of a letter
  const salutation = units.findIndex((s) => s.kind === "salutation");
  if (salutation <= MAX_HEAD_UNITS) for (let si = 0; si < salutation; si++) if (units[si]!.kind === "heading" && !isSubjectLine(doc, si)) out[si] = 1;
  let closing = -1;
  for (let si = units.length - 1; si >= 0 && closing < 0; si--) if (units[si]!.kind === "closing") closing = si;
  if (closing >= 0 && units.length - closing <= MAX_SIGNATURE_UNITS) for (let si = closing + 1; si < units.length; si++) if (units[si]!.kind !== "sentence") out[si] = 1;
  return out;
}
