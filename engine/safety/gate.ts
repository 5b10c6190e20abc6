// The safety gate: "safe" is a promise that one click leaves correct Dutch with the same meaning, so the engine
// checks it instead of trusting the flag in the data. Every safe suggestion of a word-level finding passes these
// gates, in order; one that fails stays on offer as safe: false with a note that says what to look at.
//   1. protected text: never the inside of an e-mail address, link, amount, date, time, phone number, number,
//      case number, placeholder or company form (B.V.); a whole one only when the replacement keeps it;
//   2. names: a capitalised word inside a sentence may be a name, and so may an abbreviation before one (GGZ Rijnstreek);
//      a spelled-out name needs an article before it;
//   3. the start and end of the sentence: a capital stays a capital, an empty start is refused, the full stop
//      of a sentence-final abbreviation stays; a span over a line break keeps its line breaks;
//   3b. the neighbours: no word next to its own copy, no new salutation before a field, a weak participle before a
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
import { lastStartingAtOrBefore, SpanIndex } from "../spans.ts";
import { definedTerms, isInsideDefinition } from "./definitions.ts";
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

/** A replacement that is a whole subordinate clause with its own subject: "als het nodig is", "als dat gebeurt". */
const SUBORDINATE_CLAUSE = /^(?:als|wanneer|zodra|voordat|nadat|omdat)\s+(?:het|dat|dit|u|je|jij|wij|we|zij|ze|hij|ik|de\s+\p{L}+)\s+\p{L}/iu;

/** A replacement that starts with "door" (not "doordat", "doorgaan"). */
const DOOR = /^door(?:\s|$)/i;
/** A phrase of cause: after a passive verb its "door" reads as the one who acts ("is opgelegd door de omstandigheid"). */
const CAUSE = /^(?:als gevolg van|ten ?gevolge van|vanwege|wegens|ingevolge)\b/i;

const SUBJECT = /(?:^|\s)(?:het|dat|dit|u|je|jij|wij|we|zij|ze|hij|ik)(?:\s|$)/iu;

/** A separable verb in the infinitive: after "te" it must split ("goed te keuren", "terug te betalen"). */
const SEPARABLE_VERB = /^(?!(?:openen|innen|uiten|aanen)$)(?:aan|af|bij|goed|in|mee|na|op|terug|toe|uit|vast|weg|samen|terecht|thuis|dicht|open|los|kwijt|klaar)\p{L}{2,}en$/iu;
/** Prepositions that go on a phrase: after a clause made of an adverb ("als het nodig is") they lose their word. */
const CLAUSE_BLOCKING_PREPOSITIONS = new Set(["na", "met", "door", "via", "in", "op", "bij", "van", "tijdens", "binnen", "zonder", "voor"]);
/** Forms of zijn, worden and hebben that stand before a participle in a cluster at the end of a clause. */
const AUXILIARIES = new Set(["worden", "wordt", "werd", "werden", "zijn", "is", "was", "waren", "geweest", "hebben", "heeft", "had", "hadden"]);
const PARTICIPLE_SHAPE = /^(?:ge|be|ver|ont|her|er)\p{L}+[dtn]$/iu;
/** Words of at least this length count as a stem the sentence may repeat, looked for this far either side. */
const STEM_WORD = 8;
const STEM_REACH = 200;
/** How many tokens back the start of a clause is looked for. */
const CLUSTER_REACH = 30;

/** A new word of the replacement whose stem (all but its last letter) the rest of the sentence has, and the old words not. */
function repeatsStem(rest: string, original: string, newWords: string[]): boolean {
  const old = original.toLowerCase();
  const others = rest.toLowerCase();
  for (const w of newWords) {
    if (w.length < STEM_WORD) continue;
    const stem = w.slice(0, -1);
    if (!old.includes(stem) && others.includes(stem)) return true;
  }
  return false;
}

const MODALS = new Set(["zal", "zullen", "zou", "zouden", "moet", "moeten", "kan", "kunnen", "mag", "mogen", "wil", "willen", "dient", "dienen"]);
const SUBORDINATORS = new Set(["dat", "als", "omdat", "indien", "wanneer", "nadat", "voordat", "zodat", "of", "die", "wat", "waar", "waarin", "waarmee", "waarna", "zodra", "totdat", "hoewel", "doordat", "tenzij", "mits"]);

/**
 * Do the verbs of the clause that ends with `aux` stand together at its end: after a modal ("zal … worden
 * heroverwogen") or in a subordinate clause ("dat het besluit is heroverwogen")? In a main clause the finite
 * auxiliary stands second ("Het besluit wordt heroverwogen") and an adverb may follow it.
 */
