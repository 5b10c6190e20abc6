// Naamwoordstijl (brief §2): a verb turned into a noun ("tijdige betaling van", "het in behandeling nemen van",
// "ter verkrijging van", "overgaan tot betaling") → use the verb ("als u op tijd betaalt").
// One nominalisation in a sentence is info; two or more make each a warning. Everyday nouns ("de aanvraag van")
// are only flagged in a sentence that has another nominalisation.
import { sentenceTokens } from "../text/document.ts";
import type { Check, DocumentModel, Finding, Severity, Token } from "../types.ts";
import { NOMINALISATIONS, NOMINAL_INFIX_START, NOMINAL_LEFT, NOUNS_ENDING_IN_EN, type Nominalisation } from "./data/nominalisations.ts";
import { participleKind } from "./participles.ts";

const byNoun = new Map(NOMINALISATIONS.map((n) => [n.noun, n]));
const PREPOSITIONS = new Set(["na", "bij", "voor", "vóór", "ná", "tot", "door", "zonder", "tijdens", "wegens", "vanwege", "middels", "inzake", "via"]);
const SHORT_INFINITIVES = new Set(["gaan", "staan", "doen", "zien", "slaan"]);
/** Before "het", these make "het" an object or subject pronoun: "wij hebben het ontvangen van de gemeente". */
const PRONOUN_CONTEXT = new Set([
  "ik", "jij", "je", "hij", "zij", "ze", "wij", "we", "u", "jullie", "men", "heb", "hebt", "heeft", "hebben", "had",
  "hadden", "kan", "kunnen", "moet", "moeten", "wil", "willen", "zal", "zullen", "mag", "mogen", "zou", "zouden",
]);

interface Hit {
  first: number; // token index in the sentence
  last: number;
  /** The verb to use, and an example with it. */
  verb: string;
  example?: string;
  weak: boolean;
}

const isWord = (t: Token | undefined): t is Token => t?.kind === "word";

function isInfinitive(lower: string): boolean {
  if (NOUNS_ENDING_IN_EN.has(lower)) return false;
  if (SHORT_INFINITIVES.has(lower)) return true;
  if (lower.length < 5 || !lower.endsWith("en") || !/^[a-zëïöüé]+$/.test(lower)) return false;
  // "gekregen", "gegeven": a participle, not an infinitive ("ze hebben het gekregen van …")
  return !(lower.startsWith("ge") && participleKind(lower) === "participle");
}

/** (a) "het (…)? INFINITIVE van": "het nemen van", "het in behandeling nemen van". */
function nominalInfinitive(tokens: Token[], k: number): Hit | undefined {
  const het = tokens[k]!;
  if (het.lower !== "het" || PRONOUN_CONTEXT.has(tokens[k - 1]?.lower ?? "")) return undefined;
  for (let gap = 0; gap <= 3; gap++) {
    const inf = tokens[k + 1 + gap];
    const van = tokens[k + 2 + gap];
    if (!isWord(inf)) return undefined;
    if (gap > 0 && !NOMINAL_INFIX_START.has(tokens[k + 1]!.lower)) return undefined;
    if (isWord(van) && van.lower === "van" && isInfinitive(inf.lower)) {
      return { first: k, last: k + 2 + gap, verb: inf.lower, weak: false };
    }
  }
  return undefined;
}

/** (b) "[de/na/bij …] (adjective)? NOUN van": "na ontvangst van", "door tijdige betaling van". */
function nounWithVan(tokens: Token[], k: number): Hit | undefined {
  const entry = byNoun.get(tokens[k]!.lower);
  const van = tokens[k + 1];
  if (!entry || !isWord(van) || van.lower !== "van") return undefined;
  const prev = tokens[k - 1];
  const adjective = isWord(prev) && prev.lower.endsWith("e") && !NOMINAL_LEFT.has(prev.lower) && NOMINAL_LEFT.has(tokens[k - 2]?.lower ?? "");
  if (!adjective && !(isWord(prev) && NOMINAL_LEFT.has(prev.lower))) return undefined;
  // the span starts with a preposition ("na ontvangst van"), not with an article ("de beoordeling van")
  const left = adjective ? k - 2 : k - 1;
  const first = PREPOSITIONS.has(tokens[left]!.lower) ? left : adjective ? k - 1 : k;
  return hitFor(entry, first, k + 1);
}

