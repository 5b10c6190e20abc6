// The report contract (shared/docs/brief.md §3) and Helder's document model.
// Every offset is a UTF-16 code-unit index into the exact input string.

export type Severity = "error" | "warning" | "info";

export interface Suggestion {
  /** Replaces the finding's span unless start/end are given. */
  replacement: string;
  /** A wider span, e.g. the whole sentence for a rewrite. */
  start?: number;
  end?: number;
  /** True only if one-click replacement leaves correct Dutch. */
  safe: boolean;
  note?: string;
}

export interface Finding {
  /** Stable id, e.g. "lexicon/voornoemd", "sentence-length", "passive". */
  id: string;
  /** Check family: "lexicon", "pattern", "sentence-length", "passive", … */
  rule: string;
  category?: string;
  severity: Severity;
  start: number;
  end: number;
  /** Always text.slice(start, end). */
  text: string;
  /** B1 Dutch: why, and what to do. */
  message: string;
  suggestions: Suggestion[];
}

export interface SentenceSpan {
  start: number;
  end: number;
  words: number;
  /** How hard the sentence is: 1 = fine, 2 = could be simpler, 3 = hard, 4 = very hard (engine/level.ts). */
  class?: 1 | 2 | 3 | 4;
}

export interface ReportMetrics {
  characters: number;
  words: number;
  sentences: number;
  paragraphs: number;
  averageSentenceLength: number;
  longSentences: number;
  passiveSentences: number;
  placeholders: number;
}

export interface CheckReport {
  version: 1;
  metrics: ReportMetrics;
  sentences: SentenceSpan[];
  findings: Finding[];
}

// ---------------------------------------------------------------- document model

export type TokenKind =
  | "word" // letters, with inner hyphens and apostrophes: zo'n, e-mail, Noord-Hollandse
  | "abbreviation" // d.d., o.a., mr., bijv.
  | "number" // 30, 2,5, 3.1, 2024-0158
  | "amount" // € 2.550, € 850,-, 850 euro is number + word
  | "date" // 1-2-2024, 12.03.2024
  | "time" // 12.00, 20:00
  | "email"
  | "url"
  | "phone" // 030-1234567, 06 12345678
  | "placeholder" // ACHTERNAAM, DATUM ONDERTEKENING, {naam}, [datum], «veld», $NAAM, %naam%
  | "punct" // . , ; : ! ? … ( ) " ' - –
  | "symbol" // anything else that is not white space
  | "newline"; // a line break (one token per break; "\n\n" is two)

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  text: string;
  /** Lower-cased text, for matching. */
  lower: string;
  /** The number of `lower` (engine/text/word-numbers.ts), for what checks know about a word. */
  word: number;
}

export type UnitKind = "sentence" | "heading" | "salutation" | "closing" | "list-item";

export interface Sentence {
  start: number;
  end: number;
  kind: UnitKind;
  /** Index range into DocumentModel.tokens: [tokenStart, tokenEnd). No newline tokens inside. */
  tokenStart: number;
  tokenEnd: number;
  /** Words as the length check counts them: word, abbreviation, number, amount, date, time, placeholder … tokens. */
  words: number;
  paragraph: number;
}

export interface Paragraph {
  start: number;
  end: number;
  /** Index range into DocumentModel.sentences. */
  sentenceStart: number;
  sentenceEnd: number;
}

export interface DocumentModel {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  paragraphs: Paragraph[];
  /**
   * Per sentence, what several checks read: its tokens without line breaks (sentenceTokens), its clauses
   * (sentenceClauses) and whether it is part of the letter's frame (letterFrame). Filled when first asked, then
   * shared, so read only.
   */
  perSentence: { tokens: Token[][]; clauses: number[][][]; frame: Uint8Array | undefined };
}

// ---------------------------------------------------------------- checks

export interface CheckOptions {
  /** Sentence length (in words) from which a sentence gets a warning. Default 21 (over 20). */
  sentenceWarnWords: number;
  /** Sentence length (in words) from which a sentence gets an error. Default 26 (over 25). */
  sentenceErrorWords: number;
  /** Finding ids (or id prefixes ending in "/") to leave out. */
  disable: string[];
}

export const defaultCheckOptions: CheckOptions = {
  sentenceWarnWords: 21,
  sentenceErrorWords: 26,
  disable: [],
};

/** A check reads the document model and returns findings; it does no I/O. */
export interface Check {
  /** Check family, used as Finding.rule. */
  rule: string;
  run(doc: DocumentModel, options: CheckOptions): Finding[];
}