function verbsCluster(doc: DocumentModel, s: SentenceUnit, aux: Token): boolean {
  const at = tokenIndexAt(doc, aux.start);
  for (let k = at - 1; k >= s.tokenStart && k >= at - CLUSTER_REACH; k--) {
    const t = doc.tokens[k]!;
    if (t.kind === "punct" && (t.text === "," || t.text === ";" || t.text === ":")) return false;
    if (t.kind !== "word") continue;
    if (MODALS.has(t.lower) || SUBORDINATORS.has(t.lower)) return true;
  }
  return false;
}

/** Little words that a sentence repeats without harm ("de brief van de gemeente van 3 mei"). */
const LITTLE_WORDS = new Set(["van", "voor", "met", "die", "dat", "deze", "dit", "het", "een", "aan", "bij", "naar", "uit", "over", "tot", "als", "wat", "wie", "niet", "ook", "nog", "dan", "maar"]);

/** Words that join two words of the same kind: a replacement may not make the two the same. */
const JOINERS = new Set(["en", "of"]);

const DETERMINERS = new Set(["de", "het", "een", "dit", "dat", "deze", "die", "ons", "onze", "uw", "je", "jouw", "hun"]);
/** After these a participle is said of something (predicative), not put before a noun: "is verzonden door …". */
const NOT_A_NOUN = new Set([
  "is", "zijn", "was", "waren", "wordt", "worden", "werd", "werden", "door", "aan", "op", "in", "met", "naar", "bij", "van",
  "voor", "en", "of", "te", "om", "dat", "als", "tot", "na", "per", "via", "uit", "over", "onder", "tegen", "zonder",
]);
/** Verbs that close a clause: an "om … te …" clause cannot stand before them ("aan u om te lezen worden voorgelegd"). */
const CLAUSE_END_VERBS = new Set([
  "worden", "wordt", "werd", "werden", "zijn", "is", "was", "waren", "zal", "zullen", "kan", "kunnen", "moet", "moeten",
  "heeft", "hebben", "had", "hadden", "wil", "willen", "mag", "mogen",
]);


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

  // "de verzonden aanmaning" → "de verstuurd aanmaning": a strong participle before a noun needs no -e, a weak one does
  if (after?.kind === "word" && !NOT_A_NOUN.has(after.lower) && /en$/i.test(original) && /[^\s]+[dt]$/i.test(replacement) && /^(?:ge|ver|be|ont|her|er)\p{L}+[dt]$/iu.test(replacement.split(/\s+/).at(-1)!))
    return unsafe(s, gateNotes.slot);
  // "aan u ter kennisname worden voorgelegd" → "aan u om te lezen worden …": an om-te clause goes after the verbs
  if (/^om\s.*\bte\s+\p{L}+$/iu.test(replacement) && after && CLAUSE_END_VERBS.has(after.lower)) return unsafe(s, gateNotes.order);
  // "een nader onderzoek" → "een meer onderzoek": "meer" takes no article
  if (before?.lower === "een" && /^meer(?:\s|$)/i.test(replacement) && !/^een\s/i.test(original)) return unsafe(s, gateNotes.slot);
  // "te heroverwegen" → "te opnieuw bekijken": the word before a verb goes before "te" ("opnieuw te bekijken");
  // a verb that comes first is fine ("te berichten" → "te laten weten")
  if (before?.lower === "te" && /\s/.test(replacement.trim()) && !/^(?!een\s)\p{L}{2,}en\s/iu.test(replacement)) return unsafe(s, gateNotes.order);
  // "te fiatteren" → "te goedkeuren": a separable verb splits around "te" ("goed te keuren")
  if (before?.lower === "te" && SEPARABLE_VERB.test(replacement.trim())) return unsafe(s, gateNotes.order);
  // "zo nodig na een periode" → "als het nodig is na een periode": a clause cannot take the phrase after it
  if (SUBORDINATE_CLAUSE.test(replacement) && after?.kind === "word" && CLAUSE_BLOCKING_PREPOSITIONS.has(after.lower) && doc.text.slice(end, after.start).trim() === "") return unsafe(s, gateNotes.order);
  // "zal … worden heroverwogen" → "worden opnieuw bekeken": in a cluster of verbs at the end of a clause the adverb
  // goes before the verbs; only the writer sees which order the clause has
  if (before?.kind === "word" && AUXILIARIES.has(before.lower) && /\s/.test(replacement.trim()) && PARTICIPLE_SHAPE.test(replacement.trim().split(/\s+/).at(-1)!) && (after === undefined || after.kind === "punct" || JOINERS.has(after.lower)) && verbsCluster(doc, sentence, before))
    return unsafe(s, gateNotes.order);
  // a word next to its own copy: "laatste sommatie" → "laatste laatste waarschuwing"
  const newWords = replacement.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  if ((before?.kind === "word" && newWords[0] === before.lower && !original.toLowerCase().startsWith(before.lower)) || (after?.kind === "word" && newWords.at(-1) === after.lower && !original.toLowerCase().endsWith(after.lower)))
    return unsafe(s, gateNotes.twice);
  // … or a longer word whose stem the sentence has already: "de geformaliseerde afspraken zijn vastgelegd" →
  // "de vastgelegde afspraken zijn vastgelegd"
  // (within STEM_REACH characters either side, so a hostile sentence of 500 KB stays linear)
  if (repeatsStem(doc.text.slice(Math.max(sentence.start, start - STEM_REACH), start) + " " + doc.text.slice(end, Math.min(sentence.end, end + STEM_REACH)), original, newWords)) return unsafe(s, gateNotes.twice);
  // … or a one-word replacement that the three words before it already hold: "vóór 1 juli voorafgaand aan" →
  // "vóór 1 juli vóór"
  if (newWords.length === 1 && newWords[0]!.length >= 3 && !LITTLE_WORDS.has(newWords[0]!) && !original.toLowerCase().includes(newWords[0]!) && wordsBefore(doc, sentence, start, 3).includes(newWords[0]!)) return unsafe(s, gateNotes.twice);
  // … or across "en"/"of": "de bedoeling en intentie" → "de bedoeling en bedoeling"
  const pairedAfter = after && JOINERS.has(after.lower) ? nextWord(doc, sentence, after.end) : undefined;
  const pairedBefore = before && JOINERS.has(before.lower) ? previousWord(doc, sentence, before.start) : undefined;
  if ((pairedAfter?.kind === "word" && newWords.at(-1) === pairedAfter.lower) || (pairedBefore?.kind === "word" && newWords[0] === pairedBefore.lower)) return unsafe(s, gateNotes.twice);
  // "Geachte {aanhef} {achternaam}": the field may hold "heer" or "de heer", and "Beste heer" is no Dutch
  if (sentence.kind === "salutation" && after?.kind === "placeholder") return unsafe(s, gateNotes.field);

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

