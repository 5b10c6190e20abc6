// Passive voice (brief §2): worden/zijn + past participle → say who does it.
// Pairs each auxiliary with a participle of the same clause, in either order and at any distance within the clause.
import { isCountedUnit, sentenceTokens } from "../text/document.ts";
import type { Check, DocumentModel, Finding, Severity, Token } from "../types.ts";
import { SUBORDINATORS, sentenceClauses } from "./clauses.ts";
import {
  ADJECTIVE_ONLY_WITH_WORDEN,
  AGENT_TO_SUBJECT,
  CAUSE_NOUNS,
  CLUSTER_VERBS,
  DETERMINERS,
  HEBBEN_FORMS,
  PARTICIPLE_NOUNS,
  RESULT_QUALITY_ADVERBS,
  STATE_PARTICIPLES,
  WORDEN_FORMS,
  ZIJN_FORMS,
  ZIJN_VERB_UNLESS_AGENT,
} from "./data/dutch-verbs.ts";
import { titles } from "./data/abbreviations.ts";
import { type ParticipleKind, participleKind, plainLower } from "./participles.ts";
import { MONTH_NAMES, WEEKDAYS } from "./data/calendar.ts";

/** How far (in tokens) a participle may stand from its auxiliary. Keeps the check linear on hostile input. */
const MAX_DISTANCE = 16;
const PREPOSITIONS = new Set([
  "aan", "bij", "door", "in", "met", "na", "naar", "om", "op", "over", "tot", "uit", "van", "voor", "zonder", "tegen",
  "onder", "tijdens", "via", "volgens", "vanwege", "wegens",
]);
/** Words that end a door-agent: "door de gemeente [binnen 30 dagen]". */
const AGENT_STOP = new Set([...PREPOSITIONS, "niet", "ook", "al", "nog", "wel", "dan", "binnen", "altijd", "steeds", "reeds", "er"]);

type Aux = "worden" | "zijn";
/** Words that can follow a verbal participle; any other word after "van/met … PARTICIPLE" makes it an adjective. */
const PARTICIPLE_FOLLOWERS = new Set([
  ...PREPOSITIONS, ...SUBORDINATORS, ...CLUSTER_VERBS, ...HEBBEN_FORMS, "en", "of", "maar", "want", "dus", "er", "het",
  "te", "geworden", "geweest", "door", "om", "niet", "ook", "wel",
]);
const ATTRIBUTIVE_ADVERB = /^(?:[a-z]+(?:lijk|ig|isch)|breed|goed|zeer|heel|erg|slecht|nieuw|pas|net|zelf|eerder|vaak|veel|breder)$/;
const COPULAR_PARTICIPLES = new Set(["geraakt", "gebleven"]);
const DEGREE_ADVERBS = new Set(["meest", "minst", "best", "meer", "minder", "beter"]);

interface Pairing {
  aux: number; // index into the sentence's tokens
  participle: number;
  /** Position of the earlier of the two in the clause. */
  firstPos: number;
  kind: ParticipleKind;
  auxType: Aux;
}

function auxType(t: Token): Aux | undefined {
  if (t.kind !== "word") return undefined;
  if (WORDEN_FORMS.has(t.lower)) return "worden";
  if (ZIJN_FORMS.has(t.lower)) return "zijn";
  return undefined;
}

// candidateKind is asked about the same token from several auxiliaries; cache it per sentence
const KINDS: ParticipleKind[] = ["none", "participle", "zijn-verb", "state", "result-state", "adjectival"];
let cacheTokens: Token[] | undefined;
let cacheKinds = new Uint8Array(0); // 0 = not computed yet, else index in KINDS + 1

/** The participle kind of token k in its sentence, with the context rules that make it a noun or preposition. */
function candidateKind(tokens: Token[], k: number): ParticipleKind {
  if (cacheTokens !== tokens) (cacheTokens = tokens), (cacheKinds = new Uint8Array(tokens.length));
  const code = cacheKinds[k]!;
  if (code > 0) return KINDS[code - 1]!;
  const kind = computeCandidateKind(tokens, k);
  cacheKinds[k] = KINDS.indexOf(kind) + 1;
  return kind;
}

