// The safety gate: "safe" is a promise that one click leaves correct Dutch with the same meaning, so the engine
// checks it instead of trusting the flag in the data. Every safe suggestion of a word-level finding passes these
// gates, in order; one that fails stays on offer as safe: false with a note that says what to look at.
//   1. protected text: never the inside of an e-mail address, link, amount, date, time, phone number, number,
//      case number, placeholder or company form (B.V.); a whole one only when the replacement keeps it;
//   2. names: a capitalised word inside a sentence may be a name, and so may an abbreviation before one (GGZ Rijnstreek);
//      a spelled-out name needs an article before it;
//   3. the start and end of the sentence: a capital stays a capital, an empty start is refused, the full stop
//      of a sentence-final abbreviation stays; a span over a line break keeps its line breaks;
//   3b. the neighbours (neighbours.ts): no word next to its own copy, no new salutation before a field, a weak participle before a
//      noun needs -e, an om-te clause cannot stand before the closing verbs, a cause made "door" after a
//      passive verb reads as the one who acts, "een" takes no "meer …", after "te" only a verb may come first and
//      no separable verb, a clause cannot take the phrase after it, an adverb and participle after an auxiliary at
//      the end of a clause are left to the writer, and no new word repeats a stem the sentence has;
//   4. the slot: an attributive adjective ("de eventuele kosten") gets one inflected word, a phrase that goes on
//      ("binnen de termijn van …") keeps a noun, a longer adverb beside a particle ("vooralsnog echter") is left
//      to the writer;
//   5. a re-check of the words around it with the replacement in place finds nothing on the new words.
// Findings on an abbreviation that the text itself defines ("(hierna: Wmo)") are dropped altogether.
import type { DocumentModel, Finding, Suggestion, Token } from "../types.ts";
import { SpanIndex } from "../spans.ts";
import { definedTerms, isInsideDefinition } from "./definitions.ts";
import { neighbourProblem, SUBORDINATE_CLAUSE } from "./neighbours.ts";
import { endsSentence, firstWordOf, nextWord, previousWord, sentenceOf, tokenAt, tokenIndexAt, tokensIn, atStartOfSentence } from "./positions.ts";
import { fitsSlot } from "./slots.ts";

export const gateNotes = {
  protected: "Hier staat een bedrag, datum, nummer, adres of invulveld. Pas dit zelf aan en laat dat deel staan.",
  partOfWord: "Dit is een deel van een langer woord. Pas het hele woord zelf aan.",
  name: "Dit kan een naam zijn. Verander het alleen als het geen naam is.",
  emptyStart: "Dan begint de zin anders. Pas het begin van de zin zelf aan.",
  slot: "Dit woord past hier niet zomaar. Lees de zin na en pas hem zelf aan.",
  order: "Let op de volgorde van de woorden. Lees de zin na en pas hem zelf aan.",
  recheck: "Ook na deze wijziging ziet Helder hier iets moeilijks. Lees de zin na en kies zelf.",
  lineBreak: "Deze woorden staan op twee regels. Pas de zin zelf aan.",
  article: "Zet er 'het' of 'de' voor als u de hele naam schrijft.",
  twice: "Dan staat hetzelfde woord twee keer achter elkaar. Lees de zin na en pas hem zelf aan.",
  field: "Na de aanhef komt een invulveld. Kijk of het samen goed is, zoals 'Beste meneer Jansen'.",
  agent: "In deze zin lijkt 'door' te zeggen wie het doet. Lees de zin na en kies zelf.",
} as const;

/** A replacement that starts with "door" (not "doordat", "doorgaan"). */
const DOOR = /^door(?:\s|$)/i;
/** A phrase of cause: after a passive verb its "door" reads as the one who acts ("is opgelegd door de omstandigheid"). */
const CAUSE = /^(?:als gevolg van|ten ?gevolge van|vanwege|wegens|ingevolge)\b/i;

const SUBJECT = /(?:^|\s)(?:het|dat|dit|u|je|jij|wij|we|zij|ze|hij|ik)(?:\s|$)/iu;

const DETERMINERS = new Set(["de", "het", "een", "dit", "dat", "deze", "die", "ons", "onze", "uw", "je", "jouw", "hun"]);


/** Finds word-level findings in a short text (the words around a replacement); the gate itself does not run. */
export type Recheck = (text: string) => Finding[];

