// Splits tokens into sentence units and paragraphs.
// Conventions (shared/fixtures/sentences-dev.json): a line break ends a unit, a colon never does, and an
// abbreviation that ends a sentence ends it ("z.s.m. Doet u" is two units). A soft wrap inside a sentence
// (soft-wrap.ts) is not a line break: buildDocument leaves its newline token out.
import type { Paragraph, Sentence, Token, UnitKind } from "../types.ts";
import { mayFinalAbbreviations, monthAbbreviations } from "./abbreviations.ts";
import { closers, closing, salutation, skipListMarker, terminal } from "./line-kinds.ts";

/** A company form with dots ("Zuidwest B.V. Zet …") ends a sentence before a capital, like "enz.". */
const COMPANY_FORM = /^(?:B\.V\.|N\.V\.|C\.V\.|V\.O\.F\.)$/;

const countsAsWord = new Set(["word", "abbreviation", "number", "amount", "date", "time", "email", "url", "phone", "placeholder"]);

/** Does the token start something that may begin a new sentence? */
function startsSentence(t: Token | undefined): boolean {
  if (!t) return true;
  if (t.kind === "newline" || t.kind === "placeholder" || t.kind === "number" || t.kind === "amount" || t.kind === "date" || t.kind === "time") return true;
  if (t.kind === "punct") return ["(", "\"", "“", "„", "‘", "'", "«", "[", "•", "-", "–"].includes(t.text);
  const first = t.text.codePointAt(0)!;
  const ch = String.fromCodePoint(first);
  if (t.kind === "word" && (t.lower === "'s" || t.lower === "'t" || t.lower === "’s" || t.lower === "’t")) return true;
  return ch !== ch.toLowerCase() || /\p{N}/u.test(ch);
}

function unitKind(tokens: Token[], from: number, to: number, isListItem: boolean, text: string): UnitKind {
  if (isListItem) return "list-item";
  const first = tokens[from]!;
  const last = tokens[to - 1]!;
  const line = text.slice(first.start, last.end);
  if (closing.test(line)) return "closing";
  if (salutation.test(first.lower) && (last.text === "," || last.kind !== "punct")) return "salutation";
  // a letterhead line may end in a company form: "Van der Heijden & Partners B.V."
  if (last.kind !== "punct" && to - from <= 8 && (!/[.!?]$/.test(line) || COMPANY_FORM.test(last.text))) return "heading";
  return "sentence";
}

export function segment(text: string, tokens: Token[]): { sentences: Sentence[]; paragraphs: Paragraph[] } {
  const sentences: Sentence[] = [];
  const paragraphs: Paragraph[] = [];
  let paragraphStart = 0; // index into sentences
  let blankLines = 0;

  const closeParagraph = () => {
    if (sentences.length > paragraphStart) {
      paragraphs.push({
        start: sentences[paragraphStart]!.start,
        end: sentences[sentences.length - 1]!.end,
        sentenceStart: paragraphStart,
        sentenceEnd: sentences.length,
      });
      paragraphStart = sentences.length;
    }
  };

  let unitStart = -1; // token index where the current unit starts
  let listItem = false;
  const closeUnit = (endToken: number) => {
    if (unitStart < 0 || endToken <= unitStart) return;
    let words = 0;
    for (let k = unitStart; k < endToken; k++) if (countsAsWord.has(tokens[k]!.kind)) words++;
    sentences.push({
      start: tokens[unitStart]!.start,
      end: tokens[endToken - 1]!.end,
      kind: unitKind(tokens, unitStart, endToken, listItem, text),
      tokenStart: unitStart,
      tokenEnd: endToken,
      words,
      paragraph: paragraphs.length,
    });
    unitStart = -1;
    listItem = false;
  };

  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === "newline") {
      closeUnit(k);
      blankLines++;
      if (blankLines >= 2) closeParagraph();
      continue;
    }
    if (unitStart < 0) {
      // a new unit; a line that starts after a line break may start with a list marker
      const atLineStart = k === 0 || tokens[k - 1]!.kind === "newline";
      unitStart = k;
      if (atLineStart) {
        const after = skipListMarker(tokens, k, tokens.length);
        if (after !== k) {
          listItem = true;
          k = after - 1;
          blankLines = 0;
          continue;
        }
      }
    }
    blankLines = 0;

    let ends = false;
    if (t.kind === "punct" && terminal.test(t.text)) {
      ends = true;
    } else if (t.kind === "abbreviation") {
      const lower = t.lower;
      const next = tokens[k + 1];
      const canEnd = mayFinalAbbreviations.has(lower) || monthAbbreviations.has(lower) || COMPANY_FORM.test(t.text);
      ends = canEnd && next !== undefined && next.kind !== "newline" && next.kind !== "number" && startsSentence(next) && next.start > t.end;
      if (ends) {
        closeUnit(k + 1);
        continue;
      }
    }
    if (!ends) continue;
    // take closing quotes and brackets along: ."  ?”  .)
    let last = k;
    while (tokens[last + 1] && tokens[last + 1]!.kind === "punct" && (closers.has(tokens[last + 1]!.text) || terminal.test(tokens[last + 1]!.text)) && tokens[last + 1]!.start === tokens[last]!.end) last++;
    const next = tokens[last + 1];
    const spaced = next === undefined || next.start > tokens[last]!.end;
    if (spaced && startsSentence(next)) {
      closeUnit(last + 1);
      k = last;
    }
  }
  closeUnit(tokens.length);
  closeParagraph();
  return { sentences, paragraphs };
}
