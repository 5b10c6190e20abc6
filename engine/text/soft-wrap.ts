// Hard-wrapped text (e-mail, plain-text templates, text copied from a PDF): a line break inside a sentence is a
// soft wrap and reads as a space. The text is never changed: soft-wrap newline tokens are left out of the
// document's tokens, and the tokens around them are scanned again as if the break were a space
// ("€\n850" is one amount), all with their original offsets.
import type { Token } from "../types.ts";
import { codeAt } from "./chars.ts";
import { closers, closing, isContactLine, isLabelLine, salutation, skipListMarker, terminal } from "./line-kinds.ts";
import { isBrokenOverLines, scanTokens } from "./tokenize.ts";

/** A line from this many characters on counts as long: a long line that does not end a sentence was wrapped. */
const LONG_LINE = 45;
/** Lines shorter than this never join the next line: address blocks, signatures, short list lines. */
const SHORT_LINE = 30;

/** Words after which a phrase must go on: a line that ends in one continues on the next line. */
const continuing = new Set(
  ("de het een 't van voor aan op in met bij door naar over uit tot om te en of maar dat die dit deze als uw onze " +
    "ons jouw je mijn zijn haar hun hij zij wij we ik u er niet nog ook al binnen na tegen zonder volgens sinds " +
    "tijdens per vanaf namens via zoals tussen onder boven naast rond omtrent inzake ter ten wegens vanwege " +
    "conform heer mevrouw").split(" "),
);
const opening = new Set(["(", "[", "{", "“", "„", "‘", "«", "/", "&", "+"]);
const continuingKinds = new Set(["number", "amount", "date", "time", "placeholder"]);

interface Line {
  /** Token indices of the line's first and last token. */
  first: number;
  last: number;
  /** From the start of the line (indentation included) to the end of its last token. */
  length: number;
  words: number;
  /** Index of the block (lines without a blank line between them) and whether the next line is in it. */
  block: number;
  nextInBlock: boolean;
}

function linesOf(tokens: Token[]): Line[] {
  const lines: Line[] = [];
  let first = -1;
  let lineStart = 0;
  let words = 0;
  let block = 0;
  let breaks = 0; // line breaks since the last line with tokens
  // a word broken at a line end ("kennisge-\nving") is one token over two lines of the text: the line is measured as
  // its longest part, or one broken word makes its block look wider than it is and no other line in it looks full
  let longestPart = 0;
  const close = (last: number) => {
    if (first < 0) return;
    lines.push({ first, last, length: Math.max(longestPart, tokens[last]!.end - lineStart), words, block, nextInBlock: false });
    longestPart = 0;
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
    if (t.kind !== "punct" && t.kind !== "symbol") words++;
    if (isBrokenOverLines(t)) {
      longestPart = Math.max(longestPart, t.start + t.text.indexOf("\n") - lineStart);
      lineStart = t.start + t.text.lastIndexOf("\n") + 1;
    }
  }
  close(tokens.length - 1);
  return lines;
}

function endsSentence(tokens: Token[], line: Line): boolean {
  let k = line.last;
  while (k > line.first && tokens[k]!.kind === "punct" && closers.has(tokens[k]!.text)) k--;
  const t = tokens[k]!;
  if (!(t.kind === "punct" && terminal.test(t.text))) return false;
  // "mevrouw S." + "de Wit": an initial before a line break is read as a word and a full stop
  const before = tokens[k - 1];
  return !(t.text === "." && k === line.last && before && k - 1 >= line.first && before.end === t.start && /^\p{Lu}$/u.test(before.text));
}

const closingStarts = new Set(["met", "een", "vriendelijke", "hartelijke", "warme", "lieve", "veel", "beleefde", "collegiale", "oprechte", "groet", "groeten", "hoogachting", "hoogachtend", "groetjes", "liefs"]);

function isClosing(text: string, tokens: Token[], line: Line): boolean {
  return closingStarts.has(tokens[line.first]!.lower) && closing.test(text.slice(tokens[line.first]!.start, tokens[line.last]!.end));
}

function isSalutation(tokens: Token[], line: Line): boolean {
  return salutation.test(tokens[line.first]!.lower) && (tokens[line.last]!.text === "," || line.words <= 4);
}

/** "Kenmerk: …", "ons kenmerk: …", "E-mail: …": up to three words and a colon open the line. */
function looksLikeLabel(tokens: Token[], line: Line): boolean {
  for (let k = line.first; k <= Math.min(line.last, line.first + 3); k++) {
    const t = tokens[k]!;
    if (t.kind === "punct" && t.text === ":") return k > line.first;
    if (t.kind !== "word") return false;
  }
  return false;
}

const isDash = (t: Token) => t.kind === "punct" && (t.text === "-" || t.text === "–");
const numberLike = new Set(["number", "phone", "amount"]);

