// Is this Dutch word a past participle, and what kind? Rules on the word's shape plus the lists in data/dutch-verbs.ts.
import {
  ADJECTIVAL_PARTICIPLES,
  INSEPARABLE_PREFIXES,
  NOT_PARTICIPLES,
  RESULT_STATE_ENDINGS,
  RESULT_STATE_PARTICIPLES,
  SEPARABLE_PARTICLES,
  STATE_PARTICIPLES,
  STRONG_CORES,
  ZIJN_VERB_ENDINGS,
  ZIJN_VERB_PARTICIPLES,
  ZIJN_VERB_UNLESS_AGENT,
} from "./data/dutch-verbs.ts";

export type ParticipleKind =
  | "participle" // a verb that can make a passive: gemaakt, betaald, aangesproken
  | "zijn-verb" // a verb that takes "zijn" in the perfect: gebeurd, gekomen, verhuisd
  | "state" // after "zijn" mostly a state: gelegen, bedoeld, gesloten
  | "result-state" // after "zijn" how a thing looks now: opgeruimd, ingevuld, geverfd
  | "adjectival" // after "zijn" an adjective: betrokken, teleurgesteld
  | "none";

const VERBAL_GERICHT = new Set(["gericht", "ingericht", "opgericht", "aangericht", "afgericht", "toegericht", "heringericht"]);
const particlesLongestFirst = [...SEPARABLE_PARTICLES].sort((a, b) => b.length - a.length);
const VOWEL = /[aeiouyëïöü]/;
const WORD = /^[a-zëïöü]+$/;
// present participles (verrassend, volgend, bestaand) and noun endings (gezondheid, gemeenschap)
const NOT_WEAK_ENDING = /(?:[gsdtlrmnvz]|ei|ch)end$|aand$|heid$|teit$|ment$|schap$|stand$|raad$|grond$|komst$|dienst$/;
// present and past tenses of strong verbs, which look like weak participles: "vertrekt", "begrijpt", "besloot"
const STRONG_FINITE = /^(?:trekt|grijpt|spreekt|kijkt|schrijft|blijft|denkt|breekt|lijkt|koopt|wijst|liest|zoekt|draagt|slaapt|loopt|roept|sluit|biedt|geeft|neemt|eet|laat|ziet|gaat|staat|doet|slaat|krijgt|stijgt|buigt|vindt|houdt|komt|ligt|zit|bindt|sterft|werpt|helpt|treft|schiet|vliegt|liegt|kiest|vriest|leest|geniet|ruikt|kruipt|knijpt|wijkt|blijkt|weet|sloot|leed|stond|liet|vond|noot|gat|bond|hield|bood|streed|sneed|schoot|gelijkt|gaf|nam|vind|bind|houd|rijd|lijd|snijd|glijd|strijd|mijd|word)$/;

/** "vóór" → "voor", "één" → "een"; keeps ë and ï, which Dutch spelling needs (geëindigd, geïnformeerd). */
export function plainLower(lower: string): string {
  if (!/[áàâéèêóòôíìîúùû]/.test(lower)) return lower;
  return lower.replace(/[áàâ]/g, "a").replace(/[éèê]/g, "e").replace(/[óòô]/g, "o").replace(/[íìî]/g, "i").replace(/[úùû]/g, "u");
}

/** A weak participle without its prefix: "maakt" (gemaakt), "taald" (betaald), "steld" (vastgesteld). */
function isWeakCore(core: string): boolean {
  if (core.length < 3) return false;
  const last = core[core.length - 1];
  if (last !== "d" && last !== "t") return false;
  const stem = core.slice(0, -1);
  if (!VOWEL.test(stem) || NOT_WEAK_ENDING.test(core) || STRONG_FINITE.test(core)) return false;
  const prev = stem[stem.length - 1]!;
  // 't kofschip: after t k f s ch p x the participle ends in -t, otherwise in -d ("betaalt" is a present tense)
  if (last === "t") return "tkfspx".includes(prev) || stem.endsWith("ch") || VOWEL.test(prev);
  return !"tkp".includes(prev) && !stem.endsWith("ch");
}

