// Rule "abbreviation": shortened words (o.a., i.v.m., bijv.) and acronyms (OTS, GI, UWV) that the text
// does not explain. Only the first use of each gets a finding. Shortened words are always avoidable
// (warning); an acronym may stay once it is explained, as in "ondertoezichtstelling (OTS)" (info).
import type { Check, CheckOptions, DocumentModel, Finding, Severity, Suggestion, Token } from "../types.ts";
import { sentenceTokens } from "../text/document.ts";
import { ByWordNumber } from "../text/word-numbers.ts";
import { definesTerm, describesTerm, explainsPrevious, isWhatIsQuestion, nextInParagraph } from "./explanations.ts";
import { letterFrame } from "./letter-frame.ts";
import { abbreviations, acronyms, everydayAcronyms, titles, type AbbreviationEntry, type AcronymEntry } from "./data/abbreviations.ts";

const CATEGORY = "afkorting";
const ACRONYM_SHAPE = /^\p{Lu}{2,5}$/u;
const ROMAN = /^[IVXLC]+$/;
const INITIALS = /^(?:\p{Lu}\.)+$/u;
const SINGLE_LETTER = /^\p{L}\.$/u;
const POSSESSIVE = /['’]s$/u;
// Little words that a heading in capitals contains ("WAT GEBEURT ER NU?"); in capitals they are no acronym.
const CAPS_FUNCTION_WORDS = new Set([
  "de", "het", "een", "en", "of", "in", "op", "om", "te", "aan", "van", "met", "voor", "bij", "tot", "na", "uit",
  "wat", "wie", "hoe", "nu", "er", "is", "ik", "je", "jij", "u", "uw", "we", "wij", "ze", "zij", "hij", "ons",
  "dat", "die", "dit", "als", "ook", "nog", "al", "wel", "niet", "geen", "dan", "zo", "ja", "nee", "mag", "kan",
]);
// Words that may sit between a written-out form and its acronym: "de Gecertificeerde Instelling, de GI".
const LINKING_WORDS = new Set(["de", "het", "een"]);
// Words an acronym's letters may skip or use: Raad voor de Kinderbescherming → RvdK.
const SMALL_WORDS = new Set(["van", "voor", "de", "der", "het", "en", "in", "op", "te", "'t", "den"]);
const MAX_LOOKBACK_WORDS = 12;

const entryByForm = new Map<string, AbbreviationEntry>();
for (const e of abbreviations) for (const f of e.forms) entryByForm.set(f, e);
const entryByNumber = new ByWordNumber<AbbreviationEntry | null>();
/** The abbreviation entry of a token's lower-case form, by its word number (most tokens have none). */
function entryOf(t: Token): AbbreviationEntry | undefined {
  let entry = entryByNumber.get(t.word);
  if (entry === undefined) entryByNumber.set(t.word, (entry = entryByForm.get(t.lower) ?? null));
  return entry ?? undefined;
}
const acronymByForm = new Map<string, AcronymEntry>();
for (const e of acronyms) for (const f of e.forms) acronymByForm.set(f, e);

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const startsUpper = (s: string) => s.charAt(0) !== s.charAt(0).toLowerCase();

function abbreviationFinding(doc: DocumentModel, token: Token, entry: AbbreviationEntry | undefined, endsSentence: boolean): Finding {
  const base = { rule: "abbreviation", category: CATEGORY, start: token.start, end: token.end, text: token.text };
  if (!entry) {
    return {
      ...base,
      id: "abbreviation/other",
      severity: "warning",
      message: "Schrijf geen afkortingen. Niet iedereen weet wat ze betekenen. Schrijf de woorden helemaal uit.",
      suggestions: [],
    };
  }
  const severity: Severity = entry.severity ?? "warning";
  const id = `abbreviation/${entry.forms[0]}`;
  if (entry.forms[0] === "p.s.") {
    return { ...base, id, severity, message: "Zet wat belangrijk is in de brief zelf, niet in een P.S. onderaan.", suggestions: [] };
  }
  const replacementBase = entry.replacement ?? entry.full;
  let replacement = startsUpper(token.text) ? capitalize(replacementBase) : replacementBase;
  // "enz." at the end of a sentence is also its full stop
  if (endsSentence && !/[.:!?]$/.test(replacement)) replacement += ".";
  const message =
    replacementBase === entry.full
      ? `Schrijf geen afkortingen. Schrijf '${entry.full}'.`
      : `Schrijf geen afkortingen. '${token.text}' betekent '${entry.full}'. Schrijf liever '${replacementBase}'.`;
  const suggestion: Suggestion = entry.note ? { replacement, safe: entry.safe, note: entry.note } : { replacement, safe: entry.safe };
  return { ...base, id, severity, message, suggestions: [suggestion] };
}

function acronymFinding(text: string, start: number, end: number, entry: AcronymEntry | undefined, sentenceStart: boolean): Finding {
  const acronym = text.slice(start, end);
  const base = { rule: "abbreviation", category: CATEGORY, severity: "info" as Severity, start, end, text: acronym };
  if (!entry) {
    return {
      ...base,
      id: "abbreviation/acronym",
      message: "Niet iedereen weet wat deze afkorting betekent. Schrijf de eerste keer voluit wat ze betekent, met de afkorting erachter tussen haakjes.",
      suggestions: [],
    };
  }
  const written = `${sentenceStart ? capitalize(entry.full) : entry.full} (${acronym})`;
  return {
    ...base,
    id: `abbreviation/${entry.forms[0]}`,
    message: `Niet iedereen weet wat ${acronym} betekent. Schrijf de eerste keer: '${entry.full} (${acronym})'.`,
    suggestions: [entry.shortNameOnly ? { replacement: written, safe: false, note: `De organisatie heet nu alleen ${acronym}. Zeg liever wat ze doet, bijvoorbeeld: 'het ${acronym}, dat de eigen bijdrage vaststelt'.` } : { replacement: written, safe: true }],
  };
}

/** Do these words spell the acronym? By initials (Centrum voor Jeugd en Gezin → CJG), or one word holding its letters in order (ondertoezichtstelling → OTS). */
function spells(words: string[], acronym: string): boolean {
  const letters = acronym.toLowerCase();
  if (words.length === 0) return false;
  const last = words[words.length - 1]!.toLowerCase();
  if (last[0] === letters[0]) {
    let at = 1;
    for (let k = 1; k < last.length && at < letters.length; k++) if (last[k] === letters[at]) at++;
    if (at === letters.length && last.length > letters.length + 2) return true;
  }
  // initials, ending at the last word
  for (let from = words.length - 1; from >= 0; from--) {
    let at = 0;
    let ok = true;
    for (let k = from; k < words.length; k++) {
      const w = words[k]!.toLowerCase();
      if (at < letters.length && w[0] === letters[at]) at++;
      else if (!SMALL_WORDS.has(w)) { ok = false; break; }
    }
    if (ok && at === letters.length && startsMatch(words[from]!, letters)) return true;
  }
  return false;
}
const startsMatch = (w: string, letters: string) => w.charAt(0).toLowerCase() === letters[0];

/** Is the acronym at token i written out right next to it? */
function isExplainedAt(tokens: Token[], from: number, to: number, i: number, acronym: string): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  // "… (OTS)": the words before the bracket are the full form
  let k = i - 1;
  if (prev?.text === "(" && next?.text === ")") {
    k = i - 2;
    if (k >= from && tokens[k]!.kind === "word") return true;
  }
  // "OTS (ondertoezichtstelling)"
  if (next?.text === "(") {
    for (let j = i + 2; j < to && j < i + 30; j++) {
      const t = tokens[j]!;
      if (t.text === ")") break;
      if (t.kind === "word" && !ACRONYM_SHAPE.test(t.text)) return true;
    }
  }
  // "OTS betekent …", "OTS staat voor …", "OTS is de afkorting van …"
  let j = i + 1;
  if (tokens[j]?.text === ":" || tokens[j]?.text === ",") j++;
  const w1 = tokens[j]?.lower;
  const w2 = tokens[j + 1]?.lower;
  if (j < to && (w1 === "betekent" || w1 === "oftewel" || w1 === "ofwel" || (w1 === "staat" && w2 === "voor") || (w1 === "is" && tokens[j + 2]?.lower === "afkorting"))) return true;
  // "de Gecertificeerde Instelling, de GI": full form just before, then a comma and/or an article
  const floor = Math.max(from, i - 4 * MAX_LOOKBACK_WORDS);
  while (k >= floor && (tokens[k]!.text === "," || tokens[k]!.text === "(" || LINKING_WORDS.has(tokens[k]!.lower))) k--;
  const words: string[] = [];
  for (; k >= floor && words.length < MAX_LOOKBACK_WORDS && tokens[k]!.kind === "word"; k--) words.unshift(tokens[k]!.text);
  return spells(words, acronym);
}

