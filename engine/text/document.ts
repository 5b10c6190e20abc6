// text → document model: tokens, sentence units and paragraphs, all with UTF-16 offsets into the input.
import type { DocumentModel } from "../types.ts";
import { segment } from "./segment.ts";
import { tokenize } from "./tokenize.ts";

export function buildDocument(text: string): DocumentModel {
  const tokens = tokenize(text);
  const { sentences, paragraphs } = segment(text, tokens);
  return { text, tokens, sentences, paragraphs };
}

/** The tokens of one sentence, without line breaks. */
export function sentenceTokens(doc: DocumentModel, index: number) {
  const s = doc.sentences[index]!;
  return doc.tokens.slice(s.tokenStart, s.tokenEnd);
}
