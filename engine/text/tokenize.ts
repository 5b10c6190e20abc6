// A rule-based tokenizer for Dutch letters. One left-to-right pass; every pattern is anchored (sticky)
// and bounded where it is tried at many positions, so the cost is linear in the input length.
import { wordNumber } from "./word-numbers.ts";
import type { Token, TokenKind } from "../types.ts";
import { isKnownAbbreviation, longAcronyms, monthAbbreviations } from "./abbreviations.ts";
import { charAt, codeAt } from "./chars.ts";

const L = "\\p{L}\\p{M}";
const WORD = new RegExp(`[${L}\\p{N}]+(?:['’\\-][${L}\\p{N}]+)*`, "uy");
const ELISION = new RegExp(`['’](?:s|t|n|k)(?![${L}\\p{N}])`, "iuy");
const SUSPENDED_HYPHEN = /-(?=[ \t]+(?:en|of|tot|t\/m)[ \t])/y; // "jeugd- en gezinsbescherming"
const DOTTED = new RegExp(`(?:[${L}]{1,3}\\.){2,5}`, "uy"); // i.v.m., o.b.v., N.B.
const SHORT_DOT = new RegExp(`[${L}]{1,6}\\.`, "uy"); // bijv., mevr., jan.
const INITIAL = /\p{Lu}\.(?=[ \t]*\p{L})/uy; // J. de Boer

const URL = /(?:https?:\/\/|www\.)[^\s<>"'«»]{1,2048}/iy;
// a domain without www or https: MijnOverheid.nl, rijksoverheid.nl/toeslagen
const DOMAIN = new RegExp(`[${L}\\p{N}\\-]{1,63}(?:\\.[${L}\\p{N}\\-]{1,63}){0,4}\\.(?:nl|com|org|net|eu|be|info|nu|frl|amsterdam)(?![${L}\\p{N}])(?:/[^\\s<>"'«»]{0,2048})?`, "iuy");
const EMAIL = new RegExp(`[${L}\\p{N}._%+\\-]{1,64}@[${L}\\p{N}\\-]{1,63}(?:\\.[${L}\\p{N}\\-]{1,63}){1,8}`, "uy");
const PHONE =
  /(?:\+31[ \-]?(?:\(0\)[ \-]?)?\d{1,3}[ \-]?\d{3}[ \-]?\d{2,4}[ \-]?\d{0,4}|0[1-9]\d{1,2}-\d{6,7}|06[ \-]?\d{8}|0[89]00[ \-]\d{4}(?:[ \-]?\d{3})?|0\d{9})(?!\d)/y;
// a phone number written in groups: 035 602 18 44, 06 41 27 93 50, 09 266 99 00 (Belgium), 0900 15 15
const GROUPED_PHONE = /0[1-9]\d{0,3}(?:[ \-]\d{2,4}){1,4}(?!\d)/y;
/** An account number (IBAN): "NL12 RABO 0123 4567 89", "BE68 5390 0754 7034", with or without spaces. */
const IBAN = /[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]{4}){2,7}(?:[ \u00a0]?[A-Z0-9]{1,3})?(?![A-Za-z0-9])/y;
const IBAN_HEAD = /[A-Z]{2}\d{2}[ \u00a0]?[A-Z0-9]{4}[ \u00a0]?(?:\d{4}[ \u00a0]?)?$/;
// a Dutch postcode: 2501 AD (its letters are no word: "AD" is not "ad")
const POSTCODE = /[1-9]\d{3}[ \u00a0]?[A-Z]{2}(?![\p{L}\p{N}])/uy;
const DATE = /\d{1,2}[-./]\d{1,2}[-./](?:\d{4}|\d{2})(?![\d])/y;
const TIME = /(?:[01]?\d|2[0-3])(?::[0-5]\d(?!\d)|\.[0-5]\d(?=[ \t]?(?:uur|u\b)))/y;
const AMOUNT = /(?:€|EUR)[ \t\u00a0]?\d{1,3}(?:\.\d{3}){0,5}(?:\d{0,12})(?:,(?:\d{1,2}(?!\d)|-{1,2}))?/y;
const NUMBER = /\d{1,40}(?:[.,:/\-]\d{1,40}){0,8}(?:,-)?/y;
const BRACKET_PLACEHOLDER =
  /(?:\{\{[^{}\n]{1,60}\}\}|\{[^{}\n]{1,60}\}|\[[^\[\]\n]{1,60}\]|«[^«»\n]{1,60}»|<<[^<>\n]{1,60}>>|%[\p{L}_][\p{L}\p{N}_.\-]{0,40}%|\$[\p{L}_][\p{L}\p{N}_]{0,40})/uy;
