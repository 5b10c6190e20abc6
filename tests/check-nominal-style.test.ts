// The naamwoordstijl check: nominalised infinitives, deverbal nouns + van, "ter …", "overgaan tot …".
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { NOMINALISATIONS } from "../engine/checks/data/nominalisations.ts";
import { nominalStyleCheck } from "../engine/checks/nominal-style.ts";
import { buildDocument } from "../engine/text/document.ts";
import { defaultCheckOptions, type Finding } from "../engine/types.ts";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const run = (text: string): Finding[] => nominalStyleCheck.run(buildDocument(text), defaultCheckOptions);
const spans = (text: string) => run(text).map((f) => `${f.severity}: ${f.text}`);

describe("nominal style: flagged", () => {
  it.each([
    ["Het nemen van een besluit duurt lang.", ["info: Het nemen van"]],
    ["Wij zijn bezig met het in behandeling nemen van uw aanvraag.", ["info: het in behandeling nemen van"]],
    ["Het indienen van een bezwaar kan tot zes weken na de beslissing.", ["info: Het indienen van"]],
    ["Het op tijd betalen van de huur is belangrijk.", ["info: Het op tijd betalen van"]],
    ["De beoordeling van uw aanvraag duurt zes weken.", ["info: beoordeling van"]],
    ["Na ontvangst van uw brief nemen wij contact op.", ["info: Na ontvangst van"]],
    ["Ter verkrijging van een vergunning vult u dit formulier in.", ["info: Ter verkrijging van"]],
    ["De afhandeling van uw klacht duurt lang.", ["info: afhandeling van"]],
    ["Als u niet betaalt, gaan wij over tot ontruiming.", ["info: over tot ontruiming"]],
    ["Wij zien ons genoodzaakt over te gaan tot betaling.", ["info: over te gaan tot betaling"]],
    ["Alleen door tijdige betaling van het bedrag voorkomt u een procedure.", ["info: door tijdige betaling van"]],
    ["Het document ligt ter inzage.", ["info: ter inzage"]],
    [
      "Na de beoordeling van uw aanvraag volgt de toekenning van de toeslag.",
      ["warning: beoordeling van", "warning: toekenning van"],
    ],
    // an everyday noun counts only next to another nominalisation
    ["Na ontvangst van de aanvraag van uw toeslag bellen wij u.", ["warning: Na ontvangst van", "warning: aanvraag van"]],
  ])("%s", (sentence, expected) => {
    expect(spans(sentence)).toEqual(expected);
    for (const f of run(sentence)) expect(sentence.slice(f.start, f.end)).toBe(f.text);
  });
});

describe("nominal style: not flagged", () => {
  it.each([
    "De aanvraag van uw toeslag is binnen.", // everyday noun on its own
    "Wij hebben het ontvangen van de gemeente.", // "het" is an object
    "Ze hebben het gekregen van hun oma.",
    "Hij wil het huis kopen van zijn oom.", // a noun between "het" and the verb is an object
    "Het leven van het kind is belangrijk.", // noun
    "Het welzijn van het kind staat voorop.",
    "In het midden van de kamer staat een tafel.",
    "U moet de huur elke maand betalen.",
    "Dank je wel dat je zo eerlijk was.",
    "Wij betalen de rekening van de tandarts.",
    "Uw betaling is binnen.", // no "van"
  ])("%s", (sentence) => expect(run(sentence)).toEqual([]));
});

describe("nominal style: findings", () => {
  it("suggests the verb, never as a safe one-click change", () => {
    const [f] = run("Door tijdige betaling van het bedrag voorkomt u kosten.");
    expect(f!.id).toBe("nominal-style");
    expect(f!.rule).toBe("nominal-style");
    expect(f!.message).toContain("'betalen'");
    expect(f!.suggestions).toEqual([expect.objectContaining({ replacement: "betalen", safe: false })]);
    expect(f!.suggestions[0]!.note).toContain("als u op tijd betaalt");
  });

  it("has a verb and an example for every list entry, and no noun twice", () => {
    const nouns = NOMINALISATIONS.map((n) => n.noun);
    expect(new Set(nouns).size).toBe(nouns.length);
    for (const n of NOMINALISATIONS) {
      expect(n.verb.length).toBeGreaterThan(2);
      expect(n.example.length).toBeGreaterThan(5);
      if (!n.weak) expect(spans(`Wij wachten op de ${n.noun} van het dossier.`)).toEqual([`info: ${n.noun} van`]);
      else expect(run(`Wij wachten op de ${n.noun} van het dossier.`)).toEqual([]);
    }
  });
});

describe("nominal style: fixtures", () => {
  it("finds 'tijdige betaling van' and the nominal style in the letter", () => {
    const letter = fixture("huurachterstand.txt");
    const findings = run(letter);
    expect(findings.map((f) => `${f.severity}: ${f.text}`)).toEqual([
      "warning: het verlopen van",
      "warning: betaling van",
      "warning: vergoeding van",
      "info: door tijdige betaling van",
    ]);
    for (const f of findings) expect(letter.slice(f.start, f.end)).toBe(f.text);
  });

  it.each(["plain-b1-gesprek.txt", "plain-b1-huur.txt", "plain-b1-uitleg.txt"])("%s has no finding", (name) => {
    expect(run(fixture(name))).toEqual([]);
  });

  it("stays linear on a long run of nominalisations", () => {
    const text = "de betaling van het nemen van ".repeat(20_000);
    const findings = run(text);
    expect(findings.length).toBe(40_000);
    expect(findings.every((f) => f.severity === "warning")).toBe(true);
  });
});
