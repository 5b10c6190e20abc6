import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadWordFrequencies } from "../data/wordfreq-nl/load.ts";
import { adoptSplitterState, baseForms, splitCompound, splitterState } from "../engine/checks/compound-split.ts";
import { parseWordFrequencies } from "../engine/checks/data/wordfreq.ts";
import { paraphrases } from "../engine/checks/data/wordfreq-paraphrases.ts";
import { createHardWordsCheck } from "../engine/checks/hard-words.ts";
import { buildDocument } from "../engine/text/document.ts";
import { defaultCheckOptions, type Finding } from "../engine/types.ts";

const freq = loadWordFrequencies();
const check = createHardWordsCheck(freq);
const run = (text: string, c = check) => c.run(buildDocument(text), defaultCheckOptions);
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

/** "U moet [x] doen." → the text without brackets and the span of x. */
function marked(example: string) {
  const start = example.indexOf("[");
  const end = example.indexOf("]") - 1;
  return { text: example.replace("[", "").replace("]", ""), start, end };
}

const line = (f: Finding) => `${f.start}-${f.end} ${f.severity} ${f.id} ${f.text}`;

describe("word frequency data", () => {
  it("parses the shipped list, skipping the attribution header and non-words", () => {
    expect(freq.get("de")).toBe(7.73);
    expect(freq.get("huur")).toBe(4.48);
    expect(freq.has("00")).toBe(false);
    expect(freq.size).toBeGreaterThan(45_000);
  });

  it("keeps the attribution header in the shipped file", () => {
    const head = readFileSync(new URL("../data/wordfreq-nl/nl_wordfreq_large_top50000.tsv", import.meta.url), "utf8").slice(0, 600);
    expect(head).toContain("Robyn Speer");
    expect(head).toContain("SUBTLEX-NL");
    expect(head).toContain("CC BY-SA 4.0");
  });

  it("parses a small list without trusting its format", () => {
    const m = parseWordFrequencies("# header\nhuis\t5.73\nfoo bar\t3\n00\t6\nkapot\tx\nzo'n\t5.59\n");
    expect([...m.entries()]).toEqual([["huis", 5.73], ["zo'n", 5.59]]);
  });
});

describe("compound splitting", () => {
  const parts = (w: string) => splitCompound(w, freq)?.parts;
  it("splits compounds into known parts with linking -s-", () => {
    expect(splitCompound("betalingsverplichtingen", freq)).toMatchObject({ parts: ["betaling", "verplichtingen"], links: ["s", ""] });
    expect(parts("huurbedrag")).toEqual(["huur", "bedrag"]);
    expect(parts("ondertoezichtstelling")).toEqual(["onder", "toezicht", "stelling"]);
    expect(parts("opgroeit")).toEqual(["op", "groeit"]);
  });
  it("does not take suffixes or interjections for parts", () => {
    expect(parts("weigerachtig")).toBeUndefined();
    expect(parts("kostelijke")).toBeUndefined();
  });
  it("gives base forms of verbs and nouns", () => {
    expect(baseForms("schaamde")).toContain("schamen");
    expect(baseForms("evalueert")).toContain("evalueren");
    expect(baseForms("stimulerend")).toContain("stimuleren");
    expect(baseForms("geschetst")).toContain("schetsen");
    expect(baseForms("knelt")).toContain("knellen");
  });
  it("does not split very long input", () => {
    expect(splitCompound("huur".repeat(100), freq)).toBeUndefined();
  });
  it("splits the same with a kept part trie (the loader's cache) as with one built from the list", () => {
    const fresh = parseWordFrequencies(readFileSync(new URL("../data/wordfreq-nl/nl_wordfreq_large_top50000.tsv", import.meta.url), "utf8"));
    const kept = new Map(fresh);
    adoptSplitterState(kept, structuredClone(splitterState(fresh)));
    const words = ["betalingsverplichtingen", "huurachterstand", "ingebrekestelling", "gezinsvoogdij", "kinderbeschermingsmaatregel", "woonlastenbijdrage", "zorgverzekeraar"];
    for (const w of words) expect(splitCompound(w, kept)).toEqual(splitCompound(w, fresh));
    expect(splitCompound("huurachterstand", kept)?.parts).toEqual(["huur", "achterstand"]);
  });
});

