// The safety gate's look at the words next to a replacement (step 3b): word order, inflection and repeats that a
// one-word swap can break even when the replacement itself is right. Each rule names the note the gate gives.
import type { DocumentModel, Token } from "../types.ts";
import { nextWord, previousWord, tokenIndexAt, wordsBefore, type SentenceUnit } from "./positions.ts";

/** A replacement that is a whole subordinate clause with its own subject: "als het nodig is", "als dat gebeurt". */
export const SUBORDINATE_CLAUSE = /^(?:als|wanneer|zodra|voordat|nadat|omdat)\s+(?:het|dat|dit|u|je|jij|wij|we|zij|ze|hij|ik|de\s+\p{L}+)\s+\p{L}/iu;

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

export type NeighbourProblem = "slot" | "order" | "twice" | "field";

export interface Neighbourhood {
  doc: DocumentModel;
  sentence: SentenceUnit;
  /** The span that is replaced, its text and its replacement. */
  start: number;
  end: number;
  original: string;
  replacement: string;
  /** The tokens right before and after the span in its sentence. */
  before: Token | undefined;
  after: Token | undefined;
}

/** What goes wrong next to the replacement, if anything. */
export function neighbourProblem({ doc, sentence, start, end, original, replacement, before, after }: Neighbourhood): NeighbourProblem | undefined {
  // "de verzonden aanmaning" → "de verstuurd aanmaning": a strong participle before a noun needs no -e, a weak one does
  if (after?.kind === "word" && !NOT_A_NOUN.has(after.lower) && /en$/i.test(original) && /[^\s]+[dt]$/i.test(replacement) && /^(?:ge|ver|be|ont|her|er)\p{L}+[dt]$/iu.test(replacement.split(/\s+/).at(-1)!))
    return "slot";
  // "aan u ter kennisname worden voorgelegd" → "aan u om te lezen worden …": an om-te clause goes after the verbs
  if (/^om\s.*\bte\s+\p{L}+$/iu.test(replacement) && after && CLAUSE_END_VERBS.has(after.lower)) return "order";
  // "een nader onderzoek" → "een meer onderzoek": "meer" takes no article
  if (before?.lower === "een" && /^meer(?:\s|$)/i.test(replacement) && !/^een\s/i.test(original)) return "slot";
  // "te heroverwegen" → "te opnieuw bekijken": the word before a verb goes before "te" ("opnieuw te bekijken");
  // a verb that comes first is fine ("te berichten" → "te laten weten")
  if (before?.lower === "te" && /\s/.test(replacement.trim()) && !/^(?!een\s)\p{L}{2,}en\s/iu.test(replacement)) return "order";
  // "te fiatteren" → "te goedkeuren": a separable verb splits around "te" ("goed te keuren")
  if (before?.lower === "te" && SEPARABLE_VERB.test(replacement.trim())) return "order";
  // "zo nodig na een periode" → "als het nodig is na een periode": a clause cannot take the phrase after it
  if (SUBORDINATE_CLAUSE.test(replacement) && after?.kind === "word" && CLAUSE_BLOCKING_PREPOSITIONS.has(after.lower) && doc.text.slice(end, after.start).trim() === "") return "order";
  // "zal … worden heroverwogen" → "worden opnieuw bekeken": in a cluster of verbs at the end of a clause the adverb
  // goes before the verbs; only the writer sees which order the clause has
  if (before?.kind === "word" && AUXILIARIES.has(before.lower) && /\s/.test(replacement.trim()) && PARTICIPLE_SHAPE.test(replacement.trim().split(/\s+/).at(-1)!) && (after === undefined || after.kind === "punct" || JOINERS.has(after.lower)) && verbsCluster(doc, sentence, before))
    return "order";
  // a word next to its own copy: "laatste sommatie" → "laatste laatste waarschuwing"
  const newWords = replacement.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  if ((before?.kind === "word" && newWords[0] === before.lower && !original.toLowerCase().startsWith(before.lower)) || (after?.kind === "word" && newWords.at(-1) === after.lower && !original.toLowerCase().endsWith(after.lower)))
    return "twice";
  // … or a longer word whose stem the sentence has already: "de geformaliseerde afspraken zijn vastgelegd" →
  // "de vastgelegde afspraken zijn vastgelegd"
  // (within STEM_REACH characters either side, so a hostile sentence of 500 KB stays linear)
  if (repeatsStem(doc.text.slice(Math.max(sentence.start, start - STEM_REACH), start) + " " + doc.text.slice(end, Math.min(sentence.end, end + STEM_REACH)), original, newWords)) return "twice";
  // … or a one-word replacement that the three words before it already hold: "vóór 1 juli voorafgaand aan" →
  // "vóór 1 juli vóór"
  if (newWords.length === 1 && newWords[0]!.length >= 3 && !LITTLE_WORDS.has(newWords[0]!) && !original.toLowerCase().includes(newWords[0]!) && wordsBefore(doc, sentence, start, 3).includes(newWords[0]!)) return "twice";
  // … or across "en"/"of": "de bedoeling en intentie" → "de bedoeling en bedoeling"
  const pairedAfter = after && JOINERS.has(after.lower) ? nextWord(doc, sentence, after.end) : undefined;
  const pairedBefore = before && JOINERS.has(before.lower) ? previousWord(doc, sentence, before.start) : undefined;
  if ((pairedAfter?.kind === "word" && newWords.at(-1) === pairedAfter.lower) || (pairedBefore?.kind === "word" && newWords[0] === pairedBefore.lower)) return "twice";
  // "Geachte {aanhef} {achternaam}": the field may hold "heer" or "de heer", and "Beste heer" is no Dutch
  if (sentence.kind === "salutation" && after?.kind === "placeholder") return "field";
  return undefined;
}