function startsLowerCase(t: Token): boolean {
  if (t.kind === "word" && /^['’][stnk]$/i.test(t.text)) return true; // 's middags
  return (t.kind === "word" || t.kind === "abbreviation") && /^\p{Ll}/u.test(t.text);
}

/** Length of the first white-space-separated word of a line: what a greedy wrap could not fit on the line before. */
function firstWordLength(text: string, start: number): number {
  let k = start;
  for (let c = codeAt(text, k); c !== -1 && c !== 32 && c !== 9 && c !== 10 && c !== 13; c = codeAt(text, ++k));
  return k - start;
}

/** Indices of the newline tokens that are soft wraps, in order. One pass over the tokens and the lines. */
export function softWraps(text: string, tokens: Token[]): number[] {
  const lines = linesOf(tokens);
  const widest: number[] = [];
  const hasSentence: boolean[] = [];
  for (const line of lines) {
    widest[line.block] = Math.max(widest[line.block] ?? 0, line.length);
    if (endsSentence(tokens, line)) hasSentence[line.block] = true;
  }
  const soft: number[] = [];
  let signature = false; // after a closing or a "--" line only long lines of running text join
  for (let n = 0; n < lines.length; n++) {
    const a = lines[n]!;
    if (isClosing(text, tokens, a) || (a.words === 0 && text.startsWith("--", tokens[a.first]!.start))) signature = true;
    if (!a.nextInBlock) continue;
    const b = lines[n + 1]!;
    if (isSoft(text, tokens, a, b, widest[a.block]!, hasSentence[a.block] === true, n + 2 >= lines.length || !b.nextInBlock, signature)) soft.push(a.last + 1);
  }
  return soft;
}

function isSoft(text: string, tokens: Token[], a: Line, b: Line, widest: number, blockHasSentence: boolean, bIsLast: boolean, signature: boolean): boolean {
  if (endsSentence(tokens, a)) return false;
  if (a.length < (signature ? LONG_LINE : SHORT_LINE) || (signature && a.words < 6)) return false;
  const end = tokens[a.last]!;
  const next = tokens[b.first]!;
  // a greedy wrap breaks a line only where the next word does not fit
  const full = a.length + 1 + firstWordLength(text, next.start) > widest;
  const wrapped = full && a.length >= LONG_LINE && a.words >= 5;
  const asksMore = end.kind === "word" && continuing.has(end.lower); // "van" + …, "naar" + …, "Thuiszorg De" + "Linde"
  if (isSalutation(tokens, b) || isClosing(text, tokens, b) || b.words === 0) return false;
  if (looksLikeLabel(tokens, b) && !wrapped) return false; // "Kenmerk: …", "ons kenmerk: …"
  if (isSalutation(tokens, a) || isClosing(text, tokens, a) || a.words === 0) return false;
  // "Betreft: … inzake Noah en" + "Mila Koning": a wrapped label line
  if (isLabelLine(tokens, a.first, a.last)) return full && a.length >= LONG_LINE && !looksLikeLabel(tokens, b);
  if (skipListMarker(tokens, b.first, b.last + 1) !== b.first && !(wrapped && isDash(next) && numberLike.has(end.kind))) return false; // "0575" + "- 51 23 40"
  // contact details stay on their own lines, unless the line before asks for them: "mail naar" + "info@…"
  if (isContactLine(tokens, b.first) && !asksMore) return false;
  if (end.text === ":" || end.text === ";") {
    // a colon or semicolon at the end of a line often opens or continues a list without markers
    return wrapped && (b.length >= LONG_LINE || (bIsLast && endsSentence(tokens, b)));
  }
  if (signature && end.text === ",") return false; // "van Oosterkerk," + "namens dezen,"
  if (startsLowerCase(next)) return true;
  // in a block of short lines only lower case goes on, or a sentence that ends there: an address block
  // ("Aan de ouders van" + "Daan Bakker") stays apart, "Bel of mail naar" + "info@gemeente.nl." does not
  if (widest < LONG_LINE) return asksMore && endsSentence(tokens, b);
  if (asksMore || (end.kind === "word" && /^\p{Ll}/u.test(end.text) && continuingKinds.has(next.kind))) return true; // "van" + "€ 850"
  // "€" + "850", "(" + "zie", "DATUM" + "ONDERTEKENING": the line ends inside a phrase
  if (end.kind === "symbol" || (end.kind === "punct" && opening.has(end.text))) return true;
  if (end.kind === "placeholder" && next.kind === "placeholder" && /^\p{Lu}/u.test(end.text) && wrapped) return true;
  // a block in which no line ends a sentence is an address block or a signature: "… (RMC)" + "Postbus 50"
  return wrapped && blockHasSentence;
}

const openers = new Set(["{", "[", "«", "<"]);
const bracketClosers = new Set(["}", "]", "»", ">"]);

/** An open bracket on the line before break k that a placeholder may close after it: "{{uiterste" + "betaaldatum}}". */
function openBracketBefore(tokens: Token[], k: number): number {
  const breakAt = tokens[k]!.start;
  let found = -1;
  for (let j = k - 1; j >= 0 && breakAt - tokens[j]!.start <= 62; j--) {
    const t = tokens[j]!;
    if (t.kind === "newline" || (t.kind === "punct" && bracketClosers.has(t.text))) break;
    if (t.kind === "punct" && openers.has(t.text)) found = j;
    else if (found >= 0) break;
  }
  return found;
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
    const before = tokens[k - 1]!;
    const opener = openBracketBefore(tokens, k);
    if (opener < 0 && ((before.kind === "word" && before.text !== "EUR") || before.kind === "abbreviation")) {
      // a word or abbreviation never reaches over a space: only the line break goes
      for (let j = copied; j < k; j++) out.push(tokens[j]!);
      copied = k + 1;
      continue;
    }
    // "€" + "850", "15.30" + "uur", "DATUM" + "ONDERTEKENING" are one token when the break is a space; so are
    // "J" "." + "de" (an initial) and "jan" "." + "2024" (a month): scan again from the token before the break,
    // or from two tokens before it after punctuation
    const from = Math.max(copied, opener >= 0 ? opener : before.kind === "punct" ? k - 2 : k - 1);
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
