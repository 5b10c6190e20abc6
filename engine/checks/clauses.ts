// Split a sentence's tokens into clauses, so that an auxiliary is only paired with a participle of its own clause.
// Boundaries: ; : ( ) and quotes; a subordinating word or relative pronoun (dat, die, omdat, welk …); a comma before
// a joining word; "en/of/maar" before a new subject; "om … te"; a comparison after "dan". A comma that closes a
// fronted or inserted subordinate clause ends it: "Als u betaalt, wordt …" and "Het bedrag wordt, zoals afgesproken,
// op 1 mei betaald".
import type { DocumentModel, Token } from "../types.ts";
import { sentenceTokens } from "../text/document.ts";

export const SUBORDINATORS = new Set([
  "dat", "die", "omdat", "als", "wanneer", "toen", "nadat", "voordat", "zodat", "terwijl", "hoewel", "indien",
  "aangezien", "doordat", "zodra", "tenzij", "mits", "opdat", "sinds", "totdat", "wat", "wie", "waar", "waarom",
  "waardoor", "waarmee", "waarin", "waarbij", "waarop", "waarvan", "waaraan", "waarover", "waarna", "waarvoor",
  "welk", "welke", "zoals", "alsof", "ofschoon", "hetgeen", "zolang",
]);
/** Only these start a subordinate clause as the first word of a sentence ("Dat kan" is a main clause). */
const FRONTED_SUBORDINATORS = new Set([
  ...[...SUBORDINATORS].filter((w) => !["dat", "die", "wat", "wie", "waar", "welk", "welke"].includes(w)),
  "om", // "Om gezinsgericht te werken, is …"
]);
const PRONOUN_LIKE = new Set(["dat", "die"]);
const PREPOSITIONS = new Set(["aan", "bij", "door", "in", "met", "na", "naar", "om", "op", "over", "tot", "uit", "van", "voor", "zonder", "tegen", "onder", "via"]);
const COORDINATORS = new Set(["en", "of", "maar", "want", "dus", "noch"]);
/** After "en/of" these start a new clause: "… is verstuurd en wij hebben gebeld". */
const NEW_SUBJECT = new Set([
  "ik", "jij", "je", "hij", "zij", "ze", "wij", "we", "u", "jullie", "men", "er", "dan", "daarna", "toen", "nu",
  "is", "zijn", "was", "waren", "wordt", "worden", "werd", "werden", "heeft", "hebben", "had", "hadden", "heb", "hebt",
]);
const HARD_BREAKS = new Set([";", ":", "\"", "“", "”", "„", "'", "‘", "’", "–", "—", "•"]);

const COMPARATIVES = new Set(["meer", "minder", "anders", "eerder", "later", "beter", "liever", "sneller", "vaker"]);
const OM_TE_REACH = 14;

/**
 * "om … te + verb" is a clause of its own: in "Het is nodig om dit formulier getekend terug te sturen" the
 * participle does not belong to "is". "om 9 uur verstuurd om te …" is a time: the first "om" meets another "om"
 * before any "te".
 */
function startsOmTeClause(tokens: Token[], k: number): boolean {
  if (tokens[k]!.lower !== "om") return false;
  for (let j = k + 1; j < tokens.length && j <= k + OM_TE_REACH; j++) {
    const t = tokens[j]!;
    if (t.kind === "punct" || t.lower === "om") return false;
    if (t.lower === "te" && tokens[j + 1]?.kind === "word") return true;
  }
  return false;
}

/** "hoger dan verwacht", "later dan gepland": what follows "dan" is a comparison, not part of the clause's verb. */
function startsComparison(tokens: Token[], k: number): boolean {
  if (tokens[k]!.lower !== "dan") return false;
  const prev = tokens[k - 1]!;
  return prev.kind === "word" && (COMPARATIVES.has(prev.lower) || (prev.lower.length > 4 && prev.lower.endsWith("er")));
}