function tokenIndexAt(doc: DocumentModel, offset: number): number {
  return Math.max(0, lastStartingAtOrBefore(doc.tokens, offset));
}

function tokenAt(doc: DocumentModel, offset: number): Token | undefined {
  return doc.tokens[tokenIndexAt(doc, offset)];
}

function tokensIn(doc: DocumentModel, start: number, end: number): Token[] {
  const out: Token[] = [];
  for (let i = tokenIndexAt(doc, start); i < doc.tokens.length && doc.tokens[i]!.start < end; i++) {
    const t = doc.tokens[i]!;
    if (t.end > start && t.kind !== "newline") out.push(t);
  }
  return out;
}

function atStartOfSentence(doc: DocumentModel, offset: number): boolean {
  const s = sentenceOf(doc, offset);
  const first = s && firstWordOf(doc, s);
  return first !== undefined && first.start === offset;
}

function sentenceOf(doc: DocumentModel, offset: number) {
  const i = lastStartingAtOrBefore(doc.sentences, offset);
  const s = doc.sentences[i];
  return s && s.end >= offset ? s : undefined;
}

type SentenceUnit = DocumentModel["sentences"][number];

const opening = new Set(["(", "\"", "“", "„", "‘", "'", "«", "[", "•", "-", "–", "*"]);

function firstWordOf(doc: DocumentModel, s: SentenceUnit): Token | undefined {
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
function endsSentence(doc: DocumentModel, s: SentenceUnit, last: Token): boolean {
  for (let i = tokenIndexAt(doc, last.start) + 1; i < s.tokenEnd; i++) {
    const t = doc.tokens[i]!;
    if (t.kind === "newline") continue;
    if (!(t.kind === "punct" && closers.has(t.text))) return false;
  }
  return true;
}

function previousWord(doc: DocumentModel, s: SentenceUnit, offset: number): Token | undefined {
  for (let i = tokenIndexAt(doc, offset) - 1; i >= s.tokenStart; i--) {
    const t = doc.tokens[i]!;
    if (t.kind !== "newline") return t;
  }
  return undefined;
}

/** The lower-case words of the `n` word tokens before `offset` in its sentence. */
function wordsBefore(doc: DocumentModel, s: SentenceUnit, offset: number, n: number): string[] {
  const out: string[] = [];
  for (let i = tokenIndexAt(doc, offset) - 1; i >= s.tokenStart && out.length < n; i--) {
    const t = doc.tokens[i]!;
    if (t.kind === "word" && t.end <= offset) out.push(t.lower);
  }
  return out;
}

function nextWord(doc: DocumentModel, s: SentenceUnit, offset: number): Token | undefined {
  for (let i = tokenIndexAt(doc, offset); i < s.tokenEnd; i++) {
    const t = doc.tokens[i]!;
    if (t.start >= offset && t.kind !== "newline") return t;
  }
  return undefined;
}
