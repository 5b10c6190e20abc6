// Is a Dutch word Latinate or French by its form? Suffixes (-atie, -iteit, -eren, -isme, -ief, -aal, -eel,
// -ant, -ent, -air, -eus …) and Latin/French spelling (qu, ph, th, eau …). A form test only: the vocabulary
// check decides with word frequencies whether the word is common.

export interface LatinateForm {
  /** The form to look up and to name: "geëvalueerd" → "evalueren", "marginale" → "marginaal". */
  lemma: string;
  kind: "verb" | "noun" | "adjective" | "spelling";
}

// Germanic prefixes: "verkeren", "herkent", "betaal", "onderkant" are native words with a Latinate-looking end
const GERMANIC_PREFIXES = ["be", "ver", "ont", "her", "ge", "er", "on", "voor", "achter", "onder", "over", "door", "uit", "aan", "op", "af", "in", "mee", "toe", "terug", "weg", "samen", "tegen", "om", "na", "bij", "zij", "mis", "hier", "daar", "waar"];

/** Is the part before the suffix too short to be a Latin root? l-eren, sch-eren, verk-eren, herk-ent, onderk-ant. */
function nativeRoot(stem: string, min: number): boolean {
  return stem.length < min || GERMANIC_PREFIXES.some((p) => stem.startsWith(p) && stem.length - p.length < min);
}

/** The nouns whose plural ends in -eren (a closed set of old Dutch words), with their compounds' last part. */
const EREN_PLURALS = new Set(["kinderen", "liederen", "bladeren", "volkeren", "eieren", "beenderen", "runderen", "kalveren", "lammeren", "gemoederen", "goederen", "hoenderen", "raderen", "gelederen", "kleren"]);

/** Verb forms with the stressed -eer- of Latin verbs, and the infinitive they belong to. */
const VERB_FORMS: [RegExp, string][] = [
  [/^ge(\p{L}{3,30})eerde?$/u, "$1eren"], // geëvalueerd (ë → e below), gefaciliteerde
  [/^(\p{L}{3,30})eerden?$/u, "$1eren"], // evalueerde(n)
  [/^(\p{L}{3,30})eert$/u, "$1eren"], // evalueert
  [/^(\p{L}{3,30})erende?$/u, "$1eren"], // evaluerend(e)
  [/^(\p{L}{3,30})eren$/u, "$1eren"], // evalueren (or veranderen: see below)
];

const FORMS: [RegExp, string, LatinateForm["kind"]][] = [
  [/^(\p{L}{3,30}?)(atie|itie|ctie|utie|entie|antie|ssie)s?$/u, "$1$2", "noun"], // evaluatie, positie, sanctie, executie, frequentie, discussie
  [/^(\p{L}{3,30}?)iteit(?:en)?$/u, "$1iteit", "noun"], // prioriteit(en)
  [/^(\p{L}{3,30}?)is(?:me|men)$/u, "$1isme", "noun"], // pragmatisme
  [/^(\p{L}{3,30}?)(ance|ence|ium|eur|eurs)$/u, "$1$2", "noun"], // ambiance, consequence, criterium, procureur
  [/^(\p{L}{3,30}?)ie(?:f|ve|ven)$/u, "$1ief", "adjective"], // proactief, proactieve
  [/^(\p{L}{3,30}?)(?:aal|ale)$/u, "$1aal", "adjective"], // marginaal, marginale
  [/^(\p{L}{3,30}?[iïurntm])(?:eel|ele)$/u, "$1eel", "adjective"], // incidenteel, structurele, formele
  [/^(\p{L}{3,30}?)i(?:eel|ële)$/u, "$1ieel", "adjective"], // substantieel, substantiële
  [/^(\p{L}{3,30}?)([ae])nte?$/u, "$1$2nt", "adjective"], // evident(e), transparant(e)
  [/^(\p{L}{3,30}?)(air|aire|eus|euze|ieus|ieuze|abel|abele|ibel|ibele|istisch|istische)$/u, "$1$2", "adjective"], // primair, dubieus, flexibel
];

// Latin and French spelling: adequaat, philosophie, bureau, trottoir, café; not c, x or th, which many common
// Dutch loans have (contract, taxi, wethouder)
// ("ph" not after a vowel: op|hangen, koop|handel are Dutch compounds)
const SPELLING = /qu|(?:^|[^aeiouy])ph|eau|oir|ç|[éèêàâôû]/u;

/**
 * The Latinate form class of a lower-case word, or undefined. `zipf` gives the frequency of a word form (or
 * undefined): it tells a Latin verb (evalueert) from a native one on -eren (verandert).
 */
export function latinateForm(word: string, zipf: (w: string) => number | undefined): LatinateForm | undefined {
  for (const [re, to] of VERB_FORMS) {
    const m = re.exec(word);
    if (!m) continue;
    const stem = m[1]!;
    // vermeerderen, veranderen, schilderen: -nd/-rd/-ld before -eren is Germanic
    if (nativeRoot(stem, 4) || /[lnr]d$/u.test(stem)) break;
    if (!re.source.includes("ee")) {
      // liederen, kinderen, bladeren: the plural of a noun, not a verb
      if (EREN_PLURALS.has(word)) break;
      // veranderen, luisterend: the native verb says "verandert"; the Latin one says "evalueert"
      const latin = zipf(`${stem}eert`) ?? zipf(`${stem}eer`);
      const native = zipf(`${stem}ert`) ?? zipf(`${stem}er`);
      if (native !== undefined && native >= (latin ?? -1)) break;
    }
    // geëvalueerd, geïnformeerd: the diaeresis only marks the syllable after "ge"
    return { lemma: word.replace(re, to).replace(/^[ëï]/u, (c) => (c === "ë" ? "e" : "i")), kind: "verb" };
  }
  /** A plural on -en at least as frequent as the inflected adjective on -e. */
  const isNoun = (plural: string, inflected: string) => {
    const p = zipf(plural);
    return p !== undefined && p >= (zipf(inflected) ?? -1);
  };
  for (const [re, to, kind] of FORMS) {
    const m = re.exec(word);
    // a part without a vowel is no Latin root: sch-eur, kl-eur
    if (!m || nativeRoot(m[1]!, 3) || !/[aeiouyàáâäèéêëìíîïòóôöùúûü]/u.test(m[1]!)) continue;
    const lemma = word.replace(re, to);
    // consulent(en), incident(en), student(en): a noun on -ent/-ant (a person or a thing) is often the only word
    // for it; the adjectives (evident, transparant) are the formal ones
    if (/[ae]nt$/u.test(lemma) && isNoun(`${lemma}en`, `${lemma}e`)) return undefined;
    // tarief/tarieven, archief/archieven are nouns; intensief/intensieve is the adjective
    if (lemma.endsWith("ief") && isNoun(`${lemma.slice(0, -1)}ven`, `${lemma.slice(0, -1)}ve`)) return undefined;
    return { lemma, kind };
  }
  if (word.length >= 6 && SPELLING.test(word)) return { lemma: word, kind: "spelling" };
  return undefined;
}
