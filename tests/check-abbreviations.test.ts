import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { abbreviationsCheck } from "../engine/checks/abbreviations.ts";
import { abbreviations, acronyms, type Example } from "../engine/checks/data/abbreviations.ts";
import { buildDocument } from "../engine/text/document.ts";
import { defaultCheckOptions, type Finding } from "../engine/types.ts";

const run = (text: string) => abbreviationsCheck.run(buildDocument(text), defaultCheckOptions);
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const line = (f: Finding) => `${f.start}-${f.end} ${f.severity} ${f.id} ${f.text}`;

/** "Wij bespreken [o.a.] de huur." → the text without brackets and the span of o.a. */
function marked(example: string) {
  const start = example.indexOf("[");
  const end = example.indexOf("]") - 1;
  return { text: example.replace("[", "").replace("]", ""), start, end };
}

function walkExample(id: string, example: Example, safe: boolean) {
  const wrong = marked(example.wrong);
  const label = wrong.text.slice(wrong.start, wrong.end);
  it(`${label}: marks the span in '${example.wrong}'`, () => {
    const hits = run(wrong.text).filter((f) => f.id === id);
    expect(hits.map(line)).toEqual([`${wrong.start}-${wrong.end} ${hits[0]?.severity} ${id} ${label}`]);
    const suggestion = hits[0]!.suggestions[0];
    if (suggestion) expect(suggestion.safe).toBe(safe);
    else expect(safe).toBe(false);
  });
  if (example.fixed) {
    const fixed = example.fixed;
    it(`${label}: the safe replacement gives '${fixed}'`, () => {
      const f = run(wrong.text).find((x) => x.id === id)!;
      const s = f.suggestions[0]!;
      expect(s.safe).toBe(true);
      expect(wrong.text.slice(0, f.start) + s.replacement + wrong.text.slice(f.end)).toBe(fixed);
      expect(run(fixed).filter((x) => x.id === id)).toEqual([]);
    });
  }
  it(`${label}: leaves '${example.right}' alone`, () => {
    expect(run(example.right).map(line)).toEqual([]);
  });
}

describe("shortened words", () => {
  for (const e of abbreviations) walkExample(`abbreviation/${e.forms[0]}`, e.example, e.safe);

  it("gives a warning, with the full form in the message", () => {
    const [f] = run("Dit geldt o.a. voor u.");
    expect(f).toMatchObject({ rule: "abbreviation", category: "afkorting", severity: "warning", text: "o.a." });
    expect(f!.message).toBe("Schrijf geen afkortingen. Schrijf 'onder andere'.");
    expect(f!.suggestions).toEqual([{ replacement: "onder andere", safe: true }]);
  });

  it("says what a shortening means when the plain word is another", () => {
    const [f] = run("Stuur de brief t.a.v. mevrouw Jansen.");
    expect(f!.message).toBe("Schrijf geen afkortingen. 't.a.v.' betekent 'ter attentie van'. Schrijf liever 'voor'.");
  });

  it("starts the replacement with a capital at the start of a sentence", () => {
    expect(run("O.a. de huur is te hoog.")[0]!.suggestions[0]!.replacement).toBe("Onder andere");
  });

  it("marks only the first use", () => {
    expect(run("Neem bijv. een pen mee. Of bijv. een potlood.").map(line)).toEqual(["5-10 warning abbreviation/bijv. bijv."]);
  });

  it("marks forms without dots, in lower or upper case", () => {
    expect(run("Ik bel ivm de huur.").map(line)).toEqual(["7-10 warning abbreviation/i.v.m. ivm"]);
    expect(run("NB. Kom op tijd.").map((f) => f.id)).toEqual(["abbreviation/n.b."]);
  });

  it("gives an unknown shortening a warning without a suggestion", () => {
    const [f] = run("Het kind (n.p.) is ziek.");
    expect(f).toMatchObject({ id: "abbreviation/other", severity: "warning", text: "n.p.", suggestions: [] });
  });

  it("leaves titles and initials alone", () => {
    expect(run("U spreekt mr. J. de Vries en dr. A.B. Smit.")).toEqual([]);
  });

  it("gives forms of address only a hint", () => {
    expect(run("U spreekt dhr. Jansen.")[0]).toMatchObject({ severity: "info", id: "abbreviation/dhr." });
  });
});

