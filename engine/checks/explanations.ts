// Sentences that explain a word used just before them or that define it: shared by the vaktaal, abbreviation and
// hard-word checks, so that "U krijgt een beschikking. Dat is een brief van de rechter." counts as explained.
import { sentenceTokens } from "../text/document.ts";
import type { DocumentModel, Token } from "../types.ts";

const POINTERS = new Set(["dat", "dit", "die", "deze", "zo'n", "zo’n", "zulke", "daarmee", "hiermee"]);
const DEFINING = new Set(["betekent", "betekenen", "heet", "heten", "noemen", "noemt", "bedoelen", "bedoelt"]);
const ARTICLES = new Set(["een", "de", "het"]);
/** After "Dat is": the start of a description. */
const DESCRIBED = new Set([...ARTICLES, "iemand", "iets", "mensen", "geld", "hulp"]);

function words(tokens: Token[]): Token[] {
  return tokens.filter((t) => t.kind !== "punct" && t.kind !== "symbol");
}

/**
 * After "Die"/"Deze": a verb that says what a person in a role does ("Die controleert of kinderen naar school
 * gaan", "Die mag geld bij u ophalen"). Not any verb: "Die duurt een jaar" says nothing of what the word means.
 */
const ROLE_VERBS = new Set([
  "controleert", "helpt", "zorgt", "kijkt", "let", "beslist", "regelt", "begeleidt", "bemiddelt", "onderzoekt",
  "beoordeelt", "adviseert", "ondersteunt", "praat", "bezoekt", "spreekt", "int", "haalt", "houdt", "mag", "gaat",
]);
const doesVerb = (v: string | undefined) => v !== undefined && ROLE_VERBS.has(v);

/** "wil zeggen", "houdt in": verbs that define only together with the word after them. */
const DEFINING_PAIRS = new Map([["wil", "zeggen"], ["houdt", "in"]]);
export const definesWithNext = (word: string | undefined, next: string | undefined): boolean => next !== undefined && word !== undefined && DEFINING_PAIRS.get(word) === next;

/**
 * "een darmonderzoek (colonoscopie)": the term from token `start` to `end` stands alone in brackets right after a
 * word, so it names what the words before it say. One token only: "(voorheen: gezinsvoogd)" is no such name.
 */
export function namedInBrackets(tokens: Token[], start: number, end: number, from = 0): boolean {
  return end - start === 1 && start - 2 >= from && tokens[start - 1]!.text === "(" && tokens[end]?.text === ")" && tokens[start - 2]!.kind === "word";
}

/** Tokens searched for the closing bracket of an explanation. */
const MAX_EXPLANATION_TOKENS = 40;

/**
 * "ondertoezichtstelling (er kijkt iemand mee)": words in brackets right after token `end - 1` explain it; at least two
 * words, as one alone is a short name ("(OTS)") or another hard word, not an explanation.
 */
export function explainedInBrackets(tokens: Token[], end: number, to = tokens.length): boolean {
  if (tokens[end]?.text !== "(") return false;
  let words = 0;
  for (let k = end + 1; k < to && k < end + MAX_EXPLANATION_TOKENS && tokens[k]!.text !== ")"; k++) if (tokens[k]!.kind === "word") words++;
  return words >= 2;
}

/** The short name alone in brackets right after token `end - 1`: "ondertoezichtstelling (OTS)" gives "ots". */
export function shortNameAfter(tokens: Token[], end: number): string | undefined {
  return tokens[end]?.text === "(" && tokens[end + 2]?.text === ")" && tokens[end + 1]!.kind !== "punct" ? tokens[end + 1]!.lower : undefined;
}

/** The first token of a sentence after its opening punctuation and article, looked for up to `limit`. */
function startOfWords(tokens: Token[], limit = tokens.length): number {
  let k = 0;
  while (k < limit && (tokens[k]!.kind === "punct" || ARTICLES.has(tokens[k]!.lower))) k++;
  return k;
}

/** Does the next sentence explain a term by its short name: "… (OTS). Een OTS betekent: …", "De OTS is een …"? */
export function explainsShortName(next: Token[], short: string): boolean {
  const k = startOfWords(next);
  return describesTerm(next, [short]) || (next[k]?.lower === short && definesTerm(next, k, k + 1));
}

/** A verb that defines, at word index j: "betekent", "heet", "wil zeggen", "houdt in", "is een/de …". */
function definesAt(w: Token[], j: number): boolean {
  const v = w[j]?.lower;
  if (v === undefined) return false;
  if (DEFINING.has(v)) return true;
  if (definesWithNext(v, w[j + 1]?.lower)) return true;
  // "Dat is een brief van de rechter", "Dat is iemand die …", not "Dat is lang"
  return (v === "is" || v === "zijn") && DESCRIBED.has(w[j + 1]?.lower ?? "");
}

/**
 * Does this sentence explain a word of the sentence before it? "Dat is een brief van de rechter.", "Dit betekent …",
 * "Zo'n besluit heet …", "Daarmee bedoelen we …".
 */
export function explainsPrevious(tokens: Token[]): boolean {
  const w = words(tokens);
  const first = w[0]?.lower;
  if (first === undefined || !POINTERS.has(first)) return false;
  if (first === "daarmee" || first === "hiermee") return w[1]?.lower === "bedoelen" || w[2]?.lower === "bedoelen";
  // "De gemeente heeft een leerplichtambtenaar. Die controleert of …": what the person or thing does
  if ((first === "die" || first === "deze") && doesVerb(w[1]?.lower)) return true;
  // "Zo'n besluit heet", "Die organisatie is een …": one noun may follow the pointer
  return definesAt(w, 1) || definesAt(w, 2);
}

/** Does the sentence define the word that runs from token `start` to `end`: "Een OTS is een …", "Een beschikking betekent …"? */
export function definesTerm(tokens: Token[], start: number, end: number): boolean {
  if (startOfWords(tokens, start) !== start) return false;
  const w = words(tokens.slice(end));
  return definesAt(w, 0);
}

/** "Wat is een OTS?", "Wat betekent ondertoezichtstelling?", "Wat zijn jeugdhulpverleners?" */
export function isWhatIsQuestion(tokens: Token[]): boolean {
  return tokens[0]?.lower === "wat" && ["is", "zijn", "betekent", "betekenen"].includes(tokens[1]?.lower ?? "") && tokens[tokens.length - 1]?.text === "?";
}

/**
 * Does the sentence start by saying what the term is or does, with "een": "Dan komt er een deurwaarder. Een
 * deurwaarder mag geld bij u ophalen." `term` is the term's words in lower case.
 */
export function describesTerm(tokens: Token[], term: string[]): boolean {
  const w = words(tokens);
  if (w[0]?.lower !== "een" || w.length < term.length + 2) return false;
  for (let k = 0; k < term.length; k++) if (w[k + 1]!.lower !== term[k]) return false;
  return true;
}

/** The tokens of the sentence after sentence si, if it is in the same paragraph. */
export function nextInParagraph(doc: DocumentModel, si: number): Token[] | undefined {
  const next = doc.sentences[si + 1];
  return next && next.paragraph === doc.sentences[si]!.paragraph ? sentenceTokens(doc, si + 1) : undefined;
}
