// The form of address of an organisation's letters (helder.config.yaml `address: je`): suggestions written with
// "u" are turned into the je-form. Pronoun and verb pairs that we know are turned safely; a suggestion with "u"
// beside a verb we do not know stays on offer, but not as a one-click fix.
import type { Finding, Suggestion } from "../../engine/types.ts";

/** "u heeft" → "je hebt", "heeft u" → "heb je": the verbs that letters use most. */
const pairs: [string, string][] = [
  ["u heeft", "je hebt"], ["heeft u", "heb je"], ["u bent", "je bent"], ["bent u", "ben je"],
  ["u kunt", "je kunt"], ["kunt u", "kun je"], ["u wilt", "je wilt"], ["wilt u", "wil je"],
  ["u moet", "je moet"], ["moet u", "moet je"], ["u mag", "je mag"], ["mag u", "mag je"],
  ["u krijgt", "je krijgt"], ["krijgt u", "krijg je"], ["u hoeft", "je hoeft"], ["hoeft u", "hoef je"],
  ["u zult", "je zult"], ["zult u", "zul je"], ["u zou", "je zou"], ["zou u", "zou je"],
  ["u betaalt", "je betaalt"], ["betaalt u", "betaal je"], ["u ontvangt", "je ontvangt"], ["ontvangt u", "ontvang je"],
  ["u vindt", "je vindt"], ["vindt u", "vind je"], ["u stuurt", "je stuurt"], ["stuurt u", "stuur je"],
  ["u belt", "je belt"], ["belt u", "bel je"], ["u gaat", "je gaat"], ["gaat u", "ga je"],
  ["u doet", "je doet"], ["doet u", "doe je"], ["u weet", "je weet"], ["weet u", "weet je"],
];
const pairPattern = new RegExp(`(?<![\\p{L}])(${pairs.map(([u]) => u).join("|")})(?![\\p{L}])`, "giu");
const pairMap = new Map(pairs);
/** A verb ending in -t before "u" that the list does not know: inverted order needs the verb without -t. */
const unknownInversion = /(?<![\p{L}])\p{L}+t u(?![\p{L}])/iu;

function keepCase(original: string, replacement: string): string {
  return /^\p{Lu}/u.test(original) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}

/** The je-form of a text written with "u"; `sure` is false when a verb beside "u" is not in the list. */
export function toJeForm(text: string): { text: string; sure: boolean } {
  const sure = !unknownInversion.test(text.replace(pairPattern, ""));
  const out = text
    .replace(pairPattern, (m) => keepCase(m, pairMap.get(m.toLowerCase())!))
    .replace(/(?<![\p{L}])([Uu])w(?![\p{L}])/gu, (_, u: string) => (u === "U" ? "Je" : "je"))
    .replace(/(?<![\p{L}])([Uu])(?![\p{L}'’.])/gu, (_, u: string) => (u === "U" ? "Je" : "je"));
  return { text: out, sure };
}

const note = "Zet de rest van de zin ook in de je-vorm.";

/** The finding's suggestions in the je-form. */
export function suggestionsInJeForm(f: Finding): Finding {
  let changed = false;
  const suggestions = f.suggestions.map((s): Suggestion => {
    const { text, sure } = toJeForm(s.replacement);
    if (text === s.replacement) return s;
    changed = true;
    return { ...s, replacement: text, ...(s.safe && !sure ? { safe: false, note: s.note ? `${note} ${s.note}` : note } : {}) };
  });
  return changed ? { ...f, suggestions } : f;
}