const TIME_WORDS = new Set<string>([...WEEKDAYS, ...MONTH_NAMES, "tijd", "termijn"]);

/** Words that start a noun phrase after the preposition "gezien", besides the determiners. */
const GIVEN_NOUN_STARTS = new Set(["het", "zijn", "haar", "hun", "deze", "dit", "die", "dat", "ons", "jullie"]);

function computeCandidateKind(tokens: Token[], k: number): ParticipleKind {
  const t = tokens[k]!;
  if (t.kind !== "word") return "none";
  // names: a capital letter other than at the start of the sentence
  if (k > 0 && t.text[0] !== t.lower[0]) return "none";
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  const prevLower = prev?.kind === "word" ? prev.lower : "";
  if (DETERMINERS.has(prevLower) || prevLower === "te") return "none"; // "een gemaakt plan", "te ontvangen"
  // "betaald parkeren", "beschermd wonen": a fixed name of a service or rule, a noun group with no action
  if (next?.kind === "word" && PARTICIPLE_NOUNS.get(plainLower(t.lower))?.has(next.lower)) return "none";
  if (prevLower === "het" && next?.lower === "van") return "none"; // "het ontvangen van"
  if (prevLower === "zijn" && isPossessiveZijn(tokens, k - 1, false)) return "none"; // "met zijn gebroken been"
  if (prev && isHebben(prev)) return "none"; // "heeft gemaakt": an active perfect
  // "te leren verdragen": an infinitive after another infinitive
  if (tokens[k - 2]?.lower === "te" && prevLower.endsWith("en") && prev && !auxType(prev)) return "none";
  const nextIsWord = next?.kind === "word" && next.text[0] === next.lower[0];
  // "van ervaren professionals", "van bepaald gedrag": a participle before a noun
  if (PREPOSITIONS.has(prevLower) && nextIsWord && !PARTICIPLE_FOLLOWERS.has(next.lower) && !auxType(next)) return "none";
  // "Gedeeld opvoederschap is …"
  if (k === 0 && nextIsWord && !PARTICIPLE_FOLLOWERS.has(next.lower) && !auxType(next)) return "none";
  // "het leren verdragen van", "is verdragen van ongemak": an infinitive used as a noun
  if (next?.lower === "van" && t.lower.endsWith("en") && (prevLower === "het" || tokens[k - 2]?.lower === "het" || (prev && auxType(prev)))) {
    return "none";
  }
  // "zij is aangewezen op hulp": "depends on", a state ("is op 3 mei aangewezen" has no "op" right after it; "op
  // maandag" is a time)
  if (t.lower === "aangewezen" && next?.lower === "op" && tokens[k + 2]?.kind === "word" && !TIME_WORDS.has(tokens[k + 2]!.lower)) return "none";
  // "gezien zijn leeftijd", "gezien de situatie": "gezien" is a preposition ("given") before a determiner
  if (t.lower === "gezien" && next?.kind === "word" && (DETERMINERS.has(next.lower) || GIVEN_NOUN_STARTS.has(next.lower))) return "none";
  // "een breed gedragen besluit", "een mogelijk ervaren afhankelijkheid"
  if (DETERMINERS.has(tokens[k - 2]?.lower ?? "") && ATTRIBUTIVE_ADVERB.test(prevLower)) return "none";
  const w = plainLower(t.lower);
  // "gezien de situatie", "gelet op": a preposition at the start of a clause or before an article
  if ((w === "gezien" || w === "gelet") && (k === 0 || prev?.text === "," || DETERMINERS.has(next?.lower ?? "") || next?.lower === "het")) {
    return "none";
  }
  return participleKind(t.lower);
}

function isHebben(t: Token): boolean {
  return t.kind === "word" && HEBBEN_FORMS.has(t.lower);
}

/** "zijn" as a possessive: "met zijn moeder", "heeft zijn kind gezien". */
function isPossessiveZijn(tokens: Token[], k: number, clauseHasHebben: boolean): boolean {
  if (tokens[k]!.lower !== "zijn") return false;
  const prev = tokens[k - 1];
  return clauseHasHebben || (prev?.kind === "word" && PREPOSITIONS.has(prev.lower));
}

/**
 * The participle that belongs to the auxiliary at clause position i: the nearest one after it, else the nearest
 * one before it; a "hebben" form or another auxiliary in between claims the participle.
 */
