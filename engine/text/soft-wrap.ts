// Hard-wrapped text (e-mail, plain-text templates, text copied from a PDF): a line break inside a sentence is a
// soft wrap and reads as a space. The text is never changed: soft-wrap newline tokens are left out of the
// document's tokens, and the tokens around them are scanned again as if the break were a space
// ("€\n850" is one amount), all with their original offsets.
import type { Token } from "../types.ts";
import { closers, closing, isContactLine, isLabelLine, salutation, skipListMarker, terminal } from "./line-kinds.ts";
import { scanTokens } from "./tokenize.ts";

/** A line from this many characters on counts as long: a long line that does not end a sentence was wrapped. */
const LONG_LINE = 45;
/** Lines shorter than this never join the next line: address blocks, signatures, short list lines. */
const SHORT_LINE = 30;

/** Words after which a phrase must go on: a line that ends in one continues on the next line. */
const continuing = new Set(
  ("de het een 't van voor aan op in met bij door naar over uit tot om te en of maar dat die dit deze als uw onze " +
    "ons jouw je mijn zijn haar hun hij zij wij we ik u er niet nog ook al binnen na tegen zonder volgens sinds " +
    "tijdens per vanaf namens heer mevrouw").split(" "),
);
const opening = new Set(["(", "[", "{", "“", "„", "‘", "«", "/", "&", "+"]);
const continuingKinds = new Set(["number", "amount", "date", "time", "placeholder"]);
const wordKinds = new Set(["word", "abbreviation", "number", "amount", "date", "time", "email", "url", "phone", "placeholder"]);

interface Line {
  /** Token indices of the line's first and last token. */
  first: number;
  last: number;
  /** From the start of the line (indentation included) to the end of its last token. */
  length: number;
  words: number;
  /** Index of the block (lines without a blank line between them) and whether the next line is in it. */
  block: number;
  firstInBlock: boolean;
  nextInBlock: boolean;
}

function linesOf(tokens: Token[]): Line[] {
  const lines: Line[] = [];
  let first = -1;
  let lineStart = 0;
  let words = 0;
  let block = 0;
  let breaks = 0; // line breaks since the last line with tokens
  const close = (last: number) => {
    if (first < 0) return;
    const previous = lines[lines.length - 1];
    lines.push({ first, last, length: tokens[last]!.end - lineStart, words, block, firstInBlock: previous?.block !== block, nextInBlock: false });
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === "newline") {
      close(k - 1);
      if (first < 0) breaks++;
      else breaks = 1;
      first = -1;
      words = 0;
      lineStart = t.end;
      continue;
    }
    if (first < 0) {
      if (breaks >= 2) block++;
      else if (lines.length > 0) lines[lines.length - 1]!.nextInBlock = true;
      first = k;
    }
    if (wordKinds.has(t.kind)) words++;
  }
  close(tokens.length - 1);
  return lines;
}

function endsSentence(tokens: Token[], line: Line): boolean {
  let k = line.last;
  while (k > line.first && tokens[k]!.kind === "punct" && closers.has(tokens[k]!.text)) k--;
  const t = tokens[k]!;
  return t.kind === "punct" && terminal.test(t.text);
}

const lineText = (text: string, tokens: Token[], line: Line) => text.slice(tokens[line.first]!.start, tokens[line.last]!.end);

/** A line that stays on its own whatever follows or precedes it. */
function standsAlone(text: string, tokens: Token[], line: Line): boolean {
  if (line.words === 0) return true; // "--", "***"
  const first = tokens[line.first]!;
  if (salutation.test(first.lower) && (tokens[line.last]!.text === "," || line.words <= 4)) return true;
  if (closing.test(lineText(text, tokens, line))) return true;
  return isLabelLine(tokens, line.first, line.last);
}

