// The lexicon's pattern language (docs/lexicon-format.md) and how matches become findings.
import { describe, expect, it } from "vitest";
import { buildDocument } from "../engine/text/document.ts";
import { compileLexiconPatterns, createLexiconCheck } from "../engine/lexicon/lexicon-check.ts";
import { compilePattern, PatternError } from "../engine/lexicon/pattern.ts";
import type { LexiconEntry } from "../engine/lexicon/schema.ts";
import { defaultCheckOptions } from "../engine/types.ts";

function entry(id: string, match: LexiconEntry["match"], alternatives: LexiconEntry["alternatives"] = [], extra: Partial<LexiconEntry> = {}): LexiconEntry {
  return { id, match, alternatives, message: "Schrijf het eenvoudiger.", examples: [{ wrong: "[x]" }], category: "ambtelijk", severity: "warning", firstOnly: false, source: "test.yaml", ...extra };
}

const run = (entries: LexiconEntry[], text: string) =>
  createLexiconCheck(entries)
    .run(buildDocument(text), defaultCheckOptions)
    .map((f) => [f.id, f.text, ...f.suggestions.map((s) => `${s.replacement}${s.safe ? "" : "?"}`)]);

describe("patterns", () => {
  it("matches whole tokens only, ignoring case", () => {
    const e = [entry("indien", ["indien"], [{ text: "als", safe: true }])];
    expect(run(e, "Indien u wilt, kunt u een klacht indienen.")).toEqual([["lexicon/indien", "Indien", "Als"]]);
  });

  it("matches alternatives, optional words and prefixes", () => {
    const e = [entry("genoodzaakt", ["zien wij|we ons genoodzaakt (om)"]), entry("voornoemd", ["voornoemd*"])];
    expect(run(e, "Daarom zien wij ons genoodzaakt om te bellen over voornoemde brief.")).toEqual([
      ["lexicon/genoodzaakt", "zien wij ons genoodzaakt om"],
      ["lexicon/voornoemd", "voornoemde"],
    ]);
    expect(run(e, "Zien we ons genoodzaakt? Ja.")).toEqual([["lexicon/genoodzaakt", "Zien we ons genoodzaakt"]]);
    expect(run(e, "Wij zien ons niet genoodzaakt.")).toEqual([]);
  });

  it("fills gaps and classes into the alternative", () => {
    const e = [entry("dient-te", [{ pattern: "dient … te {INF}", alternatives: [{ text: "moet {1} {2}", safe: true }] }])];
    expect(run(e, "U dient het bedrag binnen 30 dagen te betalen.")).toEqual([
      ["lexicon/dient-te", "dient het bedrag binnen 30 dagen te betalen", "moet het bedrag binnen 30 dagen betalen"],
    ]);
    expect(run(e, "De brief dient als bewijs.")).toEqual([]);
  });

  it("keeps gaps inside the sentence and bounded", () => {
    const e = [entry("dient-te", ["dient …3 te {INF}"])];
    expect(run(e, "U dient dit. Te laat betalen kan niet.")).toEqual([]);
    expect(run(e, "U dient een heel lang stuk tekst te lezen.")).toEqual([]);
  });

  it("anchors at the start of a sentence, or away from it", () => {
    const e = [entry("echter", ["^ echter ,"], [{ text: "Maar", safe: true }]), entry("welk", ["!^ welk bedrag"])];
    expect(run(e, "Echter, u betaalt niet. U heeft echter , zo lijkt het, geen geld.")).toEqual([["lexicon/echter", "Echter,", "Maar"]]);
    expect(run(e, "Welk bedrag is het? Het is € 850, welk bedrag u moet betalen.")).toEqual([["lexicon/welk", "welk bedrag"]]);
  });

  it("never matches a placeholder", () => {
    const e = [entry("datum", ["datum"])];
    expect(run(e, "Op [datum] of DATUM komen wij.")).toEqual([]);
  });

  it("offers an alternative only in its context", () => {
    const e = [entry("echter", ["echter"], [{ text: "Toch", safe: true, context: "sentence-start" }, { text: "maar", safe: false, context: "mid-sentence", note: "Herschrijf de zin." }])];
    expect(run(e, "Echter heeft u niet betaald. U heeft echter niet betaald.")).toEqual([
      ["lexicon/echter", "Echter", "Toch"],
      ["lexicon/echter", "echter", "maar?"],
    ]);
  });

  it("drops a match inside a longer one, but keeps one in its gap", () => {
    const e = [entry("genoodzaakt", ["zien wij ons genoodzaakt om … te {INF}"]), entry("genoodzaakt-kort", ["genoodzaakt"]), entry("thans", ["thans"])];
    expect(run(e, "Daarom zien wij ons genoodzaakt om u thans te waarschuwen.").map((f) => f[0])).toEqual(["lexicon/genoodzaakt", "lexicon/thans"]);
  });

  it("keeps the line break of hard-wrapped text in a word-for-word swap", () => {
    const e = [entry("verstreken", ["is verstreken"], [{ text: "is afgelopen", safe: true }])];
    const text = "Wij schrijven u over de huur van uw woning aan de Dorpsstraat. De termijn is\nverstreken en wij maken een nieuwe afspraak.";
    expect(run(e, text)).toEqual([["lexicon/verstreken", "is\nverstreken", "is\nafgelopen"]]);
    expect(run(e, "De termijn is verstreken.")).toEqual([["lexicon/verstreken", "is verstreken", "is afgelopen"]]);
  });

  it("puts the line breaks into the first spaces when the replacement has another number of words", () => {
    const e = [entry("zorg-dragen", ["zorg dragen voor"], [{ text: "zorgen voor", safe: true }])];
    const text = "Wij schrijven u over de huur van uw woning aan de Dorpsstraat. Wij zullen zorg\ndragen voor een nieuwe afspraak.";
    expect(run(e, text)).toEqual([["lexicon/zorg-dragen", "zorg\ndragen voor", "zorgen\nvoor"]]);
  });

  it("in a gap, keeps only the longest match of what sits there", () => {
    const e = [entry("mocht", ["mocht u … niet {INF}"]), entry("verhindering", ["zonder bericht van verhindering", "bericht van verhindering"])];
    expect(run(e, "Mocht u zonder bericht van verhindering niet verschijnen, dan gaan wij door.").map((f) => f[1])).toEqual([
      "Mocht u zonder bericht van verhindering niet verschijnen",
      "zonder bericht van verhindering",
    ]);
  });

  it("adds the explanation of vaktaal once, and not when the text explains it", () => {
    const e = [entry("ots", ["ondertoezichtstelling"], [], { category: "vaktaal", severity: "info", firstOnly: true, explain: "een jeugdbeschermer kijkt mee" })];
    expect(run(e, "De ondertoezichtstelling loopt. De ondertoezichtstelling stopt.")).toEqual([
      ["lexicon/ots", "ondertoezichtstelling", "ondertoezichtstelling (een jeugdbeschermer kijkt mee)?"],
    ]);
    expect(run(e, "Dat heet een ondertoezichtstelling. De ondertoezichtstelling stopt.")).toEqual([]);
  });

  it("counts 'wil' and 'houdt' as explaining only in 'wil zeggen' and 'houdt in'", () => {
    const e = [entry("lpa", ["leerplichtambtenaar"], [], { category: "vaktaal", severity: "info", firstOnly: true, explain: "iemand van de gemeente" })];
    expect(run(e, "De leerplichtambtenaar wil met u praten.").map((f) => f[0])).toEqual(["lexicon/lpa"]);
    expect(run(e, "De leerplichtambtenaar houdt de lijst bij.").map((f) => f[0])).toEqual(["lexicon/lpa"]);
    expect(run(e, "Leerplichtambtenaar, dat wil zeggen: iemand van de gemeente.")).toEqual([]);
    expect(run(e, "De leerplichtambtenaar houdt in de gaten of kinderen naar school gaan.")).toEqual([]);
  });

  it("counts a next sentence that says what the person does as an explanation", () => {
    const e = [entry("lpa", ["leerplichtambtenaar"], [], { category: "vaktaal", severity: "info", firstOnly: true, explain: "iemand van de gemeente" })];
    expect(run(e, "De gemeente heeft een leerplichtambtenaar. Die controleert of kinderen naar school gaan.")).toEqual([]);
    expect(run(e, "De gemeente heeft een leerplichtambtenaar. Die is er op maandag.").map((f) => f[0])).toEqual(["lexicon/lpa"]);
  });

  it("rejects patterns it cannot match well", () => {
    expect(() => compilePattern("dient … … … te")).toThrow(PatternError);
    expect(() => compilePattern("dient …20 te")).toThrow(PatternError);
    expect(() => compilePattern("in*")).toThrow(PatternError);
    expect(() => compilePattern("dient …")).toThrow(PatternError);
  });

  it("stays linear on a sentence of one repeated trigger word", () => {
    const e = [entry("dient-te", ["dient … te {INF}", "dient … in te {INF}", "dient … op te {INF}"])];
    const text = "dient ".repeat(20_000);
    expect(run(e, text)).toEqual([]);
  });
});

