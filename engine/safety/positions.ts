// Where things are in a document, for the safety gate: the token or sentence at an offset and the words around it.
import { lastStartingAtOrBefore } from "../spans.ts";
import type { DocumentModel, Token } from "../types.ts";

export type SentenceUnit = DocumentModel["sentences"][number];

export function tokenIndexAt(doc: DocumentModel, offset: number): number {
  return Math.max(0, lastStartingAtOrBefore(doc.tokens, offset));
}

export function tokenAt(doc: DocumentModel, offset: number): Token | undefined {
  return doc.tokens[tokenIndexAt(doc, offset)];
}

export function tokensIn(doc: DocumentModel, start: number, end: number): Token[] {
  const out: Token[] = [];
  for (let i = tokenIndexAt(doc, start); i < doc.tokens.length && doc.tokens[i]!.start < end; i++) {
    const t = doc.tokens[i]!;
    if (t.end > start && t.kind !== "newline") out.push(t);
  }
  return out;
}

export function atStartOfSentence(doc: DocumentModel, offset: number): boolean {
  const s = sentenceOf(doc, offset);
  const first = s && firstWordOf(doc, s);
  return first !== undefined && first.start === offset;
}

export function sentenceOf(doc: DocumentModel, offset: number) {
  const i = lastStartingAtOrBefore(doc.sentences, offset);
  const s = doc.sentences[i];
  return s && s.end >= offset ? s : undefined;
}

const opening = new Set(["(", "\"", "“", "„", "‘", "'", "«", "[", "•", "-", "–", "*"]);

export function firstWordOf(doc: DocumentModel, s: SentenceUnit): Token | undefined {
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = doc.tokens[i]!;
    if (t.kind === "punct" && opening.has(t.text)) continue;
    if (t.kind === "newline") continue;
    return t;
  }
  return undefined;
}

const closers = new Set([")", "]", "\"", "”", "’", "'", "»"]);

/** The token ends the sentence: only closing quotes or brackets come after it. */
export function endsSentence(doc: DocumentModel, s: SentenceUnit, last: Token): boolean {
  for (let i = tokenIndexAt(doc, last.start) + 1; i < s.tokenEnd; i++) {
    const t = doc.tokens[i]!;
    if (t.kind === "newline") continue;
    if (!(t.kind === "punct" && closers.has(t.text))) return false;
  }
  return true;
}

export function previousWord(doc: DocumentModel, s: SentenceUnit, offset: number): Token | undefined {
  for (let i = tokenIndexAt(doc, offset) - 1; i >= s.tokenStart; i--) {
    const t = doc.tokens[i]!;
    if (t.kind !== "newline") return t;
  }
  return undefined;
}

/** The lower-case words of up to `n` word tokens before `offset` in its sentence. */
export function wordsBefore(doc: DocumentModel, s: SentenceUnit, offset: number, n: number): string[] {
  const out: string[] = [];
  const from = tokenIndexAt(doc, offset) - 1;
  // at most four tokens a word, so a run of punctuation in hostile text costs no more
  for (let i = from; i >= s.tokenStart && out.length < n && i > from - 4 * n; i--) {
    const t = doc.tokens[i]!;
    if (t.kind === "word" && t.end <= offset) out.push(t.lower);
  }
  return out;
}

export function nextWord(doc: DocumentModel, s: SentenceUnit, offset: number): Token | undefined {
  for (let i = tokenIndexAt(doc, offset); i < s.tokenEnd; i++) {
    const t = doc.tokens[i]!;
    if (t.start >= offset && t.kind !== "newline") return t;
  }
  return undefined;
}