/** (c) "ter NOUN": "ter verkrijging van", "ter beoordeling". */
function terNoun(tokens: Token[], k: number): Hit | undefined {
  const entry = byNoun.get(tokens[k]!.lower);
  if (!entry || tokens[k - 1]?.lower !== "ter") return undefined;
  const van = tokens[k + 1];
  return hitFor(entry, k - 1, isWord(van) && van.lower === "van" ? k + 1 : k);
}

/** (d) "overgaan tot NOUN": "overgaan tot betaling", "over te gaan tot ontruiming". */
function overgaanTot(tokens: Token[], k: number): Hit | undefined {
  const entry = byNoun.get(tokens[k]!.lower);
  if (!entry || tokens[k - 1]?.lower !== "tot") return undefined;
  for (let back = 2; back <= 4; back++) {
    const t = tokens[k - back];
    if (!isWord(t)) return undefined;
    if (t.lower.startsWith("overg") || t.lower === "over") return hitFor(entry, k - back, k);
  }
  return undefined;
}

function hitFor(entry: Nominalisation, first: number, last: number): Hit {
  return { first, last, verb: entry.verb, example: entry.example, weak: entry.weak === true };
}

function finding(doc: DocumentModel, tokens: Token[], hit: Hit, severity: Severity): Finding {
  const start = tokens[hit.first]!.start;
  const end = tokens[hit.last]!.end;
  const text = doc.text.slice(start, end);
  const use = hit.example ? `het werkwoord '${hit.verb}', bijvoorbeeld: '${hit.example}'` : `het werkwoord zelf: '${hit.verb}'`;
  const many = severity === "warning" ? " Deze zin heeft er meer dan één; dat maakt hem zwaar." : "";
  return {
    id: "nominal-style",
    rule: "nominal-style",
    severity,
    start,
    end,
    text,
    message: `Naamwoordstijl: '${text.replace(/\s+/g, " ")}' maakt van een werkwoord een zelfstandig naamwoord.${many} Schrijf liever met ${use}.`,
    suggestions: [
      {
        replacement: hit.verb,
        safe: false,
        note: hit.example ? `Gebruik het werkwoord: '${hit.example}'. Pas de zin zelf aan.` : `Gebruik het werkwoord '${hit.verb}'. Pas de zin zelf aan.`,
      },
    ],
  };
}

export const nominalStyleCheck: Check = {
  rule: "nominal-style",
  run(doc: DocumentModel): Finding[] {
    const findings: Finding[] = [];
    for (let si = 0; si < doc.sentences.length; si++) {
      const tokens = sentenceTokens(doc, si);
      const hits: Hit[] = [];
      let coveredUntil = -1;
      for (let k = 0; k < tokens.length; k++) {
        if (k <= coveredUntil || !isWord(tokens[k])) continue;
        const hit = nominalInfinitive(tokens, k) ?? terNoun(tokens, k) ?? nounWithVan(tokens, k) ?? overgaanTot(tokens, k);
        if (!hit) continue;
        // a hit may start before k (an adjective, "ter", "overgaan"); drop any earlier hit it overlaps
        while (hits.length > 0 && hits[hits.length - 1]!.last >= hit.first) hits.pop();
        hits.push(hit);
        coveredUntil = hit.last;
      }
      const severity: Severity = hits.length >= 2 ? "warning" : "info";
      for (const hit of hits) {
        if (hit.weak && hits.length < 2) continue;
        findings.push(finding(doc, tokens, hit, severity));
      }
    }
    return findings;
  },
};
