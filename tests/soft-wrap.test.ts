// Hard-wrapped text: a line break inside a sentence reads as a space (engine/text/soft-wrap.ts), while address
// blocks, lists, headings, label lines, salutations, closings and signatures keep their own units.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildDocument } from "../engine/text/document.ts";
import type { Finding } from "../engine/types.ts";
import { defaultChecker } from "../server/default-checker.ts";
import { hardWrap } from "./wrap-text.ts";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const checker = defaultChecker();
const units = (text: string) => buildDocument(text).sentences.map((s) => text.slice(s.start, s.end));
const kinds = (text: string) => buildDocument(text).sentences.map((s) => s.kind);
const tokensOf = (text: string) => buildDocument(text).tokens.map((t) => `${t.kind}:${t.text}`);

describe("the wrapping helper", () => {
  it("breaks long lines at spaces within the width and maps offsets back", () => {
    const text = "Kort.\n\nDit is een wat langere regel die over de breedte van dertig tekens gaat.\nKort";
    const wrapped = hardWrap(text, 30, "\r\n");
    const lines = wrapped.text.split(/\r?\n/);
    expect(lines.every((l) => l.length <= 30)).toBe(true);
    expect(lines.length).toBeGreaterThan(4);
    expect(wrapped.text.replace(/\r\n(?=\S)/g, " ").replace(/\r\n/g, "\n")).toBe(text);
    const at = wrapped.text.indexOf("dertig");
    expect(text.slice(wrapped.toOriginal(at), wrapped.toOriginal(at) + 6)).toBe("dertig");
  });
});

const fixtures = ["huurachterstand.txt", "plain-b1-gesprek.txt", "plain-b1-huur.txt", "plain-b1-uitleg.txt"];
const wraps: [number, string][] = [
  [60, "\n"],
  [72, "\n"],
  [72, "\r\n"],
];

describe("fixtures re-wrapped give the same report", () => {
  for (const name of fixtures) {
    const original = fixture(name);
    const before = checker.check(original);
    for (const [width, eol] of wraps) {
      it(`${name} at ${width} columns${eol === "\r\n" ? " with CRLF" : ""}`, () => {
        const wrapped = hardWrap(original, width, eol);
        expect(wrapped.text).not.toBe(original);
        const after = checker.check(wrapped.text);
        const inOriginal = (f: Finding) => `${f.id} ${f.severity} ${wrapped.toOriginal(f.start)}-${wrapped.toOriginal(f.end)}`;
        expect(after.findings.map(inOriginal)).toEqual(before.findings.map((f) => `${f.id} ${f.severity} ${f.start}-${f.end}`));
        expect(after.metrics.sentences).toBe(before.metrics.sentences);
        expect(after.sentences.map((s) => [wrapped.toOriginal(s.start), wrapped.toOriginal(s.end), s.words])).toEqual(
          before.sentences.map((s) => [s.start, s.end, s.words]),
        );
        expect(after.metrics.longSentences).toBe(before.metrics.longSentences);
        expect(after.metrics.passiveSentences).toBe(before.metrics.passiveSentences);
        for (const f of after.findings) {
          expect(wrapped.text.slice(f.start, f.end)).toBe(f.text);
          expect(f.message).not.toMatch(/[\r\n]/);
        }
        expect(after.placeholders.map((p) => p.text.replace(/\s+/g, " "))).toEqual(before.placeholders.map((p) => p.text));
      });
    }
  }
});