const QUESTION_WORDS = new Set(["wie", "wat", "waar", "welk", "welke", "waarom", "hoe", "wanneer", "hoeveel", "waarmee", "waarvoor", "waarover"]);
/** Verbs (and a few adverbs after them) that an indirect question follows: "Kijk welke datum …", "Weet u wie …". */
const ASKING = new Set([
  "kijk", "kijken", "kijkt", "weet", "weten", "wist", "vraag", "vragen", "vraagt", "vroeg", "lees", "lezen", "leest",
  "zeg", "zeggen", "zegt", "vertel", "vertellen", "vertelt", "bepaal", "bepalen", "bepaalt", "beslis", "beslissen",
  "beslist", "kies", "kiezen", "kiest", "zie", "zien", "ziet", "bekijk", "bekijken", "bekijkt", "bespreek", "bespreken",
  "bespreekt", "hoor", "horen", "hoort", "begrijp", "begrijpen", "begrijpt", "check", "controleer", "controleren",
  "schrijf", "schrijven", "schrijft", "leg", "uitleggen", "uit", "op", "staat", "staan", "onderzoek", "onderzoeken",
  "onderzoekt", "bezien", "nagaan", "na", "overleg", "overleggen", "afspreken", "af", "snap", "denk", "benieuwd",
  "twijfel", "twijfelt", "precies", "niet", "nog", "ook", "wel", "samen", "zelf", "u", "we", "wij", "ik", "je", "jij",
  "ze", "zij", "hij", "goed", "eerst", "dan", "erin", "hierin", "daarin", "hieronder",
  "gevraagd", "gekeken", "gezegd", "verteld", "bepaald", "beslist", "gekozen", "bekeken", "besproken", "uitgelegd",
  "gecontroleerd", "onderzocht", "nagegaan", "afgesproken", "gelezen", "gehoord", "geweten", "begrepen",
]);

/**
 * Is the word at k a question word that opens an indirect question ("Kijk welke datum het best past", "Weet u wie u
 * kan helpen?") rather than a relative pronoun after a noun ("de stukken welke nodig zijn")? Both open a clause,
 * but only a relative clause is a place to cut a long sentence.
 */
export function isQuestionWord(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  if (!QUESTION_WORDS.has(t.lower)) return false;
  const prev = tokens[k - 1];
  if (!prev) return true; // "Welke datum past u?"
  if (prev.kind !== "word") return false;
  return ASKING.has(prev.lower);
}

interface Open {
  tokens: number[];
  subordinate: boolean;
  /** Opened after a comma inside another clause, so the next comma may close it. */
  inserted: boolean;
}

/**
 * The clauses of sentence `index` as lists of indexes into its sentenceTokens; made once per document (the passive
 * check and the level both read them) and shared, so read only.
 */
export function sentenceClauses(doc: DocumentModel, index: number): number[][] {
  return (doc.perSentence.clauses[index] ??= splitClauses(sentenceTokens(doc, index)));
}

/** Clauses as lists of indexes into `tokens` (the sentence's tokens). Linear in the number of tokens. */
export function splitClauses(tokens: Token[]): number[][] {
  const clauses: number[][] = [];
  const open = (subordinate: boolean, inserted: boolean): Open => {
    const c: Open = { tokens: [], subordinate, inserted };
    clauses.push(c.tokens);
    return c;
  };
  let stack: Open[] = [];
  let cur = open(false, false);
  let depth = 0; // inside ( … )
  let outside: Open | undefined;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const next = tokens[k + 1];
    if (t.kind === "punct" || t.kind === "symbol") {
      if (t.text === "(" || t.text === "[") {
        if (depth++ === 0) outside = cur;
        cur = open(false, false);
        stack = [];
      } else if (t.text === ")" || t.text === "]") {
        if (depth > 0 && --depth === 0 && outside) cur = outside;
        else cur = open(false, false);
      } else if (HARD_BREAKS.has(t.text)) {
        cur = open(false, false);
        stack = [];
      } else if (t.text === ",") {
        const w = next?.lower ?? "";
        if (SUBORDINATORS.has(w)) {
          stack.push(cur);
          cur = open(true, true);
          k++;
          cur.tokens.push(k);
        } else if (COORDINATORS.has(w)) {
          cur = open(false, false);
          stack = [];
        } else if (cur.subordinate) {
          const parent = cur.inserted ? stack.pop() : undefined;
          cur = parent ?? open(false, false);
        }
      }
      continue;
    }
    if (t.kind === "word") {
      if (k === 0 && FRONTED_SUBORDINATORS.has(t.lower)) cur.subordinate = true;
      // "van die", "met dat": a pronoun after a preposition, not the start of a clause
      else if (k > 0 && SUBORDINATORS.has(t.lower) && !(PRONOUN_LIKE.has(t.lower) && PREPOSITIONS.has(tokens[k - 1]!.lower))) {
        stack.push(cur);
        cur = open(true, false);
      } else if (k > 0 && (startsOmTeClause(tokens, k) || startsComparison(tokens, k))) {
        stack.push(cur);
        cur = open(true, false);
      } else if (k > 0 && COORDINATORS.has(t.lower) && next && NEW_SUBJECT.has(next.lower)) {
        cur = open(false, false);
        stack = [];
      }
    }
    cur.tokens.push(k);
  }
  return clauses.filter((c) => c.length > 0);
}