function findParticiple(tokens: Token[], clause: number[], i: number, used: Uint8Array, worden: boolean): { k: number; pos: number } | undefined {
  const scan = (step: 1 | -1): { k: number; pos: number } | undefined => {
    for (let j = i + step, n = 0; j >= 0 && j < clause.length && n < MAX_DISTANCE; j += step, n++) {
      const k = clause[j]!;
      const t = tokens[k]!;
      if (isHebben(t)) return undefined;
      // "wordt bekend gemaakt": after worden, "bekend" is an adjective; look on for "gemaakt"
      if (!used[k] && candidateKind(tokens, k) !== "none" && !(worden && ADJECTIVE_ONLY_WITH_WORDEN.has(plainLower(t.lower)))) {
        // "… wie we dit gemaakt hebben": a participle right before "hebben" belongs to it
        const after = tokens[k + 1];
        if (after && isHebben(after)) return undefined;
        return { k, pos: j };
      }
      if (auxType(t) && !isPossessiveZijn(tokens, k, false)) return undefined;
    }
    return undefined;
  };
  // verb-final order: "gemotiveerd worden", "gelezen kunnen worden", "betaald moet worden"
  let j = i - 1;
  while (j >= 0 && CLUSTER_VERBS.has(tokens[clause[j]!]!.lower) && i - j < 4) j--;
  const before = clause[j];
  if (j >= 0 && before === clause[i]! - (i - j) && !used[before!] && candidateKind(tokens, before!) !== "none") return { k: before!, pos: j };
  return scan(1) ?? scan(-1);
}

/** A title or initials inside a name: "door mr. Jansen", "door mevrouw drs. A. Visser". */
function isNamePart(t: Token): boolean {
  return t.kind === "abbreviation" && (titles.has(t.lower) || /^(?:\p{Lu}\.)+$/u.test(t.text));
}

function hasCommaBetween(tokens: Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (tokens[k]!.text === ",") return true;
  return false;
}

/** The words after "door" in the clause, if the clause has a door-agent: "door ons", "door de gemeente". */
function findAgent(tokens: Token[], clause: number[]): Token[] | undefined {
  for (let j = 0; j < clause.length; j++) {
    if (tokens[clause[j]!]!.lower !== "door") continue;
    if (isAttributiveDoor(tokens, clause, j)) continue;
    const words: Token[] = [];
    for (let m = j + 1; m < clause.length && words.length < 4; m++) {
      const t = tokens[clause[m]!]!;
      if (t.kind !== "word" && t.kind !== "placeholder" && !isNamePart(t)) break;
      // a comma starts an apposition ("door de raadsonderzoeker, mevrouw Visser"): the actor is the part before it
      if (words.length > 0 && hasCommaBetween(tokens, clause[m - 1]!, clause[m]!)) break;
      if (words.length > 0 && AGENT_STOP.has(t.lower)) break;
      // "waarbij door Dylan een medeleerling is geslagen": a lower-case article after the actor starts the subject
      // ("door de heer De Wit": a capital De is part of the name; "de school en de gemeente" is one actor)
      if (words.length > 0 && (DETERMINERS.has(t.lower) || t.lower === "het") && t.text[0] === t.lower[0] && !/^(?:en|of)$/.test(words[words.length - 1]!.lower)) break;
      if (auxType(t) || CLUSTER_VERBS.has(t.lower) || candidateKind(tokens, clause[m]!) !== "none") break;
      words.push(t);
      if (AGENT_TO_SUBJECT.has(t.lower) && words.length === 1) break;
    }
    if (words.some((w) => CAUSE_NOUNS.has(w.lower))) continue;
    if (words.length > 0 && !AGENT_STOP.has(words[0]!.lower)) return words;
  }
  return undefined;
}

/** Words between an attributive "door" and its participle: "het door de Raad voor de Kinderbescherming ingediende". */
const ATTRIBUTIVE_DOOR_REACH = 8;

/**
 * "de door u verstrekte gegevens", "het door de Raad ingediende verzoek": a "door" inside a noun group names who
 * made that thing, not who does the clause's passive. Such a group starts with a determiner before "door" or ends
 * in an inflected participle before its noun.
 */