const NAMING = new Set(["heet", "heten", "noemen", "noemt", "noem", "genoemd", "noemde", "noemden"]);

/** "Zo'n organisatie heet ook wel een GI": a naming verb at most four words before the acronym. */
function namedBefore(tokens: Token[], from: number, i: number): boolean {
  for (let k = i - 1, words = 0; k >= from && words < 4; k--) {
    if (tokens[k]!.kind !== "word") continue;
    if (NAMING.has(tokens[k]!.lower)) return true;
    words++;
  }
  return false;
}

/** A line in capitals ("WAT GEBEURT ER NU?") holds no acronyms. */
function isCapsLine(tokens: Token[], from: number, to: number): boolean {
  let caps = 0;
  let words = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word" && t.kind !== "placeholder") continue;
    words++;
    if (t.text === t.text.toUpperCase() && /\p{Lu}/u.test(t.text)) {
      caps++;
      if (CAPS_FUNCTION_WORDS.has(t.lower)) return true;
    }
  }
  return (words >= 3 && caps * 2 > words) || (words >= 2 && caps === words);
}

// Before initials: "mw. KV de Graaf", "de heer P.J. Olthof".
const PERSON_TITLES = new Set(["mevrouw", "mevr.", "mw.", "mw", "mevr", "meneer", "heer", "dhr.", "dhr", "familie", "fam.", ...titles]);
// Between initials and a surname: "KV de Graaf", "PJ van der Berg".
const SURNAME_PARTICLES = new Set(["de", "van", "der", "den", "ten", "ter", "te", "het", "'t", "von", "la", "le", "du", "d'", "op", "in"]);
// Characters that glue a token into a code, file number, e-mail address or web address: "JZ/BOB/2024", "HD-24".
const CODE_GLUE = /[/\\@_#.:=&+|~-]/;

function isCapitalized(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "word" && startsUpper(t.text) && t.text !== t.text.toUpperCase();
}

/**
 * Is the all-caps word here part of a code, file number, postcode, address or name rather than an acronym?
 * "JZ/BOB/2024/1176", "HD-24-55081", "RB 2024/118", "3500 CE Utrecht", "mw. KV de Graaf", "Kim (KV)".
 */
function isCodeOrInitials(doc: DocumentModel, s: { tokenStart: number; tokenEnd: number }, i: number, known: boolean): boolean {
  const { tokens, text } = doc;
  const t = tokens[i]!;
  if (/[\d_]/.test(t.text)) return true;
  const before = text.charAt(t.start - 1);
  const after = text.charAt(t.end);
  if (CODE_GLUE.test(before) && before !== "-" && before !== ".") return true;
  if (after === "/" || after === "\\" || after === "@" || after === "_" || after === "#") return true;
  if ((after === "." || after === "-") && /[\p{L}\d]/u.test(text.charAt(t.end + 1)) && !(after === "-" && /\p{Ll}/u.test(text.charAt(t.end + 1)))) return true;
  if (before === "." && /[\p{L}\d]/u.test(text.charAt(t.start - 2))) return true;
  if (known) return false;
  const prev = i > s.tokenStart ? tokens[i - 1] : undefined;
  const next = i + 1 < s.tokenEnd ? tokens[i + 1] : undefined;
  // a postcode: "3500 CE"; a file number after or before: "RB 2024/118", "zaak 2024-118 RB"
  if (prev?.kind === "number" && /^\d{4}$/.test(prev.text) && t.text.length === 2) return true;
  if (next && (next.kind === "number" || next.kind === "date")) return true;
  // initials: after a title, before a surname, or in brackets after a first name
  if (prev && PERSON_TITLES.has(prev.lower)) return true;
  if (next && SURNAME_PARTICLES.has(next.lower) && isCapitalized(tokens[i + 2])) return true;
  if (isCapitalized(next)) return true;
  if (prev?.text === "(" && next?.text === ")" && isCapitalized(tokens[i - 2])) return true;
  // alone on its line or in a signature: "KV"
  return s.tokenEnd - s.tokenStart === 1;
}

interface AcronymUse {
  start: number;
  end: number;
  sentence: number;
  sentenceStart: boolean;
}

function run(doc: DocumentModel, _options: CheckOptions): Finding[] {
  const { tokens } = doc;
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const uses = new Map<string, { entry: AcronymEntry | undefined; uses: AcronymUse[]; explained: boolean }>();
  const fullFormChecked = new Set<string>();
  const frame = letterFrame(doc);
  let lastClosing = doc.sentences.length;
  for (let si = doc.sentences.length - 1; si >= 0; si--) if (doc.sentences[si]!.kind === "closing") { lastClosing = si; break; }

  doc.sentences.forEach((s, si) => {
    let capsLine: boolean | undefined;
    let sentenceLower: string | undefined;
    let firstWord = true;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = tokens[i]!;
      const atStart = firstWord && t.kind !== "punct";
      if (t.kind !== "punct") firstWord = false;
      if (t.kind !== "abbreviation" && t.kind !== "word") continue;
      // letterhead, address or signature: "Tel. 09 266 99 00", "CAK", "Team Wmo en Zorg"
      if (frame[si]) continue;
      const entry = entryOf(t);
      // without dots (ivm, NB) only when written all lower or all upper case
      if (t.kind === "abbreviation" || (entry && (t.text === t.lower || t.text === t.text.toUpperCase()))) {
        if (!entry && (titles.has(t.lower) || SINGLE_LETTER.test(t.text) || INITIALS.test(t.text))) continue;
        const key = entry ? entry.forms[0]! : t.lower;
        if (seen.has(key)) continue;
        seen.add(key);
        findings.push(abbreviationFinding(doc, t, entry, i === s.tokenEnd - 1));
        continue;
      }
      // acronyms: the token, or its first part before a hyphen (OTS-traject), without 's (GI's)
      if (t.text === t.lower && !acronymByForm.has(t.text)) continue; // most words
      const head = t.text.split("-")[0]!.replace(POSSESSIVE, "");
      const known = acronymByForm.get(head);
      if (!known) {
        if (!ACRONYM_SHAPE.test(head) || ROMAN.test(head)) continue;
        if (everydayAcronyms.has(head) || CAPS_FUNCTION_WORDS.has(head.toLowerCase())) continue;
        if (si > lastClosing) continue; // under "Met vriendelijke groet": names and initials
        capsLine ??= isCapsLine(tokens, s.tokenStart, s.tokenEnd);
        if (capsLine) continue;
      }
      if (isCodeOrInitials(doc, s, i, known !== undefined)) continue;
      const key = known ? known.forms[0]! : head;
      let record = uses.get(key);
      if (!record) uses.set(key, (record = { entry: known, uses: [], explained: false }));
      if (record.explained) continue;
      // a question anywhere ("Wat is een OTS?") explains it; otherwise only uses in the first use's paragraph and
      // the sentence after the first use can explain, and later uses cost nothing
      const local = sentenceTokens(doc, si);
      if (isWhatIsQuestion(local)) record.explained = true;
      const first = record.uses[0];
      if (first && first.sentence + 1 < si && doc.sentences[first.sentence]!.paragraph !== s.paragraph) continue;
      const next = nextInParagraph(doc, si);
      if (
        isExplainedAt(tokens, s.tokenStart, s.tokenEnd, i, head) ||
        namedBefore(tokens, s.tokenStart, i) ||
        definesTerm(local, i - s.tokenStart, i - s.tokenStart + 1) ||
        (next !== undefined && (explainsPrevious(next) || describesTerm(next, [t.lower.split("-")[0]!])))
      ) {
        record.explained = true;
      } else if (known && !fullFormChecked.has(`${si} ${key}`)) {
        fullFormChecked.add(`${si} ${key}`);
        sentenceLower ??= doc.text.slice(s.start, s.end).toLowerCase();
        // the full form in this sentence or the one before: "… een gecertificeerde instelling. De GI belt u."
        const prev = si > 0 && doc.sentences[si - 1]!.paragraph === s.paragraph ? doc.sentences[si - 1]! : undefined;
        const prevLower = prev ? doc.text.slice(prev.start, prev.end).toLowerCase() : "";
        const full = known.full.toLowerCase();
        if (sentenceLower.includes(full) || prevLower.includes(full)) record.explained = true;
      }
      record.uses.push({ start: t.start, end: t.start + head.length, sentence: si, sentenceStart: atStart });
    }
  });

  for (const { entry, uses: list, explained } of uses.values()) {
    // explained at the first use, in the sentence after it, in its paragraph or by a question
    if (explained) continue;
    const first = list[0]!;
    findings.push(acronymFinding(doc.text, first.start, first.end, entry, first.sentenceStart));
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}

export const abbreviationsCheck: Check = { rule: "abbreviation", run };