/** Word-level rules: the lexicon ("pattern" is a lexicon entry with gaps), abbreviations and hard words. */
export const wordLevelRules = new Set(["lexicon", "pattern", "abbreviation", "hard-word", "vocabulary"]);
const protectedKinds = new Set(["email", "url", "amount", "date", "time", "phone", "number", "placeholder"]);
const isCodeChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isCodeJoiner = (c: number) => c === 47 || c === 95 || c === 45; // / _ -

/**
 * Codes and case numbers: runs of ASCII letters and digits joined by / _ - with at least one digit (RB/2024,
 * JB-2024-1183). One pass over the characters: the regular expression that did this cost 2 % of a whole check.
 */
export function codeSpans(text: string, into: Span[]): void {
  for (let i = 0; i < text.length; ) {
    if (!isCodeChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let joined = false;
    let digit = false;
    for (;;) {
      for (let c = text.charCodeAt(i); isCodeChar(c); c = text.charCodeAt(++i)) if (c <= 57) digit = true;
      if (!isCodeJoiner(text.charCodeAt(i)) || !isCodeChar(text.charCodeAt(i + 1))) break;
      joined = true;
      i++;
    }
    if (joined && digit) into.push({ start, end: i });
  }
}
/** Company forms, written in capitals (bv. is "bijvoorbeeld", BV. is a company). */
const companyPattern = /(?<![A-Za-z.])(?:B\.?V\.?|N\.?V\.?|V\.?O\.?F\.?|C\.?V\.?)(?![A-Za-z])/g;
/** Tokens around the edit that the re-check reads. */
const RECHECK_CONTEXT = 2;
const MEMO_LIMIT = 20_000;

interface Span {
  start: number;
  end: number;
}

/**
 * `keepBetweenTexts` says whether the re-checks of one text may be kept for the next (one user's review run);
 * otherwise they are forgotten when the text is done.
 */
export function createSafetyGate(recheck: Recheck, isPlainWord: (lowerWord: string) => boolean = () => false, keepBetweenTexts: () => boolean = () => false) {
  // the same words give the same findings: a phrase the text repeats costs one re-check. The memo holds words of
  // the text, so it is emptied when the text is done: nothing of a letter is kept for the next request.
  const memo = new Map<string, Finding[]>();
  const findingsIn = (window: string): Finding[] => {
    let found = memo.get(window);
    if (found === undefined) {
      found = recheck(window);
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(window, found);
    }
    return found;
  };
  // a replacement can hold words of the text (a template's gap), so this is forgotten with the memo
  const plainReplacements = new Map<string, boolean>();
  /** The replacement is made only of common words that no check flags (remembered per replacement text). */
  const isPlainReplacement = (replacement: string): boolean => {
    let plain = plainReplacements.get(replacement);
    if (plain === undefined) {
      const words = replacement.toLowerCase().match(/[\p{L}'’-]+|[^\s\p{L}]/gu) ?? [];
      plain = words.length > 0 && words.every(isPlainWord);
      if (plainReplacements.size >= MEMO_LIMIT) plainReplacements.clear();
      plainReplacements.set(replacement, plain);
    }
    return plain;
  };
  /**
   * The new words get a finding for the same entry, or one on words that were not there before ("te legitimeren"
   * flagged by the lexicon before and "legitimeren" by the vocabulary check after is no new problem). Only the new
   * text is checked: the old words are in the text already.
   */
  const recheckFinds = (before: string, after: string, at: number, length: number, id: string): boolean => {
    if (isPlainReplacement(after.slice(at, at + length))) return false;
    let old: string | undefined; // lower-cased only when a finding needs it
    return findingsIn(after).some((f) => {
      if (!(f.start < at + Math.max(length, 1) && f.end > at)) return false;
      if (f.id === id) return true;
      // vaktaal in the new words is no new problem: the word is right and gets its explanation on first use
      if (!wordLevelRules.has(f.rule) || f.category === "vaktaal") return false;
      return !(old ??= before.toLowerCase()).includes(f.text.toLowerCase());
    });
  };

  function gate(doc: DocumentModel, findings: Finding[]): Finding[] {
    if (!findings.some((f) => wordLevelRules.has(f.rule))) return findings;
    try {
      return gateFindings(doc, findings);
    } finally {
      if (!keepBetweenTexts()) forget();
    }
  }
  function forget() {
    memo.clear();
    plainReplacements.clear();
  }
  return Object.assign(gate, { forget });

  function gateFindings(doc: DocumentModel, findings: Finding[]): Finding[] {
    const guarded = protectedSpans(doc);
    const defined = definedTerms(doc.text);
    // in a passive sentence a "door" for a cause reads as the one who acts: "is opgelegd door de omstandigheid dat …"
    // (not at the start: "Door de verhuizing is Tim van school gewisseld")
    const passive = new SpanIndex(findings.filter((f) => f.rule === "passive").map((f) => sentenceOf(doc, f.start) ?? f));
    const out: Finding[] = [];
    for (const f of findings) {
      if (!wordLevelRules.has(f.rule)) {
        out.push(f);
        continue;
      }
      if (defined.size && isAbbreviationFinding(f) && (isInsideDefinition(doc.text, f.start) || defined.has(f.text.toLowerCase()))) continue;
      if (guarded.covers(f.start, f.end)) continue; // a word inside an e-mail address or code is no word
      if (!f.suggestions.some((s) => s.safe)) {
        out.push(f);
        continue;
      }
      const agentLike = CAUSE.test(f.text) && passive.covers(f.start, f.end) && !atStartOfSentence(doc, f.start);
      const checked = f.suggestions.map((s) => (!s.safe ? s : agentLike && DOOR.test(s.replacement) ? unsafe(s, gateNotes.agent) : checkSuggestion(doc, f, s, guarded, recheckFinds)));
      // most pass unchanged: then the finding itself, not a copy
      out.push(checked.every((s, i) => s === f.suggestions[i]) ? f : { ...f, suggestions: checked });
    }
    return out;
  }
}

function isAbbreviationFinding(f: Finding): boolean {
  return f.rule === "abbreviation" || f.category === "afkorting";
}

function unsafe(s: Suggestion, note: string): Suggestion {
  return { ...s, safe: false, note: s.note ? `${note} ${s.note}` : note };
}

function checkSuggestion(
  doc: DocumentModel,
  f: Finding,
  s: Suggestion,
  guarded: SpanIndex,
  recheckFinds: (before: string, after: string, at: number, length: number, id: string) => boolean,
): Suggestion {
  const start = s.start ?? f.start;
  const end = s.end ?? f.end;
  let replacement = s.replacement;
  const original = doc.text.slice(start, end);

  // 1. protected text, and a part of a longer word ("Wmo" in "Wmo-loket")
  if (/[\p{L}\p{N}]-?$/u.test(doc.text.slice(Math.max(0, start - 2), start)) && /^[\p{L}\p{N}]/u.test(original)) return unsafe(s, gateNotes.partOfWord);
  if (/^-?[\p{L}\p{N}]/u.test(doc.text.slice(end, end + 2)) && /[\p{L}\p{N}.]$/u.test(original)) return unsafe(s, gateNotes.partOfWord);
  if (guarded.crosses(start)) return unsafe(s, gateNotes.protected);
  for (const g of guarded.startingWithin(start, end)) {
    if (g.end > end || !replacement.includes(doc.text.slice(g.start, g.end))) return unsafe(s, gateNotes.protected);
  }

  const first = tokenAt(doc, start);
  const sentence = sentenceOf(doc, start);
  if (!first || !sentence) return s;
  const firstWord = firstWordOf(doc, sentence);
  const atSentenceStart = firstWord !== undefined && first.start === firstWord.start;

  // 2. names: a capitalised word that is not the first of its sentence, in a finding for a word in lower case
  const spanTokens = tokensIn(doc, start, end);
  // (at the start of a sentence the first word has its capital for that reason, the others not: "Ingevolge de Wet …";
  // a name the replacement keeps, as a gap's words, is no problem: "Geachte mevrouw Jansen, geachte heer")
  if (f.category !== "afkorting" && f.rule !== "abbreviation") {
    if (spanTokens.some((t, i) => (i > 0 || !atSentenceStart) && t.kind === "word" && /^\p{Lu}\p{Ll}/u.test(t.text) && !(atSentenceStart && replacement.includes(t.text)))) return unsafe(s, gateNotes.name);
  }

  const before = previousWord(doc, sentence, start);
  const after = nextWord(doc, sentence, end);
  // an acronym before a capitalised word is part of a name: "GGZ Rijnstreek", "UWV Werkbedrijf" (not "mevr. Bakker")
  if (isAbbreviationFinding(f) && /^\p{Lu}{2,}$/u.test(original)) {
    if (after?.kind === "word" && /^\p{Lu}/u.test(after.text) && doc.text.slice(end, after.start).trim() === "") return unsafe(s, gateNotes.name);
    // "de klantenservice van UWV" → "van Uitvoeringsinstituut …", "bent u gehouden UWV …": the spelled-out name
    // needs "het" or "de", so it is one click only after one
    // (not after a number: "artikel 1:255 BW" → "artikel 1:255 Burgerlijk Wetboek")
    // (at the start of a sentence every replacement has a capital: there a name shows by a second capitalised word)
    const isName = atSentenceStart ? /^\p{Lu}\S*\s+\p{Lu}/u.test(replacement) : /^\p{Lu}/u.test(replacement);
    if (isName && (before === undefined || (before.kind === "word" && !DETERMINERS.has(before.lower)))) return unsafe(s, gateNotes.article);
  }

  // 3. sentence start and end
  if (atSentenceStart && /^\p{Lu}/u.test(original)) {
    if (replacement.trim() === "") return unsafe(s, gateNotes.emptyStart);
    if (/^\p{Ll}/u.test(replacement)) replacement = replacement.charAt(0).toUpperCase() + replacement.slice(1);
    // a fronted adverb that becomes a clause ("Zo nodig kan …" → "Als het nodig is, kan …"): the two verbs need a comma
    // (not when the old words were a clause already, "Mocht u … hebben," ends where its own clause ends)
    if (SUBORDINATE_CLAUSE.test(replacement) && !SUBJECT.test(original) && /\p{L}$/u.test(replacement) && after?.kind === "word" && doc.text.slice(end, after.start).trim() === "") replacement += ",";
  }
  const last = spanTokens.at(-1);
  if (original.endsWith(".") && last && endsSentence(doc, sentence, last) && /[\p{L}\p{N})"'”’]$/u.test(replacement)) replacement += ".";
  if (/[?!]$/.test(original) && !/[?!]$/.test(replacement)) return unsafe(s, gateNotes.slot);
  // a line break inside the span: without it the lines join, and hard-wrapped text reads differently after the edit
  if (original.includes("\n") && lineBreaks(replacement) !== lineBreaks(original)) return unsafe(s, gateNotes.lineBreak);

  const problem = neighbourProblem({ doc, sentence, start, end, original, replacement, before, after });
  if (problem) return unsafe(s, gateNotes[problem]);

  // 4. the slot
  const slot = fitsSlot({ original, replacement, before: before?.lower, after: after?.lower, afterIsWord: after?.kind === "word", spanWords: spanTokens.filter((t) => t.kind === "word").map((t) => t.lower) });
  if (slot !== "fits") return unsafe(s, slot === "order" ? gateNotes.order : gateNotes.slot);

  // 5. re-check the words around the replacement
  const from = doc.tokens[Math.max(sentence.tokenStart, tokenIndexAt(doc, start) - RECHECK_CONTEXT)]!;
  const to = doc.tokens[Math.min(sentence.tokenEnd - 1, tokenIndexAt(doc, end - 1) + RECHECK_CONTEXT)]!;
  const tail = doc.text.slice(end, Math.max(end, to.end));
  const head = doc.text.slice(from.start, start);
  if (recheckFinds(head + original + tail, head + replacement + tail, head.length, replacement.length, f.id)) return unsafe(s, gateNotes.recheck);

  return replacement === s.replacement ? s : { ...s, replacement };
}

const lineBreaks = (text: string) => text.split("\n").length - 1;

// ---------------------------------------------------------------- where things are

function protectedSpans(doc: DocumentModel): SpanIndex {
  const spans: Span[] = doc.tokens.filter((t) => protectedKinds.has(t.kind)).map((t) => ({ start: t.start, end: t.end }));
  codeSpans(doc.text, spans);
  companyPattern.lastIndex = 0;
  for (const m of doc.text.matchAll(companyPattern)) spans.push({ start: m.index, end: m.index + m[0].length });
  return new SpanIndex(spans);
}