describe("paraphrase examples", () => {
  for (const p of paraphrases) {
    const wrong = marked(p.example.wrong);
    it(`marks '${wrong.text.slice(wrong.start, wrong.end)}' and offers '${p.replacement}'`, () => {
      const hits = run(wrong.text).filter((f) => f.start === wrong.start && f.end === wrong.end);
      expect(hits).toHaveLength(1);
      expect(hits[0]!.suggestions[0]).toMatchObject({ replacement: p.replacement, safe: p.safe });
    });
    it(`leaves the B1 version alone: ${p.example.right}`, () => {
      expect(run(p.example.right).map(line)).toEqual([]);
    });
    if (p.example.fixed) {
      const fixed = p.example.fixed;
      it(`the safe replacement gives '${fixed}'`, () => {
        const f = run(wrong.text).find((x) => x.start === wrong.start)!;
        expect(wrong.text.slice(0, f.start) + f.suggestions[0]!.replacement + wrong.text.slice(f.end)).toBe(fixed);
        expect(run(fixed).map(line)).toEqual([]);
      });
    }
  }
});

describe("long and rare words", () => {
  it("gives a warning for a very long compound, with its parts", () => {
    const [f] = run("Wij sturen u een kindbeschermingsmaatregel.");
    expect(f).toMatchObject({ id: "hard-word/long", rule: "hard-word", severity: "warning", text: "kindbeschermingsmaatregel" });
    expect(f!.message).toContain("kind + bescherming + maatregel");
  });

  it("gives a compound of two well-known parts a warning only from 22 letters", () => {
    const severityOf = (word: string) => run(`Dit is een ${word}.`)[0]?.severity;
    expect(severityOf("kennismakingsgesprek")).toBe("info");
    expect(severityOf("toestemmingsformulier")).toBe("info");
    expect(severityOf("betalingsverplichtingen")).toBe("warning");
    expect(severityOf("gezichtsveldonderzoek")).toBe("warning"); // three parts
  });

  it("gives info for a long word of 16 to 19 letters", () => {
    expect(run("Er zijn veel personeelstekorten.").map(line)).toEqual(["13-31 info hard-word/long personeelstekorten"]);
  });

  it("leaves long words that many people know alone", () => {
    expect(run("Dat is uw verantwoordelijkheid.")).toEqual([]);
  });

  it("gives info for a rare word", () => {
    const [f] = run("U bent weigerachtig.");
    expect(f).toMatchObject({ id: "hard-word/rare", severity: "info", text: "weigerachtig" });
    expect(f!.message).toBe("Dit woord kennen veel mensen niet. Kies een woord dat vaker voorkomt, of leg het uit.");
  });

  it("does not mark a compound of frequent parts or an inflected frequent word", () => {
    expect(run("Het huurbedrag staat op de wachtlijst. Zij schaamde zich. Hij evalueert het plan.")).toEqual([]);
    // also when the whole word is less frequent than its parts
    expect(run("Neem uw identiteitskaart mee. Het gaat over kindermishandeling. Wij bewaren uw persoonsgegevens.")).toEqual([]);
  });

  it("marks a word only once", () => {
    expect(run("U bent weigerachtig. Blijft u weigerachtig?")).toHaveLength(1);
  });

  it("does not mark a word the text explains", () => {
    expect(run("Er kijkt iemand mee. Dat heet een ondertoezichtstelling. De ondertoezichtstelling duurt een jaar.")).toEqual([]);
    expect(run("U krijgt een ondertoezichtstelling (er kijkt iemand met u mee).")).toEqual([]);
    // the hard word in brackets after the plain words it names
    expect(run("Op 27 mei krijgt u een darmonderzoek (colonoscopie).")).toEqual([]);
    expect(run("Op 27 mei krijgt u een colonoscopie.").map((f) => f.text)).toEqual(["colonoscopie"]);
    expect(run("U krijgt een ondertoezichtstelling. Die duurt een jaar.").map(line)).toEqual([
      "13-34 warning hard-word/long ondertoezichtstelling",
    ]);
  });

  it("counts a word as explained when the next sentence explains its short name in brackets", () => {
    expect(run("De rechter verlengt de ondertoezichtstelling (OTS). Een OTS betekent: ik kijk met jullie mee.")).toEqual([]);
    expect(run("De rechter verlengt de ondertoezichtstelling (OTS). De OTS is een maatregel van de rechter.")).toEqual([]);
    // the short name alone explains nothing
    expect(run("De rechter verlengt de ondertoezichtstelling (OTS). De OTS duurt een jaar.").map((f) => f.text)).toEqual(["ondertoezichtstelling"]);
  });

  it("skips names, placeholders, numbers and the salutation", () => {
    const text = "Beste mevrouw Zwartewaterkloosterman,\n\nU woont aan de Burgemeester Hogguerstraat in Kloosterzandvoorde. Uw dossier is 2024-015889 en ACHTERNAAMVANDEONTVANGER staat erop.";
    expect(run(text)).toEqual([]);
  });

  it("marks only the hard part of a hyphenated word", () => {
    const text = "Wij spraken een collega-ervaringsdeskundigheidsexpert.";
    const [f] = run(text);
    expect(f!.text).toBe("ervaringsdeskundigheidsexpert");
    expect(text.slice(f!.start, f!.end)).toBe(f!.text);
  });

  it("skips words the caller already covers", () => {
    const withLexicon = createHardWordsCheck(freq, { knownWords: ["Ondertoezichtstelling"] });
    expect(run("U krijgt een ondertoezichtstelling.", withLexicon)).toEqual([]);
  });

  it("lets the thresholds be set", () => {
    const strict = createHardWordsCheck(freq, { longLetters: 12, longFrequentZipf: 5 });
    expect(run("Dat is uw verantwoordelijkheid.", strict).map(line)).toEqual(["10-30 info hard-word/long verantwoordelijkheid"]);
  });
});