function startsLowerCase(t: Token): boolean {
  if (t.kind === "word" && /^['’][stnk]$/i.test(t.text)) return true; // 's middags
  return (t.kind === "word" || t.kind === "abbreviation") && /^\p{Ll}/u.test(t.text);
}

/** Length of the first white-space-separated word of a line: what a greedy wrap could not fit on the line before. */
function firstWordLength(text: string, start: number): number {
  let k = start;
  for (let c = text.charCodeAt(k); k < text.length && c !== 32 && c !== 9 && c !== 10 && c !== 13; c = text.charCodeAt(++k));
  return k - start;
}

/** Indices of the newline tokens that are soft wraps, in order. One pass over the tokens and the lines. */
export function softWraps(text: string, tokens: Token[]): number[] {
  const lines = linesOf(tokens);
  const widest: number[] = [];
  for (const line of lines) widest[line.block] = Math.max(widest[line.block] ?? 0, line.length);
  const soft: number[] = [];
  let signature = false; // after a closing or a "--" line only long lines of running text join
  for (let n = 0; n < lines.length; n++) {
    const a = lines[n]!;
    if (closing.test(lineText(text, tokens, a)) || (a.words === 0 && text.startsWith("--", tokens[a.first]!.start))) signature = true;
    if (!a.nextInBlock) continue;
    const b = lines[n + 1]!;
    if (isSoft(text, tokens, a, b, widest[a.block]!, n + 2 >= lines.length || !b.nextInBlock, signature)) soft.push(a.last + 1);
  }
  return soft;
}

function isSoft(text: string, tokens: Token[], a: Line, b: Line, widest: number, bIsLast: boolean, signature: boolean): boolean {
  if (endsSentence(tokens, a)) return false;
  if (a.length < (signature ? LONG_LINE : SHORT_LINE) || (signature && a.words < 6)) return false;
  if (standsAlone(text, tokens, a) || standsAlone(text, tokens, b)) return false;
  if (skipListMarker(tokens, b.first, b.last + 1) !== b.first || isContactLine(tokens, b.first)) return false;
  const end = tokens[a.last]!;
  const next = tokens[b.first]!;
  // a greedy wrap breaks a line only when the next word does not fit
  const full = a.length + 1 + firstWordLength(text, next.start) > widest;
  if (end.text === ":" || end.text === ";") {
    // a colon or semicolon at the end of a line often opens or continues a list without markers
    return startsLowerCase(next) && a.length >= LONG_LINE && full && (b.length >= LONG_LINE || (bIsLast && tokens[b.last]!.text !== ";"));
  }
  if (startsLowerCase(next)) return true;
  if (end.kind === "word" && /^\p{Ll}/u.test(end.text) && (continuingKinds.has(next.kind) || continuing.has(end.lower))) return true;
  // "€" + "850", "(" + "zie", "DATUM" + "ONDERTEKENING": the line ends inside a phrase
  if (end.kind === "symbol" || (end.kind === "punct" && opening.has(end.text))) return true;
  if (end.kind === "placeholder" && next.kind === "placeholder") return true;
  // a first line without an open end before a capital is a heading: "Besluit op uw aanvraag" + "Wij hebben …"
  if (a.firstInBlock && next.kind === "word" && /^\p{Lu}/u.test(next.text)) return false;
  return a.length >= LONG_LINE && a.words >= 5 && full;
}

/** The tokens with soft-wrap newlines left out and the tokens around each wrap scanned again across it. */
export function joinSoftWraps(text: string, tokens: Token[]): Token[] {
  const soft = softWraps(text, tokens);
  if (soft.length === 0) return tokens;
  const isSoft = new Uint8Array(tokens.length);
  const parts: string[] = [];
  let pos = 0;
  for (const k of soft) {
    const t = tokens[k]!;
    isSoft[k] = 1;
    parts.push(text.slice(pos, t.start), t.end - t.start === 1 ? " " : "  ");
    pos = t.end;
  }
  parts.push(text.slice(pos));
  const scan = parts.join("");

  const out: Token[] = [];
  let copied = 0; // old tokens before this index are in `out`
  let at = scan.indexOf("@");
  for (const k of soft) {
    if (k < copied) continue; // scanned with an earlier wrap
    // two tokens back: "J." "\n" "de" and "€" "\n" "850" are one token when the break is a space
    const from = Math.max(copied, k - 2);
    for (let j = copied; j < from; j++) out.push(tokens[j]!);
    const breakEnd = tokens[k]!.end;
    let j = k + 1;
    let synced = false;
    // scan until a new token starts where an old one did, after the same kind of token: from there on they agree
    const stop = (i: number) => {
      if (i < breakEnd) return false;
      while (j < tokens.length && tokens[j]!.start < i) j++;
      if (j >= tokens.length || tokens[j]!.start !== i || isSoft[j] || isSoft[j - 1]) return false;
      return (synced = out[out.length - 1]?.kind === tokens[j - 1]!.kind);
    };
    const start = tokens[from]!.start;
    if (at >= 0 && at < start) at = scan.indexOf("@", start);
    scanTokens(text, scan, start, out, stop, at);
    copied = synced ? j : tokens.length;
  }
  for (let j = copied; j < tokens.length; j++) out.push(tokens[j]!);
  return out;
}
