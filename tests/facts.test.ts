// The fact check: extraction and normalisation, and comparison of an original with a draft.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { extractFacts } from "../engine/facts/extract.ts";
import { compareFacts } from "../engine/facts/compare.ts";
import { buildDocument } from "../engine/text/document.ts";

const letter = readFileSync(new URL("./fixtures/huurachterstand.txt", import.meta.url), "utf8");
const gold = JSON.parse(readFileSync(new URL("./fixtures/huurachterstand.gold.json", import.meta.url), "utf8")) as { facts: string[] };

const keys = (text: string) => extractFacts(text).map((f) => f.key);

describe("extractFacts", () => {
  it("finds the six facts of the letter", () => {
    const facts = extractFacts(letter);
    for (const g of gold.facts) expect(facts.some((f) => f.text.includes(g)), g).toBe(true);
    expect(facts.map((f) => f.kind).sort()).toEqual(["amount", "amount", "period", "placeholder", "placeholder", "placeholder"]);
  });

  it("gives every fact the exact text at its offsets", () => {
    const text = `${letter}\nBel 030-1234567 of mail info@helder.nl. Kenmerk 2024/123.`;
    for (const f of extractFacts(text)) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it("normalises amounts", () => {
    expect(keys("U betaalt € 2.550.")).toEqual(["amount:2550"]);
    expect(keys("U betaalt €2.550.")).toEqual(["amount:2550"]);
    expect(keys("U betaalt 2550 euro.")).toEqual(["amount:2550"]);
    expect(keys("U betaalt € 850,- per maand.")).toEqual(["amount:850"]);
    expect(keys("U betaalt € 12,50.")).toEqual(["amount:12.5"]);
  });

  it("reads periods with digits or number words", () => {
    expect(keys("Betaal binnen 30 dagen.")).toEqual(["period:30:dag"]);
    expect(keys("Betaal binnen dertig dagen.")).toEqual(["period:30:dag"]);
    expect(keys("Dat duurt vierentwintig weken.")).toEqual(["period:24:week"]);
    expect(extractFacts("Betaal binnen 30 dagen.")[0]!.text).toBe("binnen 30 dagen");
  });

  it("reads dates, deadlines, weekdays and times", () => {
    expect(keys("Betaal vóór 1 maart.")).toEqual(["date:1-3"]);
    expect(extractFacts("Betaal vóór 1 maart.")[0]!.text).toBe("vóór 1 maart");
    expect(keys("Wij komen op maandag 15 april 2024 om 12.00 uur.")).toEqual(["weekday:maandag", "date:15-4-2024", "time:12:00"]);
    expect(keys("De brief is van 01-02-2024.")).toEqual(["date:1-2-2024"]);
    expect(keys("Kom om 9 uur.")).toEqual(["time:9:00"]);
  });

  it("reads percentages, phone numbers, e-mail addresses, links and case numbers", () => {
    expect(keys("De rente is 3 procent of 4%.")).toEqual(["percent:3", "percent:4"]);
    expect(keys("Bel 030-1234567.")).toEqual(["phone:0301234567"]);
    expect(keys("Mail naar Info@Helder.nl.")).toEqual(["email:info@helder.nl"]);
    expect(keys("Kijk op https://www.helder.nl/hulp/.")).toEqual(["url:helder.nl/hulp"]);
    expect(keys("Ons kenmerk is 2024/123.")).toEqual(["case:2024/123"]);
    expect(keys("Dossiernummer: AB-0158.")).toEqual(["case:ab-0158"]);
  });

  it("reads names in the middle of a sentence, not the first word", () => {
    expect(keys("Gisteren belde Jan de Vries met mevrouw Jansen.")).toEqual(["name:jan de vries", "name:jansen"]);
    expect(keys("Wij bellen u morgen.")).toEqual([]);
    expect(keys("Kunt U ons bellen?")).toEqual([]);
  });

  it("keeps a name whose words still stand as often as before, even when they are read as part of another name", () => {
    const signature = "Met vriendelijke groet,\n\nmw. drs. C.A. Timmerman-de Graaf\nDirecteur";
    expect(compareFacts(signature, signature.replace("mw.", "mevrouw")).missing).toEqual([]);
    expect(compareFacts("Bel mevrouw Jansen of meneer Pietersen.", "Bel mevrouw Jansen.").missing.map((m) => m.original.text)).toEqual(["Pietersen"]);
    expect(compareFacts("Wij belden Jansen en Jansen.", "Wij belden Jansen.").missing.map((m) => m.original.text)).toEqual(["Jansen"]);
  });

  it("reads one capitalised word alone in brackets as a name, not the first word of a phrase in brackets", () => {
    expect(keys("Zie artikel 7:4 (Awb) en de brief (Zie bijlage 2).")).toEqual(["number:7:4", "name:awb", "number:2"]);
    expect(compareFacts("Zie artikel 7:4, Awb.", "Zie artikel 7:4, Algemene wet bestuursrecht (Awb).").missing).toEqual([]);
  });

  it("reads placeholders as the document model marks them", () => {
    expect(keys("Beste {naam}, wij komen op [datum].")).toEqual(["placeholder:{naam}", "placeholder:[datum]"]);
  });

  it("accepts a document model as well as a string", () => {
    expect(extractFacts(buildDocument(letter))).toEqual(extractFacts(letter));
  });
});

/** Reverses the sentences of each paragraph. */
function reorder(text: string): string {
  const doc = buildDocument(text);
  let out = "";
  let pos = 0;
  for (const p of doc.paragraphs) {
    const sentences = doc.sentences.slice(p.sentenceStart, p.sentenceEnd).map((s) => text.slice(s.start, s.end));
    out += text.slice(pos, p.start) + sentences.reverse().join(" ");
    pos = p.end;
  }
  return out + text.slice(pos);
}

describe("compareFacts", () => {
  it("finds nothing when the draft keeps every fact", () => {
    const check = compareFacts(letter, letter);
    expect(check.findings).toEqual([]);
    expect(check.kept).toBe(6);
  });

  it("does not report reordered sentences", () => {
    const reordered = reorder(letter);
    expect(reordered).not.toBe(letter);
    expect(compareFacts(letter, reordered).findings).toEqual([]);
  });

  it("accepts the same fact written another way", () => {
    const draft = letter.replace("€ 2.550", "2550 euro").replace("30 dagen", "dertig dagen").replace("€ 850", "€850,-");
    expect(compareFacts(letter, draft).findings).toEqual([]);
  });

  for (const fact of extractFacts(letter)) {
    it(`reports the removal of '${fact.text}'`, () => {
      const draft = letter.slice(0, fact.start) + letter.slice(fact.end);
      const check = compareFacts(letter, draft);
      expect(check.missing.map((m) => m.original.text)).toEqual([fact.text]);
      expect(check.findings).toHaveLength(1);
      const f = check.findings[0]!;
      expect(f).toMatchObject({ id: "fact/missing", rule: "fact", severity: "error" });
      expect(f.message).toContain(`${fact.text} staat niet meer in de tekst.`);
      expect(draft.slice(f.start, f.end)).toBe(f.text);
      expect(f.end).toBeGreaterThan(f.start);
    });
  }

  const changes: [string, string][] = [
    ["€ 850", "€ 950"],
    ["€ 2.550", "€ 2.500"],
    ["30 dagen", "14 dagen"],
    ["ACHTERNAAM", "VOORNAAM"],
    ["DATUM ONDERTEKENING", "DATUM"],
    ["ADRES", "POSTCODE"],
  ];
  for (const [from, to] of changes) {
    it(`reports the change of '${from}' into '${to}'`, () => {
      const draft = letter.replace(from, to);
      const check = compareFacts(letter, draft);
      expect(check.findings).toHaveLength(1);
      const f = check.findings[0]!;
      expect(f.id).toBe("fact/changed");
      expect(f.text).toContain(to);
      expect(f.message).toContain(from);
      expect(draft.slice(f.start, f.end)).toBe(f.text);
    });
  }

  it("uses the B1 message from the issue", () => {
    const check = compareFacts(letter, letter.replace("€ 2.550", "een bedrag"));
    expect(check.findings[0]!.message).toMatch(/^Het bedrag € 2\.550 staat niet meer in de tekst\./);
  });

  it("anchors a missing fact on the draft sentence most like its old sentence", () => {
    const original = "Wij komen op maandag. Uw huur is € 850 per maand.";
    const draft = "Wij komen op maandag. Uw huur is per maand te betalen.";
    const f = compareFacts(original, draft).findings[0]!;
    expect(f.text).toBe("Uw huur is per maand te betalen.");
  });

  it("keeps a known acronym that the draft writes out, and never pairs names as a change", () => {
    expect(compareFacts("U krijgt hulp van de GGZ.", "U krijgt hulp van de geestelijke gezondheidszorg.").findings).toEqual([]);
    const check = compareFacts("Gisteren belde mevrouw Jansen.", "Gisteren belde mevrouw Pietersen.");
    expect(check.findings.map((f) => f.id)).toEqual(["fact/missing"]);
  });

  it("does not take pronouns after a missed sentence end for names", () => {
    expect(keys("Je let op de tijd enzovoort Je schrijft het op.")).toEqual([]);
  });

  it("works for any two texts, also an empty draft", () => {
    const check = compareFacts("Bel ons op 030-1234567.", "");
    expect(check.missing).toHaveLength(1);
    expect(check.findings).toEqual([]);
    expect(compareFacts("Geen feiten hier.", "Ook hier niet.").findings).toEqual([]);
  });
});

describe("compareFacts on many facts of one kind", () => {
  // Thousands of facts share one key ("number:1"); the comparison must match them one to one.
  const ones = "1 ".repeat(20_000);

  it("keeps every fact when the draft is the same", () => {
    const check = compareFacts(ones, ones);
    expect(check.facts.length).toBe(20_000);
    expect(check.kept).toBe(20_000);
    expect(check.findings).toEqual([]);
  });

  it("pairs every changed number with its replacement in text order", () => {
    const check = compareFacts(ones, "2 ".repeat(20_000));
    expect(check.changed.length).toBe(20_000);
    expect(check.changed.slice(0, 3).map((c) => [c.original.start, c.draft!.start])).toEqual([[0, 0], [2, 2], [4, 4]]);
    expect(check.missing).toEqual([]);
  });

  it("anchors a missing fact on the draft sentence at the same place", () => {
    const sentences = Array.from({ length: 200 }, (_, i) => `Zin ${i} gaat over ding${i}.`);
    const draft = sentences.map((s, i) => (i === 150 ? "Zin gaat over ding150." : s)).join(" ");
    const check = compareFacts(sentences.join(" "), draft);
    expect(check.missing.map((m) => m.original.text)).toEqual(["150"]);
    expect(draft.slice(check.findings[0]!.start, check.findings[0]!.end)).toBe("Zin gaat over ding150.");
  });
});