describe("whole texts", () => {
  for (const name of ["plain-b1-gesprek.txt", "plain-b1-huur.txt", "plain-b1-uitleg.txt"]) {
    it(`finds nothing in ${name}`, () => {
      expect(run(fixture(name)).map(line)).toEqual([]);
    });
  }

  it("marks the long and rare words of the huurachterstand letter", () => {
    const text = fixture("huurachterstand.txt");
    const findings = run(text);
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.text);
    const byText = new Map(findings.map((f) => [f.text, f]));
    expect(byText.get("betalingsverplichtingen")).toMatchObject({ severity: "warning", suggestions: [{ replacement: "wat u moet betalen", safe: false }] });
    expect(byText.get("huurovereenkomst")?.suggestions[0]?.replacement).toBe("huurcontract");
    for (const word of ["weigerachtig", "opeisbare", "onderhavig"]) expect(byText.get(word)?.severity).toBe("info");
    for (const placeholder of ["ACHTERNAAM", "DATUM ONDERTEKENING", "ADRES"]) expect(byText.has(placeholder)).toBe(false);
  });
});

describe("hostile input", () => {
  it("handles 1 MB of one word", () => {
    const text = "verplichting".repeat(90_000);
    const findings = run(text);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.end).toBe(text.length);
  });

  it("handles 1 MB without spaces", () => {
    const text = "betalings-verplichting,i.v.m.Ondertoezicht(OTS)€850;".repeat(20_000);
    const findings = run(text);
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.text);
  });
});