function isCore(core: string): boolean {
  return STRONG_CORES.has(core) || isWeakCore(core);
}

function afterGe(rest: string): string | undefined {
  if (!rest.startsWith("ge") || rest.length < 5) return undefined;
  const core = rest.slice(2);
  // "geeft", "geest": after ge- a vowel needs a diaeresis (geëist), except o/a/u (geopend, geuit, geactiveerd)
  if (core[0] === "e" || core[0] === "i") return undefined;
  // geëindigd, geïnformeerd: the diaeresis only marks a syllable break
  return core.replace(/^ë/, "e").replace(/^ï/, "i");
}

function shapeWithoutParticle(w: string): boolean {
  const core = afterGe(w);
  if (core !== undefined && isCore(core)) return true;
  for (const p of INSEPARABLE_PREFIXES) {
    if (w.length - p.length >= 4 && w.startsWith(p) && isCore(w.slice(p.length))) return true;
  }
  return false;
}

/** Does the word have the shape of a Dutch past participle? Pure word shape; no context. */
export function hasParticipleShape(w: string): boolean {
  if (w.length < 5 || w.length > 40 || !WORD.test(w)) return false;
  if (shapeWithoutParticle(w)) return true;
  // one or two separable particles before ge- or an inseparable prefix: aan-ge-sproken, voor-be-reid, terug-ge-komen
  for (const p of particlesLongestFirst) {
    if (w.length - p.length < 5 || !w.startsWith(p)) continue;
    const rest = w.slice(p.length);
    if (shapeWithoutParticle(rest)) return true;
    for (const q of particlesLongestFirst) {
      if (rest.length - q.length >= 5 && rest.startsWith(q) && shapeWithoutParticle(rest.slice(q.length))) return true;
    }
  }
  return false;
}

const memo = new Map<string, ParticipleKind>();

/** What kind of participle a lower-cased word is; "none" if it is not one. */
export function participleKind(lower: string): ParticipleKind {
  let kind = memo.get(lower);
  if (kind === undefined) {
    if (memo.size > 50_000) memo.clear(); // bounded memory on hostile input
    kind = classify(plainLower(lower));
    memo.set(lower, kind);
  }
  return kind;
}

const NOUN_ENDINGS = ["schrift", "bericht", "gebied", "bedrag", "verzoek", "besluit", "gesprek", "verslag", "overleg", "verband", "beleid", "gezicht", "gewicht", "toezicht", "overzicht", "voorstel", "bezoek", "gebruik", "gedrag", "gevolg"];

function classify(w: string): ParticipleKind {
  if (ZIJN_VERB_PARTICIPLES.has(w) || ZIJN_VERB_UNLESS_AGENT.has(w) || ZIJN_VERB_ENDINGS.some((e) => w.endsWith(e))) return "zijn-verb";
  if (STATE_PARTICIPLES.has(w)) return "state";
  if (RESULT_STATE_PARTICIPLES.has(w) || RESULT_STATE_ENDINGS.some((e) => w.endsWith(e))) return "result-state";
  if (ADJECTIVAL_PARTICIPLES.has(w)) return "adjectival";
  if (NOT_PARTICIPLES.has(w)) return "none";
  // compounds that end in such a noun: bezwaarschrift, verzoekschrift, huurbedrag, spelregelbericht
  if (NOUN_ENDINGS.some((e) => w.length > e.length + 2 && w.endsWith(e))) return "none";
  // "gezinsgericht", "oplossingsgericht": an adjective made with a noun, not a participle
  if (w.endsWith("gericht") && !VERBAL_GERICHT.has(w)) return "none";
  return hasParticipleShape(w) ? "participle" : "none";
}