const CAPS_WORD = /\p{Lu}[\p{Lu}\p{N}_]{1,}(?![\p{Ll}])/uy;
const CAPS_RUN_GAP = /[ \t]+(?=\p{Lu}[\p{Lu}\p{N}_]+(?![\p{L}\p{N}]))/uy;
const ELLIPSIS = /\.{2,}|…/y;
const MULTI_END = /[?!]{2,3}/y;

function match(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  return re.test(text) ? re.lastIndex : -1;
}

const isUpperWord = (w: string) => /^[\p{Lu}\p{N}_]+$/u.test(w) && /\p{Lu}/u.test(w);

/** An all-caps word of four or more characters that is not a known acronym: ACHTERNAAM, DATUM. */
function isCapsPlaceholder(word: string): boolean {
  if (word.length < 4 || !isUpperWord(word)) return false;
  if (/^\d/.test(word)) return false;
  return !longAcronyms.has(word.replace(/_/g, ""));
}

/** t.toLowerCase(), but without a new string when t has no capitals (most tokens): less garbage to collect. */
function lowerCase(t: string): string {
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if ((c >= 65 && c <= 90) || c >= 128) return t.toLowerCase();
  }
  return t;
}

const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/**
 * A number with up to three letters glued on is one token: a class or house number (2B, 12A), an ordinal (3e, 1ste),
 * a unit (5km). Read apart, "klas 2B. Ik …" had an initial "B." and no sentence end.
 */
function numberWithLettersEnd(text: string, end: number): number {
  let k = end;
  while (k < text.length && k - end < 4 && isAsciiLetter(text.charCodeAt(k))) k++;
  if (k === end || k - end > 3) return end;
  const after = codeAt(text, k);
  return after >= 48 && after <= 57 ? end : isLetterAt(text, after, k) ? end : k;
}

/**
 * A word broken at the end of a line, as text copied from a PDF has it ("genood-" / "zaakt"): where the rest of the
 * word starts on the next line, or -1. Not before "en", "of", "tot" ("jeugd-" / "en gezinsbescherming"), not
 * before a capital ("Noord-" / "Holland" keeps its hyphen as two words).
 */
function brokenWordRest(text: string, hyphenAt: number): number {
  let k = hyphenAt + 1;
  if (codeAt(text, k) === 13) k++;
  if (codeAt(text, k) !== 10) return -1;
  k++;
  while (codeAt(text, k) === 32 || codeAt(text, k) === 9) k++;
  const c = codeAt(text, k);
  if (!(c >= 97 && c <= 122) && !(c >= 128 && /\p{Ll}/u.test(text[k] ?? ""))) return -1;
  const rest = text.slice(k, k + 4);
  return /^(?:en|of|tot)(?![\p{L}\p{N}])/u.test(rest) ? -1 : k;
}

/** A word token broken over two lines ("genood-\nzaakt", see brokenWordRest): the only kind with a line break in it. */
export const isBrokenOverLines = (t: Token): boolean => t.text.includes("\n");

/** The two halves of a broken word as one: the hyphen goes, unless it belongs there (e-mail, zee-egel). */
function joinBrokenWord(first: string, second: string): string {
  const last = first.at(-1) ?? "";
  const keep = first.length === 1 || ("aeiou".includes(last) && last === second[0]);
  return keep ? `${first}-${second}` : first + second;
}

const isAsciiAlnum = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/**
 * End of the word that starts at i: letters and digits, joined by inner ' ’ or - (zo'n, e-mail).
 * Plain ASCII is scanned by hand, which is several times faster than the Unicode-aware WORD pattern;
 * as soon as a non-ASCII character is near, WORD decides.
 */
function wordEndAt(text: string, i: number): number {
  let k = i;
  for (;;) {
    let c = codeAt(text, k);
    while (isAsciiAlnum(c)) c = codeAt(text, ++k);
    if (c >= 128 && c !== 0x2019) return match(WORD, text, i);
    if ((c === 39 || c === 0x2019 || c === 45) && k > i) {
      const next = codeAt(text, k + 1);
      if (isAsciiAlnum(next)) {
        k++;
        continue;
      }
      if (next >= 128) return match(WORD, text, i);
    }
    return k;
  }
}

/** Could a URL start here (http… or www.)? A cheap test before the URL pattern. */
function looksLikeUrlStart(text: string, i: number, c: number): boolean {
  if (c === 104 || c === 72) return (codeAt(text, i + 1) | 32) === 116 && (codeAt(text, i + 2) | 32) === 116 && (codeAt(text, i + 3) | 32) === 112;
  if (c === 119 || c === 87) return (codeAt(text, i + 1) | 32) === 119 && (codeAt(text, i + 2) | 32) === 119 && codeAt(text, i + 3) === 46;
  return false;
}

/** Is the character c (UTF-16 unit, -1 for none) at i a letter? ASCII without a regular expression, the rest with \p{L}. */
function isLetterAt(text: string, c: number, i: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /\p{L}/u.test(text[i]!);
}

