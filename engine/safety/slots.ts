// Does a replacement fit the slot of the word it replaces? Dutch without a tagger: the words on either side
// tell what kind of word the slot asks for, and the replacement's form tells whether it is that kind.
import { participleKind } from "../checks/participles.ts";
import { CLUSTER_VERBS, HEBBEN_FORMS, WORDEN_FORMS, ZIJN_FORMS } from "../checks/data/dutch-verbs.ts";

/** Words before an attributive adjective: articles, possessives, demonstratives, quantifiers. */
const determiners = new Set([
  "de", "het", "een", "uw", "jouw", "je", "mijn", "onze", "ons", "zijn", "haar", "hun", "deze", "dit", "die", "dat",
  "elke", "ieder", "iedere", "alle", "geen", "welke", "welk", "enkele", "sommige", "andere", "veel", "weinig", "meer",
  "minder", "zo'n", "zulke", "beide", "twee", "drie", "vier", "vijf",
]);
/** Words after the slot that show it is not before a noun: verbs, conjunctions, prepositions, particles. */
const notNouns = new Set([
  "en", "of", "maar", "want", "dus", "die", "dat", "wat", "als", "is", "zijn", "was", "waren", "wordt", "worden", "werd",
  "heeft", "hebben", "had", "kan", "kunnen", "moet", "moeten", "mag", "mogen", "zal", "zullen", "wil", "willen",
  "van", "voor", "in", "op", "aan", "met", "bij", "door", "naar", "over", "om", "tot", "uit", "te", "niet", "nog", "ook",
  "wel", "al", "er", "hier", "daar", "u", "wij", "we", "ik", "hij", "zij", "ze", "het", "de", "een", "binnen", "na",
]);
/** Sentence adverbs with a fixed place: a longer phrase beside them often reads wrong ("nu nog echter"). */
const particles = new Set(["echter", "toch", "wel", "ook", "dus", "immers"]);
/** An adjective: inflected (-e) or with an adjective ending. */
const adjectiveLike = /(?:e|eel|lijk|ig|isch|baar|loos|zaam|ief|aal|air|ueel)$/;
const prepositions = new Set(["binnen", "op", "in", "na", "voor", "bij", "met", "tot", "vanaf", "uiterlijk", "per", "gedurende", "tijdens", "sinds", "zonder", "over"]);
const articles = /(?:^|\s)(?:de|het|een|uw|jouw|je|onze|ons)\s/;
const continuers = new Set(["van", "die", "dat", "waarin", "waarop", "waarbij", "waarmee", "waarvan"]);
/** A verb form: a participle ("opgelegd", "ontstaan") or an auxiliary ("is", "heeft", "moet"). */
const verbLike = (w: string) =>
  ZIJN_FORMS.has(w) || WORDEN_FORMS.has(w) || HEBBEN_FORMS.has(w) || CLUSTER_VERBS.has(w) || participleKind(w) !== "none";

export interface Slot {
  original: string;
  replacement: string;
  /** Lower-cased tokens just before and after the span, inside the sentence. */
  before: string | undefined;
  after: string | undefined;
  afterIsWord: boolean;
  /** The span's words, lower case. */
  spanWords: string[];
}

const wordsOf = (s: string) => s.trim().split(/\s+/).filter(Boolean);

export function fitsSlot(slot: Slot): "fits" | "class" | "order" {
  const { original, replacement, before, after, afterIsWord, spanWords } = slot;
  const replacementWords = wordsOf(replacement);

  // an attributive adjective: "de eventuele kosten", "een eventueel bezwaar"
  if (spanWords.length === 1 && adjectiveLike.test(spanWords[0]!) && before && determiners.has(before) && afterIsWord && after && !notNouns.has(after) && /^\p{Ll}/u.test(original)) {
    if (replacementWords.length !== 1) return "class";
    const inflected = (w: string) => /e$/i.test(w) && !/(?:ee|ie)$/i.test(w);
    if (inflected(original) !== inflected(replacementWords[0]!)) return "class";
  }

  // a prepositional phrase whose noun goes on after it: "binnen de termijn van zes weken"
  if (spanWords.length >= 3 && prepositions.has(spanWords[0]!) && after && continuers.has(after) && !articles.test(` ${replacement.toLowerCase()} `)) {
    return "class";
  }

  // a bare "van" belongs to the noun before it ("een schuld van € 90"); after a verb it hangs loose or reads as
  // "from" ("een boete opgelegd van € 90", "ondertekend van 3 maart"), where "ten bedrage van" and "d.d." did not
  if (replacementWords.length === 1 && replacementWords[0]!.toLowerCase() === "van" && spanWords.join(" ") !== "van" && before && verbLike(before)) {
    return "order";
  }

  // a one-word adverb that becomes several words, beside a particle: "vooralsnog echter" → "nu nog echter"
  if (spanWords.length === 1 && replacementWords.length > 1 && ((after && particles.has(after)) || (before && particles.has(before)))) {
    return "order";
  }
  return "fits";
}