describe("acronyms", () => {
  for (const e of acronyms) walkExample(`abbreviation/${e.forms[0]}`, e.example, !e.shortNameOnly);

  it("offers the written-out form of a name the organisation no longer uses, but not as one click", () => {
    const [f] = run("U krijgt een rekening van het CAK.");
    expect(f!.suggestions).toEqual([{ replacement: "Centraal Administratie Kantoor (CAK)", safe: false, note: expect.stringContaining("heet nu alleen CAK") }]);
  });

  it("gives info and offers the written-out form", () => {
    const [f] = run("De OTS duurt een jaar.");
    expect(f).toMatchObject({ severity: "info", text: "OTS", suggestions: [{ replacement: "ondertoezichtstelling (OTS)", safe: true }] });
    expect(f!.message).toBe("Niet iedereen weet wat OTS betekent. Schrijf de eerste keer: 'ondertoezichtstelling (OTS)'.");
  });

  it("capitalises the written-out form at the start of a sentence", () => {
    expect(run("OTS betekent dat er iemand meekijkt. Een OTS duurt een jaar.")).toEqual([]);
    expect(run("OTS duurt een jaar.")[0]!.suggestions[0]!.replacement).toBe("Ondertoezichtstelling (OTS)");
  });

  it("accepts each way of explaining an acronym", () => {
    for (const text of [
      "U krijgt een ondertoezichtstelling (OTS). De OTS duurt een jaar.",
      "U krijgt een OTS (ondertoezichtstelling). De OTS duurt een jaar.",
      "De Gecertificeerde Instelling, de GI, belt u. De GI komt langs.",
      "Ga naar het Centrum voor Jeugd en Gezin (CJG).",
      "Het Expertisecentrum Yeugd Zorg (EYZ) helpt u.",
      "Het EYZ (een expertisecentrum) helpt u.",
      "Het EYZ helpt u. EYZ staat voor Expertisecentrum Yeugd Zorg.",
      "De ondertoezichtstelling, de OTS, duurt een jaar.",
    ]) {
      expect(run(text).map(line), text).toEqual([]);
    }
  });

  it("does not take an explanation in a later paragraph", () => {
    const text = "De OTS duurt een jaar. Daarna kijkt de rechter.\n\nDan pas weet u meer. Een OTS is een ondertoezichtstelling (OTS).";
    expect(run(text).map(line)).toEqual(["3-6 info abbreviation/OTS OTS"]);
  });

  it("takes an explanation anywhere in the paragraph of the first use", () => {
    expect(run("De OTS duurt een jaar. Daarna kijkt de rechter. Dan pas weet u meer. Een OTS is een maatregel van de rechter.")).toEqual([]);
  });

  it("marks an unknown acronym once, and finds it before a hyphen or 's", () => {
    expect(run("Het XYZ-team belt. De XYZ's komen ook.").map(line)).toEqual(["4-7 info abbreviation/acronym XYZ"]);
  });

  it("leaves everyday acronyms, Roman numerals and lines in capitals alone", () => {
    expect(run("Zet de TV uit en ga naar de WC. De prijs is met BTW. Lees deel II.")).toEqual([]);
    expect(run("WAT GEBEURT ER NU?\n\nDe rechter beslist.")).toEqual([]);
    expect(run("Dat is NU belangrijk.")).toEqual([]);
    expect(run("Onderwerp: RE: vraag over huiswerk\n\nBeste Yasmina, dank voor uw mail. FW: zie hieronder.")).toEqual([]);
  });

  it("never marks a placeholder", () => {
    expect(run("Beste ACHTERNAAM,\n\nUw brief van DATUM ONDERTEKENING over {dossier} is binnen.")).toEqual([]);
  });
});

describe("whole texts", () => {
  for (const name of ["plain-b1-gesprek.txt", "plain-b1-huur.txt", "plain-b1-uitleg.txt"]) {
    it(`finds nothing in ${name}`, () => {
      expect(run(fixture(name)).map(line)).toEqual([]);
    });
  }

  it("marks d.d. in the huurachterstand letter and nothing else", () => {
    const text = fixture("huurachterstand.txt");
    const findings = run(text);
    expect(findings.map((f) => `${f.id} ${f.text}`)).toEqual(["abbreviation/d.d. d.d."]);
    expect(text.slice(findings[0]!.start, findings[0]!.end)).toBe("d.d.");
    expect(findings[0]!.suggestions[0]).toMatchObject({ replacement: "van", safe: false });
  });
});

describe("hostile input", () => {
  it("handles 1 MB of one word", () => {
    expect(run("OTS".repeat(350_000))).toEqual([]);
  });

  it("handles 1 MB without spaces", () => {
    const text = "i.v.m.OTS(ondertoezicht),GI's;N.B.".repeat(30_000);
    const findings = run(text);
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.text);
    // one finding per abbreviation, however often it comes back
    expect(findings.map((f) => `${f.id} ${f.text}`)).toEqual([
      "abbreviation/i.v.m. i.v.m.",
      "abbreviation/GI GI",
      "abbreviation/other N.B.i.v.m.",
      "abbreviation/n.b. N.B.",
    ]);
  });
});