function isAttributiveDoor(tokens: Token[], clause: number[], j: number): boolean {
  const prev = tokens[clause[j]! - 1];
  // "welke door het CAK wordt vastgesteld": a relative "welke" starts a clause, not a noun group
  if (prev?.kind === "word" && DETERMINERS.has(prev.lower) && prev.lower !== "welke" && prev.lower !== "welk") return true;
  for (let m = j + 1; m < clause.length && m <= j + ATTRIBUTIVE_DOOR_REACH; m++) {
    const t = tokens[clause[m]!]!;
    if (t.kind !== "word" && t.kind !== "placeholder") return false;
    if (auxType(t) || CLUSTER_VERBS.has(t.lower)) return false;
    const next = tokens[clause[m]! + 1];
    if (/[dt]e$/.test(t.lower) && next?.kind === "word" && participleKind(t.lower.slice(0, -1)) !== "none") return true;
  }
  return false;
}

/** warning, info, or undefined when the pairing is not a passive worth a finding. */
function severityOf(p: Pairing, participle: string, hasAgent: boolean): Severity | undefined {
  if (p.auxType === "worden") {
    // "wordt bekend", "wordt geboren": no passive to rewrite; "wordt veranderd" is one
    return ADJECTIVE_ONLY_WITH_WORDEN.has(participle) ? undefined : "warning";
  }
  switch (p.kind) {
    case "participle":
      return "warning";
    case "state":
      return "info";
    case "result-state":
      return hasAgent ? "warning" : undefined;
    case "zijn-verb":
      return hasAgent && ZIJN_VERB_UNLESS_AGENT.has(participle) ? "warning" : undefined;
    default:
      return undefined; // adjectival: "zij is betrokken bij"
  }
}

/** `used` marks tokens of the sentence already paired (one array per sentence). */
function pairings(tokens: Token[], clause: number[], used: Uint8Array): Pairing[] {
  const out: Pairing[] = [];
  const clauseHasHebben = clause.some((k) => isHebben(tokens[k]!));
  // worden first: in "is betaald geworden" the participle belongs to "geworden"
  for (const want of ["worden", "zijn"] as const) {
    for (let i = 0; i < clause.length; i++) {
      const k = clause[i]!;
      if (used[k] || auxType(tokens[k]!) !== want) continue;
      if (want === "zijn" && isPossessiveZijn(tokens, k, clauseHasHebben)) continue;
      const p = findParticiple(tokens, clause, i, used, want === "worden");
      if (p === undefined) continue;
      // "zijn gedupeerd geraakt", "is ongerust gebleven": the perfect of raken/blijven, an active sentence
      const after = clause[p.pos + 1];
      if (want === "zijn" && after === p.k + 1 && COPULAR_PARTICIPLES.has(tokens[after]!.lower)) {
        used[k] = used[p.k] = used[after] = 1;
        continue;
      }
      used[k] = used[p.k] = 1;
      const kind = candidateKind(tokens, p.k);
      // "het is goed geschreven", "netjes onderhouden": a judged result, not an action
      // "het meest aangewezen", "het best bewaard": a degree makes the participle an adjective too
      const before = tokens[p.k - 1]?.lower ?? "";
      const judged = want === "zijn" && (kind === "participle" || kind === "state") && (RESULT_QUALITY_ADVERBS.has(before) || DEGREE_ADVERBS.has(before));
      out.push({ aux: k, participle: p.k, firstPos: Math.min(i, p.pos), kind: judged ? "result-state" : kind, auxType: want });
    }
  }
  return out;
}

function message(doc: DocumentModel, agent: Token[] | undefined, severity: Severity, participle: string): string {
  if (severity === "info") {
    const alt = STATE_PARTICIPLES.get(participle);
    return alt
      ? `Dit klinkt stijf: 'zijn' met een werkwoord. Het kan vaak korter, bijvoorbeeld met '${alt}'.`
      : "Dit klinkt stijf: 'zijn' met een werkwoord. Kijk of het korter kan, of schrijf wie het doet.";
  }
  if (agent) {
    const text = doc.text.slice(agent[0]!.start, agent[agent.length - 1]!.end).replace(/\s+/g, " "); // a wrapped line breaks inside
    const subject = agent.length === 1 ? (AGENT_TO_SUBJECT.get(agent[0]!.lower) ?? text) : text;
    const start = subject.charAt(0).toUpperCase() + subject.slice(1);
    return `Wie doet het? Dat is '${text}', maar dat staat pas laat in de zin (lijdende vorm). Begin de zin met wie het doet: '${start} …'.`;
  }
  return "Wie doet het? Dat zegt de zin niet (lijdende vorm). Schrijf wie het doet, bijvoorbeeld 'Wij betalen het bedrag' in plaats van 'Het bedrag wordt betaald'.";
}

