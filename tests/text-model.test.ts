// The document model on the tricky parts of Dutch letters (the 69 gold passages are in segmenter-gold.test.ts).
import { describe, expect, it } from "vitest";
import { buildDocument } from "../engine/text/document.ts";
import { tokenize } from "../engine/text/tokenize.ts";

const tokensOf = (text: string) => buildDocument(text).tokens.map((t) => `${t.kind}:${t.text}`);
const units = (text: string) => buildDocument(text).sentences.map((s) => text.slice(s.start, s.end));
const kinds = (text: string) => buildDocument(text).sentences.map((s) => s.kind);

describe("tokens", () => {
  it.each([
    ["d.d. 3 maart", "abbreviation:d.d."],
    ["o.a. uw loonstrook", "abbreviation:o.a."],
    ["stuur bijv. een kopie", "abbreviation:bijv."],
    ["I.v.m. de feestdagen", "abbreviation:I.v.m."],
    ["t.a.v. mevrouw", "abbreviation:t.a.v."],
    ["z.s.m. op te sturen", "abbreviation:z.s.m."],
    ["factuur nr. 12", "abbreviation:nr."],
    ["art. 7:271 BW", "number:7:271"],
    ["mr. J. de Boer", "abbreviation:J."],
    ["dhr. Jansen", "abbreviation:dhr."],
    ["mevr. Bakker", "abbreviation:mevr."],
    ["meubels enz. mee", "abbreviation:enz."],
    ["m.b.t. deze brief", "abbreviation:m.b.t."],
  ])("%s has %s", (text, token) => {
    expect(tokensOf(text)).toContain(token);
  });

  it.each([
    ["een huursom van € 2.550 per maand", "amount:€ 2.550"],
    ["een borg van € 850,-.", "amount:€ 850,-"],
    ["het bedrag van € 1.500,00 moet", "amount:€ 1.500,00"],
    ["totaal €3.217,45 (inclusief)", "amount:€3.217,45"],
    ["de huur van € 850, welk bedrag", "amount:€ 850"],
    ["gaat in op 1-2-2024 en", "date:1-2-2024"],
    ["aanvraag van 01.02.2024 is", "date:01.02.2024"],
    ["begint om 12.00 uur", "time:12.00"],
    ["bellen tot 20:00 uur", "time:20:00"],
    ["is 2,5 procent", "number:2,5"],
    ["Versie 3.1 van", "number:3.1"],
    ["naar bezwaar@gemeente.nl.", "email:bezwaar@gemeente.nl"],
    ["via p.vandenberg@gemeente.nl of", "email:p.vandenberg@gemeente.nl"],
    ["Kijk op www.rijksoverheid.nl voor", "url:www.rijksoverheid.nl"],
    ["op https://www.belastingdienst.nl/wps/toeslagen. Vul", "url:https://www.belastingdienst.nl/wps/toeslagen"],
    ["bel 088-1234567.", "phone:088-1234567"],
    ["tel. 030-1234567", "phone:030-1234567"],
    ["berichtje op 06 12345678. Je", "phone:06 12345678"],
    // phone numbers in groups, as plain letters write them; a postcode with its letters
    ["Bel 035 602 18 44 of", "phone:035 602 18 44"],
    ["app 06 41 27 93 50.", "phone:06 41 27 93 50"],
    ["Tel. 09 266 99 00", "phone:09 266 99 00"],
    ["sms 0470 22 81 64.", "phone:0470 22 81 64"],
    ["de huisartsenpost: 0900 15 15.", "phone:0900 15 15"],
    ["Postbus 1150\n2501 AD Den Haag", "number:2501 AD"],
    // account numbers, with or without spaces: one number, not a placeholder "NL12 RABO" and loose numbers
    ["op rekening NL12 RABO 0123 4567 89 onder vermelding", "number:NL12 RABO 0123 4567 89"],
    ["IBAN NL91ABNA0417164300, t.n.v.", "number:NL91ABNA0417164300"],
    ["rekeningnummer BE68 5390 0754 7034.", "number:BE68 5390 0754 7034"],
  ])("%s keeps %s whole", (text, token) => {
    expect(tokensOf(text)).toContain(token);
  });

  it.each([
    ["Wij zijn 's middags gesloten.", "word:'s"],
    ["Dat is zo'n 100 euro.", "word:zo'n"],
    ["uw cd's en dvd's", "word:cd's"],
    ["De foto's sturen wij terug.", "word:foto's"],
    ["een e-mail naar de afdeling", "word:e-mail"],
    ["jeugd- en gezinsbescherming", "word:jeugd-"],
    ["De Noord-Hollandse gemeenten", "word:Noord-Hollandse"],
  ])("%s has the word %s", (text, token) => {
    expect(tokensOf(text)).toContain(token);
  });

  it.each([
    ["Geachte heer/mevrouw ACHTERNAAM,", "placeholder:ACHTERNAAM"],
    ["d.d. DATUM ONDERTEKENING, maakt u", "placeholder:DATUM ONDERTEKENING"],
    ["Beste {naam},", "placeholder:{naam}"],
    ["Beste {{voornaam}},", "placeholder:{{voornaam}}"],
    ["op [datum] om", "placeholder:[datum]"],
    ["aan de «straatnaam» «huisnummer»", "placeholder:«straatnaam»"],
    ["Naam: <<achternaam>>", "placeholder:<<achternaam>>"],
    ["Beste $NAAM,", "placeholder:$NAAM"],
    ["Beste %naam%,", "placeholder:%naam%"],
  ])("%s has %s", (text, token) => {
    expect(tokensOf(text)).toContain(token);
  });

  it("does not take an account number, a gemeente number or a company for a phone number or a postcode", () => {
    expect(tokensOf("naar NL12 RABO 0123 4567 89 over")).not.toContain("phone:0123 4567 89");
    expect(tokensOf("rekening 0006 2210 45 en")).toEqual(expect.arrayContaining(["number:0006", "number:2210", "number:45"]));
    expect(tokensOf("Bel 14 075 of")).toEqual(expect.arrayContaining(["number:14", "number:075"]));
    expect(tokensOf("Sinds 2019 BV is het")).toEqual(expect.arrayContaining(["number:2019", "word:BV"]));
    expect(tokensOf("Bel 035 602 18 44 45.")).toEqual(expect.arrayContaining(["phone:035 602 18 44", "number:45"]));
  });

  it("does not take acronyms for placeholders", () => {
    expect(tokensOf("De OTS en de GI, art. 1 BW en de WSNP.")).toEqual(
      expect.arrayContaining(["word:OTS", "word:GI", "word:BW", "word:WSNP"]),
    );
  });

  it("gives every token exact offsets", () => {
    const text = "Geachte heer/mevrouw ACHTERNAAM,\n\nU moet € 2.550 betalen vóór 1-3-2024 😀 om 12.00 uur.";
    for (const t of buildDocument(text).tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe("sentence units", () => {
  it("reads a word broken over two lines (text copied from a PDF) as one word, with its text and offsets unchanged", () => {
    const text = "Wij zijn genood-\nzaakt de huur-\n  achterstand te melden. Stuur een e-\nmail.";
    const words = tokenize(text).filter((t) => t.kind === "word");
    expect(words.map((t) => t.lower)).toEqual(["wij", "zijn", "genoodzaakt", "de", "huurachterstand", "te", "melden", "stuur", "een", "e-mail"]);
    for (const t of words) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(units(text)).toEqual(["Wij zijn genood-\nzaakt de huur-\n  achterstand te melden.", "Stuur een e-\nmail."]);
  });

  it("keeps a hyphen at a line end before 'en' or a capital as it is", () => {
    expect(tokenize("jeugd-\nen gezinsbescherming").map((t) => t.lower)).toEqual(["jeugd", "-", "\n", "en", "gezinsbescherming"]);
    expect(tokenize("Noord-\nHolland").map((t) => t.lower)).toEqual(["noord", "-", "\n", "holland"]);
  });

  it("ends a sentence after a class or house number with a letter (2B, 12A)", () => {
    expect(units("Ama zit in klas 2B. Ik schrijf u omdat Ama vaak ziek is. U woont op nummer 12A. Wij komen langs.")).toEqual([
      "Ama zit in klas 2B.",
      "Ik schrijf u omdat Ama vaak ziek is.",
      "U woont op nummer 12A.",
      "Wij komen langs.",
    ]);
    expect(tokensOf("klas 2B of de 3e keer")).toEqual(expect.arrayContaining(["number:2B", "number:3e"]));
  });

  it("does not end a sentence after an abbreviation in the middle", () => {
    expect(units("U kunt o.a. uw loonstrook meesturen. Wij hebben dhr. Jansen gebeld.")).toEqual([
      "U kunt o.a. uw loonstrook meesturen.",
      "Wij hebben dhr. Jansen gebeld.",
    ]);
  });

  it("ends a sentence after an abbreviation that closes it", () => {
    expect(units("Betaal het bedrag z.s.m. Doet u dat niet, dan sturen wij een herinnering.")).toEqual([
      "Betaal het bedrag z.s.m.",
      "Doet u dat niet, dan sturen wij een herinnering.",
    ]);
  });

  it("ends a sentence after a company form with dots before a capital, not before a lower-case word", () => {
    expect(units("Betaal aan Incassobureau Zuidwest B.V. Zet uw nummer erbij.")).toEqual(["Betaal aan Incassobureau Zuidwest B.V.", "Zet uw nummer erbij."]);
    expect(units("Zonnepanelen Friesland B.V. heeft ons gevraagd.")).toHaveLength(1);
    expect(kinds("Van der Heijden & Partners B.V.\nPostbus 1422")).toEqual(["heading", "heading"]);
  });

  it("makes salutations, closings and headings their own units", () => {
    const text = "Betreft: huurachterstand\n\nGeachte heer/mevrouw ACHTERNAAM,\n\nU moet nog betalen. Bel ons.\n\nMet vriendelijke groet,\nMarieke";
    expect(units(text)).toEqual(["Betreft: huurachterstand", "Geachte heer/mevrouw ACHTERNAAM,", "U moet nog betalen.", "Bel ons.", "Met vriendelijke groet,", "Marieke"]);
    expect(kinds(text)).toEqual(["heading", "salutation", "sentence", "sentence", "closing", "heading"]);
  });

  it("knows the shorter and warmer closings too", () => {
    for (const closing of ["Groet,", "Met groet,", "Warme groet,", "Met een hartelijke groet,", "Veel groeten!", "Lieve groet,", "Groetjes,"]) {
      expect(kinds(`Bel ons als u vragen heeft.\n\n${closing}\nSanne`), closing).toEqual(["sentence", "closing", "heading"]);
    }
    expect(kinds("Bel ons als u vragen heeft.\n\nGroet van mij aan uw moeder.")).toEqual(["sentence", "sentence"]);
  });

  it("keeps list markers with their item", () => {
    expect(units("Wat moet u doen?\n1. Vul het formulier in.\n2. Stuur het terug.")).toEqual([
      "Wat moet u doen?",
      "1. Vul het formulier in.",
      "2. Stuur het terug.",
    ]);
    expect(kinds("Neem mee:\n- uw pas;\n- uw sleutels.")).toEqual(["sentence", "list-item", "list-item"]);
  });

  it("keeps quotes and brackets with their sentence", () => {
    expect(units('Hij zei: "U krijgt bericht." Dat is niet gebeurd. (Zie de bijlage.) Dank u.')).toEqual([
      'Hij zei: "U krijgt bericht."',
      "Dat is niet gebeurd.",
      "(Zie de bijlage.)",
      "Dank u.",
    ]);
  });

  it("counts paragraphs at blank lines", () => {
    const doc = buildDocument("Eerste zin. Tweede zin.\n\nDerde zin.\n\n\nVierde zin.");
    expect(doc.paragraphs.map((p) => [p.sentenceStart, p.sentenceEnd])).toEqual([[0, 2], [2, 3], [3, 4]]);
  });

  it("counts words as the length check does", () => {
    const doc = buildDocument("U moet € 2.550 betalen vóór 1-3-2024, zegt ACHTERNAAM.");
    expect(doc.sentences[0]!.words).toBe(8);
  });

  it("handles empty and white-space-only text", () => {
    expect(buildDocument("").sentences).toEqual([]);
    expect(buildDocument(" \n\n \t").sentences).toEqual([]);
  });
});

describe("sentence units found by probing outside the gold file", () => {
  it.each([
    ["De afspraak is op 5 jan. Neem uw paspoort mee.", ["De afspraak is op 5 jan.", "Neem uw paspoort mee."]],
    ["Wij ontvingen uw brief op 3 jan. 2024 en lazen hem.", ["Wij ontvingen uw brief op 3 jan. 2024 en lazen hem."]],
    ["Log in via MijnOverheid.nl. Daar vindt u de brief.", ["Log in via MijnOverheid.nl.", "Daar vindt u de brief."]],
    ["Uw zoon (geb. 12-05-2015) woont bij u. Dat blijft zo.", ["Uw zoon (geb. 12-05-2015) woont bij u.", "Dat blijft zo."]],
    ["De Raad v.d. Kinderbescherming doet onderzoek. Wij helpen.", ["De Raad v.d. Kinderbescherming doet onderzoek.", "Wij helpen."]],
    ["Wij bellen u t.z.t. Tot dan.", ["Wij bellen u t.z.t.", "Tot dan."]],
  ])("%s", (text, expected) => {
    expect(units(text)).toEqual(expected);
  });

  it("keeps a domain without www whole", () => {
    expect(tokensOf("Kijk op rijksoverheid.nl/toeslagen voor meer.")).toContain("url:rijksoverheid.nl/toeslagen");
  });
});