/**
 * End of a phone number in groups that starts at i, or -1: 9 or 10 digits (8 for 0800 and 0900), so that
 * a run of other numbers ("0006 2210 45" in an account number) is not taken for one.
 */
function groupedPhoneEnd(text: string, i: number): number {
  if (IBAN_HEAD.test(text.slice(Math.max(0, i - 16), i))) return -1; // "NL12 RABO 0123 4567 89" is an account number
  let end = match(GROUPED_PHONE, text, i);
  while (end > 0) {
    const digits = text.slice(i, end).replace(/\D/g, "").length;
    const service = /^0[89]00/.test(text.slice(i, i + 4));
    if (digits === 10 || digits === 9 || (service && digits === 8)) return end;
    if (digits < 9) return -1;
    const cut = Math.max(text.lastIndexOf(" ", end - 1), text.lastIndexOf("-", end - 1)); // drop the last group
    end = cut > i ? cut : -1;
  }
  return -1;
}

const isCompanyForm = (letters: string) => letters === "BV" || letters === "NV" || letters === "CV";

const openingChars = new Set(["(", "[", "{", "\"", "“", "„", "‘", "«", "'"]);

const isUpperCase = (ch: string) => ch !== ch.toLowerCase();

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  scanTokens(text, text, 0, tokens);
  return tokens;
}

/**
 * Appends the tokens of `scan` from offset `from` to `tokens`, until the end or until `stop(i)` says so at a
 * point between tokens. `scan` has the length of `source` and differs only in white space (a soft line wrap
 * read as a space), so every token keeps its offsets and its text is the source's.
 */
