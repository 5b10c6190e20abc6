// text → document model: tokens, sentence units and paragraphs, all with UTF-16 offsets into the input.
import type { DocumentModel, Token, UnitKind } from "../types.ts";
import { segment } from "./segment.ts";
import { joinSoftWraps } from "./soft-wrap.ts";
import { tokenize } from "./tokenize.ts";

/** The document model; a soft wrap (a line break inside a sentence of hard-wrapped text) has no newline token. */
export function buildDocument(text: string): DocumentModel {
  const tokens = joinSoftWraps(text, tokenize(text));
  const { sentences, paragraphs } = segment(text, tokens);
  return { text, tokens, sentences, paragraphs, perSentence: { tokens: [], clauses: [], frame: undefined } };
}

/** A unit of running text (a sentence or a list item), not a heading, salutation or closing: what counts as a sentence. */
export const isCountedUnit = (s: { kind: UnitKind }): boolean => s.kind === "sentence" || s.kind === "list-item";

/** The tokens of one sentence, without line breaks; made once per document and shared by the checks (read only). */
export function sentenceTokens(doc: DocumentModel, index: number): Token[] {
  const s = doc.sentences[index]!;
  return (doc.perSentence.tokens[index] ??= doc.tokens.slice(s.tokenStart, s.tokenEnd));
}