function findingFor(doc: DocumentModel, tokens: Token[], clause: number[], p: Pairing, agent: Token[] | undefined): Finding | undefined {
  const participle = plainLower(tokens[p.participle]!.lower);
  const severity = severityOf(p, participle, agent !== undefined);
  if (!severity) return undefined;

  // span: from the first to the last of auxiliary and participle, plus modal verbs right before it ("moet worden betaald")
  let first = Math.min(p.aux, p.participle);
  const last = Math.max(p.aux, p.participle);
  for (let j = p.firstPos - 1; j >= 0 && clause[j] === first - 1 && CLUSTER_VERBS.has(tokens[first - 1]!.lower); j--) first--;
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  const auxWord = tokens[p.aux]!.lower;
  const alt = STATE_PARTICIPLES.get(participle);
  const adjacent = Math.abs(p.aux - p.participle) === 1 && first === Math.min(p.aux, p.participle);
  return {
    id: "passive",
    rule: "passive",
    severity,
    start,
    end,
    text: doc.text.slice(start, end),
    message: message(doc, agent, severity, participle),
    suggestions:
      severity === "info" && alt && auxWord === "is" && adjacent && p.aux < p.participle
        ? [{ replacement: alt, safe: false, note: `Bijvoorbeeld: '${alt}' in plaats van '${doc.text.slice(start, end).replace(/\s+/g, " ")}'. Lees de zin daarna nog eens.` }]
        : [],
  };
}

export const passiveCheck: Check = {
  rule: "passive",
  run(doc: DocumentModel): Finding[] {
    const findings: Finding[] = [];
    doc.sentences.forEach((s, si) => {
      let hasAux = false;
      for (let k = s.tokenStart; k < s.tokenEnd && !hasAux; k++) hasAux = auxType(doc.tokens[k]!) !== undefined;
      if (!hasAux) return;
      const tokens = sentenceTokens(doc, si);
      const used = new Uint8Array(tokens.length);
      for (const clause of sentenceClauses(doc, si)) {
        const found = pairings(tokens, clause, used);
        if (found.length === 0) continue;
        const agent = findAgent(tokens, clause);
        for (const p of found) {
          const f = findingFor(doc, tokens, clause, p, agent);
          if (f) findings.push(f);
        }
      }
    });
    cacheTokens = undefined;
    cacheKinds = new Uint8Array(0);
    return asTipsWhenRare(doc, findings).sort((a, b) => a.start - b.start || a.end - b.end);
  },
};

/** At most this many passives, and at most this share of the sentences, make the passive rare in a text. */
const RARE_PASSIVES = 2;
const RARE_PASSIVE_SHARE = 0.06;
const RARE_NOTE = " Deze tekst doet dit weinig. Dan is het een tip.";

/**
 * The passive is not wrong: plain-language guides ask to use it seldom. A text with one or two passives among many
 * sentences (a plain letter: "Waarom is uw aanvraag afgewezen?") gets them as tips; officialese, where they pile
 * up, keeps its warnings. Headings and address lines do not count as sentences here.
 */
function asTipsWhenRare(doc: DocumentModel, findings: Finding[]): Finding[] {
  const warnings = findings.filter((f) => f.severity === "warning").length;
  if (warnings === 0 || warnings > RARE_PASSIVES) return findings;
  let sentences = 0;
  for (const s of doc.sentences) if (isCountedUnit(s)) sentences++;
  if (warnings > RARE_PASSIVE_SHARE * sentences) return findings;
  return findings.map((f) => (f.severity === "warning" ? { ...f, severity: "info", message: f.message + RARE_NOTE } : f));
}