describe("checks read a soft wrap as a space", () => {
  it("finds a passive whose participle is on the next line", () => {
    const text =
      "Uw aanvraag voor bijzondere bijstand voor de kosten van de verhuizing wordt\nafgewezen omdat uw inkomen te hoog is.";
    const passive = checker.check(text).findings.filter((f) => f.rule === "passive");
    expect(passive).toHaveLength(1);
    expect(passive[0]!.text).toBe("wordt\nafgewezen");
    expect(passive[0]!.end).toBeGreaterThan(text.indexOf("\n"));
  });

  it("finds a lexicon phrase split over two lines", () => {
    const text = "Wij hebben uw gegevens opgevraagd bij de Belastingdienst in het kader\nvan de controle op uw uitkering.";
    const found = checker.check(text).findings.filter((f) => f.id === "lexicon/in-het-kader-van");
    expect(found.map((f) => f.text)).toEqual(["in het kader\nvan"]);
  });

  it("flags a long sentence that is wrapped over three lines", () => {
    const text =
      "Wij hebben u in het verleden al een aantal keren gevraagd om de huur van uw\nwoning op tijd te betalen, maar wij hebben tot nu toe nog steeds geen\nbetaling van u ontvangen op onze rekening.";
    const report = checker.check(text);
    expect(report.metrics.sentences).toBe(1);
    const long = report.findings.filter((f) => f.rule === "sentence-length");
    expect(long.map((f) => [f.start, f.end])).toEqual([[0, text.length]]);
  });

  it("keeps an amount, a time, an initial and a placeholder run whole across a wrap", () => {
    const cases: [string, string, number][] = [
      ["Wij vragen u het openstaande bedrag van in totaal €\n2.550 binnen veertien dagen te betalen.", "amount:€\n2.550", 1],
      ["Uw afspraak met de jeugdbeschermer is op woensdag om 15.30\nuur bij u thuis.", "time:15.30", 1],
      ["Wij verwijzen naar de huurovereenkomst van het pand d.d. DATUM\nONDERTEKENING en de brief.", "placeholder:DATUM\nONDERTEKENING", 1],
      ["Uw nieuwe jeugdbeschermer is vanaf 1 april mevrouw S.\nde Wit van het team in Utrecht.", "abbreviation:S.", 1],
      ["Maak het bedrag van [totaalbedrag] uiterlijk op {{uiterste\nbetaaldatum}} over op onze rekening.", "placeholder:{{uiterste\nbetaaldatum}}", 1],
      ["Wij hebben de overeenkomst van uw woning ontvangen op [datum van\nontvangst] en goed gelezen.", "placeholder:[datum van\nontvangst]", 1],
    ];
    for (const [text, token, count] of cases) {
      expect(tokensOf(text), text).toContain(token);
      expect(units(text), text).toHaveLength(count);
      for (const t of buildDocument(text).tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    }
  });

  it("joins a wrapped list item but keeps the items apart", () => {
    const text =
      "Neem deze stukken mee:\n- een kopie van uw identiteitsbewijs of een kopie van uw rijbewijs,\n  met een foto die goed te zien is;\n- uw laatste loonstrook.";
    expect(units(text)).toEqual([
      "Neem deze stukken mee:",
      "- een kopie van uw identiteitsbewijs of een kopie van uw rijbewijs,\n  met een foto die goed te zien is;",
      "- uw laatste loonstrook.",
    ]);
    expect(kinds(text)).toEqual(["sentence", "list-item", "list-item"]);
  });
});

describe("lines that stay their own unit", () => {
  it("keeps an address block of four short lines as four units", () => {
    const text = "Gemeente Utrecht, afdeling Werk en Inkomen\nt.a.v. mevrouw A. de Vries\nPostbus 16200\n3500 CE Utrecht";
    expect(units(text)).toEqual(["Gemeente Utrecht, afdeling Werk en Inkomen", "t.a.v. mevrouw A. de Vries", "Postbus 16200", "3500 CE Utrecht"]);
    expect(units("Familie de Jong\nKerkstraat 12\n1234 AB Amersfoort\nNederland")).toHaveLength(4);
  });

  it("keeps address blocks apart, also when a line is long or ends in 'van'", () => {
    expect(units("Aan de ouder(s)/verzorger(s) van\nDaan Bakker\nKerkstraat 1\n1234 AB Lindendaal")).toHaveLength(4);
    expect(units("Gemeente Lindendaal\nLeerplicht en Voortijdig Schoolverlaten (RMC)\nPostbus 50\n7400 AB Lindendaal")).toHaveLength(4);
    expect(units("{{aanhef}} {{voorletters}} {{achternaam}}\n{{straat}} {{huisnummer}}\n{{postcode}} {{woonplaats}}")).toHaveLength(3);
    expect(units("ACHTERNAAM\nADRES\nPOSTCODE WOONPLAATS")).toHaveLength(3);
  });

  it("keeps list items apart", () => {
    const text = "U moet de volgende stukken meesturen:\n- een kopie van uw identiteitsbewijs;\n- uw laatste loonstrook;\n- een bankafschrift van de afgelopen maand.";
    expect(kinds(text)).toEqual(["sentence", "list-item", "list-item", "list-item"]);
    expect(units("• Betaal de huur op tijd\n• Houd de woning schoon\n• Meld schade direct")).toHaveLength(3);
    expect(units("Wat moet u doen?\n1. Vul het formulier in en zet uw handtekening onder aan\n2. Stuur het formulier terug")).toHaveLength(3);
  });

  it("does not join a heading line and the paragraph below it", () => {
    const text =
      "Besluit op uw aanvraag voor bijzondere bijstand\nWij hebben uw aanvraag bekeken en wij hebben besloten dat u geen recht\nheeft op bijzondere bijstand voor de kosten van uw verhuizing.";
    expect(units(text)).toEqual([
      "Besluit op uw aanvraag voor bijzondere bijstand",
      "Wij hebben uw aanvraag bekeken en wij hebben besloten dat u geen recht\nheeft op bijzondere bijstand voor de kosten van uw verhuizing.",
    ]);
    expect(units("Wat gebeurt er nu met uw aanvraag\nDe kinderrechter heeft besloten dat er iemand met jullie gezin meekijkt.")).toHaveLength(2);
  });

  it("does not join a line that ends in a colon with the list below it", () => {
    const text = "U heeft recht op toeslag als u aan alle voorwaarden voldoet:\nuw inkomen is laag genoeg;\nu woont in Nederland.";
    expect(units(text)).toHaveLength(3);
    const marked = "Voor uw aanvraag hebben wij nog de volgende stukken van u nodig:\na. een kopie van uw identiteitsbewijs;\nb. uw laatste loonstrook.";
    expect(kinds(marked)).toEqual(["sentence", "list-item", "list-item"]);
  });

  it("does not join the lines of an e-mail signature", () => {
    const text =
      "Met vriendelijke groet,\n\nMarieke de Vries\nteamleider jeugdbescherming regio Utrecht-West\ntel. 06-12345678\nmarieke.devries@example.nl\nwerkdagen maandag tot en met donderdag";
    expect(units(text)).toEqual([
      "Met vriendelijke groet,",
      "Marieke de Vries",
      "teamleider jeugdbescherming regio Utrecht-West",
      "tel. 06-12345678",
      "marieke.devries@example.nl",
      "werkdagen maandag tot en met donderdag",
    ]);
    expect(units("Groet,\nMarieke\n--\nSamen Veilig Midden-Nederland, afdeling jeugdbescherming\nbezoekadres Hoofdstraat 1")).toHaveLength(5);
  });

  it("keeps salutations, closings and label lines apart", () => {
    const text =
      "Betreft: uw aanvraag voor bijzondere bijstand van 3 maart\nKenmerk: 2024/123\n\nGeachte heer Jansen,\nu heeft ons gevraagd om bijzondere bijstand voor uw verhuizing.\nIn afwachting van uw reactie, verblijven wij met vriendelijke groet,\nMet vriendelijke groet,\nde heer P. de Boer";
    expect(units(text)).toEqual([
      "Betreft: uw aanvraag voor bijzondere bijstand van 3 maart",
      "Kenmerk: 2024/123",
      "Geachte heer Jansen,",
      "u heeft ons gevraagd om bijzondere bijstand voor uw verhuizing.",
      "In afwachting van uw reactie, verblijven wij met vriendelijke groet,",
      "Met vriendelijke groet,",
      "de heer P. de Boer",
    ]);
    expect(kinds(text).slice(2, 6)).toEqual(["salutation", "sentence", "sentence", "closing"]);
  });

  it("keeps a line that ends a sentence apart from the next line", () => {
    expect(units("Wij hebben uw brief van 3 maart ontvangen en gelezen.\nwij nemen binnen twee weken contact met u op.")).toHaveLength(2);
  });
});

describe("wrapped lines of a letter's other parts", () => {
  it("joins a wrapped subject line, but not the next label line", () => {
    const text = "Betreft: aankondiging beschermingsonderzoek inzake Noah en\nMila Koning\nKenmerk: 2024/118\n\nGeachte mevrouw Koning,";
    expect(units(text)).toEqual(["Betreft: aankondiging beschermingsonderzoek inzake Noah en\nMila Koning", "Kenmerk: 2024/118", "Geachte mevrouw Koning,"]);
    expect(units("Betreft: betalingsachterstand zorgverzekering - tweede\naanmaning\n\nGeachte heer,")).toHaveLength(2);
  });

  it("joins a wrapped signature line only where the line asks for more", () => {
    const closing = "Met vriendelijke groet,\n\n";
    expect(units(`${closing}namens het college van burgemeester en wethouders van\nOosterkerk,\ndrs. P. de Wit`)).toHaveLength(3);
    expect(units(`${closing}het college van burgemeester en wethouders van Oosterkerk,\nnamens dezen,\ndrs. P. de Wit`)).toHaveLength(4);
  });

  it("joins contact details that a sentence asks for", () => {
    expect(units("Heeft u vragen? Bel 14 0228 of mail naar\nbezwaarschriften@westerhaven.nl.")).toEqual([
      "Heeft u vragen?",
      "Bel 14 0228 of mail naar\nbezwaarschriften@westerhaven.nl.",
    ]);
    expect(units("Bel daarvoor Stichting Welzijn Lindendaal: 0575\n- 51 23 40.")).toHaveLength(1);
  });
});

describe("line ends", () => {
  it("treats CRLF line ends as LF", () => {
    const lf =
      "Geachte heer Jansen,\n\nWij hebben u in het verleden al een aantal keren gevraagd om de huur\nvan uw woning op tijd te betalen. Dat is niet\ngebeurd.\n\nMet vriendelijke groet,\nde verhuurder";
    const crlf = lf.replace(/\n/g, "\r\n");
    const lfUnits = units(lf);
    expect(lfUnits).toHaveLength(5);
    expect(units(crlf).map((u) => u.replace(/\r\n/g, "\n"))).toEqual(lfUnits);
    expect(kinds(crlf)).toEqual(kinds(lf));
    const ids = (text: string) => checker.check(text).findings.map((f) => `${f.id} ${f.severity} ${f.text.replace(/\r\n/g, "\n")}`);
    expect(ids(crlf)).toEqual(ids(lf));
  });
});

describe("a word broken at a line end does not make its block look wider", () => {
  // "kennisge-\nving" is one token over two lines; measured as one line it made the block 109 wide, so the line
  // before "(WW)" no longer looked full and "(WW) dient …" became a sentence of its own
  const text =
    "Waarom leggen wij een maatregel op?\nIngevolge artikel 24, eerste lid, onderdeel a, van de Werkloosheidswet\n(WW) dient een werknemer te voorkomen dat hij verwijtbaar werkloos\nwordt. Uit de stukken blijkt dat u zonder voorafgaande kennisge-\nving niet op uw werk bent verschenen.";
  it("keeps the sentence whole", () => {
    expect(units(text).map((u) => u.replace(/\s+/g, " "))).toEqual([
      "Waarom leggen wij een maatregel op?",
      "Ingevolge artikel 24, eerste lid, onderdeel a, van de Werkloosheidswet (WW) dient een werknemer te voorkomen dat hij verwijtbaar werkloos wordt.",
      "Uit de stukken blijkt dat u zonder voorafgaande kennisge- ving niet op uw werk bent verschenen.",
    ]);
  });
});