describe("vaktaal explained by a question heading", () => {
  it("takes 'Wat is een X?' as the explanation", () => {
    const e = [entry("plan", ["veiligheidsplan"], [], { category: "vaktaal", severity: "info", firstOnly: true, explain: "afspraken over veiligheid" })];
    expect(run(e, "Wat is een veiligheidsplan?\nIn een veiligheidsplan staan afspraken.")).toEqual([]);
    expect(run(e, "Wij maken een veiligheidsplan.")).toHaveLength(1);
  });
});

describe("an explanation stands close to the word", () => {
  const e = [entry("gi", ["gecertificeerde instelling"], [], { category: "vaktaal", severity: "info", firstOnly: true, explain: "de organisatie van de jeugdbeschermer" })];
  it("counts 'heet' or 'betekent' next to the word", () => {
    expect(run(e, "Die organisatie heet een gecertificeerde instelling.")).toEqual([]);
    expect(run(e, "Een gecertificeerde instelling betekent: een organisatie voor jeugdbescherming.")).toEqual([]);
  });
  it("does not count an explaining word elsewhere in the sentence", () => {
    expect(run(e, "Dit betekent dat er een jeugdbeschermer van de gecertificeerde instelling komt.")).toHaveLength(1);
  });
});

describe("patterns compiled before (a loader's cache)", () => {
  const entries = [entry("indien", ["indien"], [{ text: "als", safe: true }]), entry("genoodzaakt", ["zien wij|we ons genoodzaakt (om)"])];
  const text = "Indien u niet betaalt, zien wij ons genoodzaakt om een deurwaarder in te schakelen.";
  const findings = (compiled?: ReturnType<typeof compileLexiconPatterns>) =>
    createLexiconCheck(entries, compiled).run(buildDocument(text), defaultCheckOptions).map((f) => [f.id, f.text]);

  it("finds the same with kept patterns as with patterns compiled now", () => {
    expect(findings(structuredClone(compileLexiconPatterns(entries)))).toEqual(findings());
    expect(findings()).toEqual([["lexicon/indien", "Indien"], ["lexicon/genoodzaakt", "zien wij ons genoodzaakt om"]]);
  });

  it("compiles a pattern again when the kept one was made from another source", () => {
    const stale = compileLexiconPatterns([entry("thans", ["thans"]), entry("genoodzaakt", ["zien wij|we ons genoodzaakt (om)"])]);
    expect(findings(stale)).toEqual(findings());
  });
});
