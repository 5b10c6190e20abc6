// The named transformations a sentence rewrite's template can call on a captured group: "{5|subject-form}".
// A closed set, so rules stay data (rewrites/*.yaml, docs/rewrites-format.md). A transformation that cannot
// give a sure answer returns undefined: the rule then does not rewrite the sentence.

export type Transformation = (value: string) => string | undefined;

/** Finite forms of auxiliary and modal verbs: the verb that moves to second place when a subclause becomes a main clause. */
const FINITE_AUX = new Set([
  "is", "zijn", "bent", "ben", "was", "waren", "heeft", "hebben", "hebt", "heb", "had", "hadden", "wordt", "worden", "werd", "werden",
  "kan", "kunt", "kunnen", "kon", "konden", "moet", "moeten", "moest", "moesten", "mag", "mogen", "mocht", "mochten",
  "zal", "zult", "zullen", "zou", "zouden", "wil", "wilt", "willen", "wilde", "wilden",
]);

/**
 * A subclause in main-clause order after an adverb: "u te laat bent" → "bent u te laat", "wij u niet konden
 * bereiken" → "konden wij u niet bereiken". Only when the finite verb is an auxiliary or modal at the very end,
 * or just before a last infinitive or participle.
 */
function finiteVerbToFront(clause: string): string | undefined {
  const words = clause.split(" ");
  // "… beter begrijpt en daarom neutraal kan benaderen": two verbs joined; which one moves is a guess
  if (words.length < 3 || words.some((w) => /^(?:en|of|maar|want|dus|terwijl|noch)$/u.test(w))) return undefined;
  const last = words.length - 1;
  let at = -1;
  if (FINITE_AUX.has(words[last]!)) at = last;
  else if (FINITE_AUX.has(words[last - 1]!) && /(?:en|d|t)$/u.test(words[last]!) && !FINITE_AUX.has(words[last]!)) at = last - 1;
  if (at < 1) return undefined;
  return [words[at]!, ...words.slice(0, at), ...words.slice(at + 1)].join(" ");
}

/** A weak participle split into separable particle and stem: "opgestuurd" → op + stuur, "verstuurd" → "" + verstuur. */
function weakParticiple(participle: string): { stem: string; particle: string } | undefined {
  const m = /^(aan|af|bij|door|in|mee|na|om|op|over|terug|toe|uit|vast|weg)?(ge)?(\p{L}{2,30}?)(d|t)$/u.exec(participle);
  if (!m) return undefined;
  const [, particle = "", ge, stem] = m;
  if (!ge && !/^(?:be|ver|ont|her|er)/u.test(stem!)) return undefined;
  // geleid, gedood, gezet: is the stem "lei" or "leid", "zet" or "ze"? Too unsure.
  if (/(?:d|t|[aeiouy])$/u.test(stem!)) return undefined;
  return { stem: stem!, particle };
}

/** Pronouns in object or weak form → the full subject form. */
const SUBJECT_FORM: Record<string, string> = {
  ons: "wij", we: "wij", wij: "wij", mij: "ik", me: "ik", ik: "ik", u: "u", hem: "hij", hij: "hij",
  haar: "zij", hen: "zij", hun: "zij", ze: "zij", jullie: "jullie",
};
/** Subject pronouns → object form. */
const OBJECT_FORM: Record<string, string> = { u: "u", wij: "ons", we: "ons", ik: "mij", hij: "hem", jullie: "jullie" };
/** The form of "hebben" with a subject, named in subject or object form. */
const HAVE: Record<string, string> = {
  ik: "heb", mij: "heb", me: "heb", wij: "hebben", we: "hebben", ons: "hebben", u: "heeft", hij: "heeft", hem: "heeft",
  haar: "heeft", hen: "hebben", hun: "hebben", jullie: "hebben",
};

export const transformations: Readonly<Record<string, Transformation>> = {
  /** "Het" → "het". */
  "lower-first": (s) => s.charAt(0).toLowerCase() + s.slice(1),
  /** "de rechter" → "De rechter". */
  capitalise: (s) => s.charAt(0).toUpperCase() + s.slice(1),
  /** Spaces at both ends off. */
  trim: (s) => s.trim(),
  /** "ons" → "wij", "mij" → "ik", "hen" → "zij"; any other words stay as they are. */
  "subject-form": (s) => SUBJECT_FORM[s.toLowerCase()] ?? s,
  /** "U" → "u", "Wij" → "ons", "Ik" → "mij", "Hij" → "hem"; undefined for anything else. */
  "object-form": (s) => OBJECT_FORM[s.toLowerCase()],
  /**
   * The form of "hebben" that goes with this subject: "ik" → "heb", "ons" → "hebben", "de rechter" → "heeft",
   * "de ouders" → "hebben" (a noun that ends in -en or -s is taken as plural). Undefined for "zij"/"ze" (one or more?).
   */
  "have-for-subject": (s) => {
    const known = HAVE[s.toLowerCase()];
    if (known) return known;
    if (/^(?:zij|ze)$/iu.test(s)) return undefined;
    return /(?:en|s)$/u.test(s) ? "hebben" : "heeft";
  },
  /** Third person singular present of a weak verb from its participle: "gestuurd" → "stuurt", "opgestuurd" → "stuurt". */
  "present-from-participle": (s) => {
    const p = weakParticiple(s);
    return p && `${p.stem}t`;
  },
  /** The separable particle of a weak participle: "opgestuurd" → "op", "verstuurd" → "". */
  "separable-particle": (s) => weakParticiple(s)?.particle,
  /** A subclause in main-clause order, its finite auxiliary or modal verb first: "u te laat bent" → "bent u te laat". */
  "finite-verb-to-front": finiteVerbToFront,
};