export function scanTokens(
  source: string,
  scan: string,
  from: number,
  tokens: Token[],
  stop?: (i: number) => boolean,
  firstAt = scan.indexOf("@", from), // the first @ at or after `from` (-1: none); an e-mail address is only tried when an @ is near
): void {
  const text = scan;
  const n = text.length;
  let i = from;
  const push = (kind: TokenKind, start: number, end: number) => {
    const t = source.slice(start, end);
    const lower = lowerCase(t);
    tokens.push({ kind, start, end, text: t, lower, word: wordNumber(lower) });
    i = end;
  };
  const prevKind = () => (tokens.length > 0 ? tokens[tokens.length - 1]!.kind : undefined);
  let nextAt = firstAt;

  while (i < n) {
    if (stop !== undefined && stop(i)) return;
    // the unit as a number: a one-letter string per token (and one more kind of string where a text has "’" or
    // "€") cost the optimised tokenizer a recompile; the string itself only where a character class is tested
    const c = text.charCodeAt(i);
    // white space
    if (c === 10 || c === 13) {
      const end = c === 13 && codeAt(text, i + 1) === 10 ? i + 2 : i + 1;
      push("newline", i, end);
      continue;
    }
    if (c <= 32 || (c >= 0x80 && (c === 0x200b || /\s/.test(text[i]!)))) {
      i++;
      continue;
    }
    let end: number;
    // placeholders in brackets: {naam}, {{naam}}, [datum], «veld», <<veld>>, %naam%, $NAAM
    if (c === 123 /* { */ || c === 91 /* [ */ || c === 0xab /* « */ || c === 60 /* < */ || c === 37 /* % */ || c === 36 /* $ */) {
      if ((end = match(BRACKET_PLACEHOLDER, text, i)) > 0) {
        push("placeholder", i, end);
        continue;
      }
    }
    if (c === 0x20ac /* € */ || (c === 69 /* E */ && text.startsWith("EUR", i))) {
      if ((end = match(AMOUNT, text, i)) > 0) {
        push("amount", i, end);
        continue;
      }
    }
    if (c >= 48 && c <= 57) {
      if ((end = match(PHONE, text, i)) > 0) { push("phone", i, end); continue; }
      if (c === 48 && (end = groupedPhoneEnd(text, i)) > 0) { push("phone", i, end); continue; }
      if ((end = match(POSTCODE, text, i)) > 0 && !isCompanyForm(text.slice(end - 2, end))) { push("number", i, end); continue; }
      if ((end = match(DATE, text, i)) > 0) { push("date", i, end); continue; }
      if ((end = match(TIME, text, i)) > 0) { push("time", i, end); continue; }
    }
    if (c === 43 /* + */ && (end = match(PHONE, text, i)) > 0) { push("phone", i, end); continue; }
    if (looksLikeUrlStart(text, i, c) && (end = match(URL, text, i)) > 0) {
      while (end > i && /[.,;:!?)\]'"’”]/.test(text[end - 1]!)) end--;
      push("url", i, end);
      continue;
    }
    if (nextAt >= 0 && nextAt < i) nextAt = text.indexOf("@", i);
    if (nextAt >= 0 && nextAt - i <= 64 && (isLetterAt(text, c, i) || (c >= 48 && c <= 57))) {
      if ((end = match(EMAIL, text, i)) > 0) {
        while (end > i && text[end - 1] === ".") end--;
        push("email", i, end);
        continue;
      }
    }
    if (c >= 48 && c <= 57) {
      end = numberWithLettersEnd(text, match(NUMBER, text, i));
      push("number", i, end);
      continue;
    }
    if (isLetterAt(text, c, i)) {
      const wordEnd = wordEndAt(text, i);
      if (codeAt(text, wordEnd) === 46 && isLetterAt(text, codeAt(text, wordEnd + 1), wordEnd + 1) && (end = match(DOMAIN, text, i)) > 0) {
        while (end > i && /[.,;:!?)\]'"’”]/.test(text[end - 1]!)) end--;
        push("url", i, end);
        continue;
      }
      // abbreviations: dotted forms (i.v.m.) always; short ones (bijv.) when known; initials (J. de Boer)
      if (codeAt(text, wordEnd) === 46 /* . */ || codeAt(text, i + 1) === 46) {
        if ((end = match(DOTTED, text, i)) > 0) { push("abbreviation", i, end); continue; }
        end = match(SHORT_DOT, text, i);
        if (end > 0) {
          const lower = text.slice(i, end).toLowerCase();
          const nextIsLetter = /[\p{L}\p{N}]/u.test(charAt(text, end));
          if (isKnownAbbreviation(lower) && !nextIsLetter && (!monthAbbreviations.has(lower) || prevKind() === "number" || /^[ \t]*\d/.test(text.slice(end, end + 3)))) {
            push("abbreviation", i, end);
            continue;
          }
        }
        if ((end = match(INITIAL, text, i)) > 0) { push("abbreviation", i, end); continue; }
      }
      if (c < 128 ? c >= 65 && c <= 90 : isUpperCase(text[i]!)) {
        // an account number is one number (it was read as a placeholder "NL12 RABO" and loose numbers)
        if (c < 128 && (end = match(IBAN, text, i)) > 0 && /\d/.test(text.slice(i + 4, end))) {
          push("number", i, end);
          continue;
        }
        if ((end = match(CAPS_WORD, text, i)) > 0 && isCapsPlaceholder(text.slice(i, end))) {
          // a run of capitalised words is one placeholder: DATUM ONDERTEKENING
          let runEnd = end;
          for (;;) {
            const gapEnd = match(CAPS_RUN_GAP, text, runEnd);
            if (gapEnd < 0) break;
            const nextEnd = match(CAPS_WORD, text, gapEnd);
            if (nextEnd < 0 || nextEnd - gapEnd < 2) break;
            runEnd = nextEnd;
          }
          push("placeholder", i, runEnd);
          continue;
        }
      }
      const hyphenEnd = codeAt(text, wordEnd) === 45 ? match(SUSPENDED_HYPHEN, text, wordEnd) : -1;
      const nextPart = hyphenEnd < 0 && codeAt(text, wordEnd) === 45 ? brokenWordRest(text, wordEnd) : -1;
      if (nextPart >= 0) {
        // "genood-\nzaakt": one word broken over two lines; its text keeps the break, its lower-case form does not
        const end = wordEndAt(text, nextPart);
        const lower = joinBrokenWord(lowerCase(source.slice(i, wordEnd)), lowerCase(source.slice(nextPart, end)));
        tokens.push({ kind: "word", start: i, end, text: source.slice(i, end), lower, word: wordNumber(lower) });
        i = end;
        continue;
      }
      push("word", i, hyphenEnd > 0 ? hyphenEnd : wordEnd);
      continue;
    }
    // elisions: 's middags, 't beste
    if ((c === 39 /* ' */ || c === 0x2019 /* ’ */) && (end = match(ELISION, text, i)) > 0) {
      const before = charAt(text, i - 1);
      if (before === "" || !/[\p{L}\p{N}]/u.test(before)) {
        push("word", i, end);
        continue;
      }
    }
    if (c === 46 /* . */ || c === 0x2026 /* … */) {
      if ((end = match(ELLIPSIS, text, i)) > 0) { push("punct", i, end); continue; }
    }
    if (c === 63 /* ? */ || c === 33 /* ! */) {
      if ((end = match(MULTI_END, text, i)) > 0) { push("punct", i, end); continue; }
    }
    const ch = text[i]!;
    if (/[\p{P}]/u.test(ch) || openingChars.has(ch)) {
      push("punct", i, i + 1);
      continue;
    }
    // anything else: one code point
    const cp = text.codePointAt(i)!;
    push("symbol", i, i + (cp > 0xffff ? 2 : 1));
  }
}
