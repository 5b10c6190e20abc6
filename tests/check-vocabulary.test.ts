// Rule "vocabulary": Latinate and French words outside the common vocabulary get an info finding; common words,
// native words on -eren/-aal/-ent, names, explained words and what the lexicon flags stay quiet.
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { createVocabularyCheck } from "../engine/checks/vocabulary.ts";
import { latinateForm } from "../engine/checks/latinate.ts";
import { buildDocument } from "../engine/text/document.ts";
import { defaultCheckOptions } from "../engine/types.ts";
import { loadWordFrequencies } from "../data/wordfreq-nl/load.ts";
import { loadLexicon } from "../lexicon/load.ts";
import { defaultChecker } from "../server/default-checker.ts";

const freq = loadWordFrequencies();
const zipf = (w: string) => freq.get(w);
const check = createVocabularyCheck(freq);
const flagged = (text: string) => check.run(buildDocument(text), defaultCheckOptions).map((f) => f.text);

describe("latinateForm", () => {
  it("knows Latin verbs in all their forms, and their infinitive", () => {
    for (const [word, lemma] of [
      ["constateren", "constateren"],
      ["constateert", "constateren"],
      ["constateerden", "constateren"],
      ["geconstateerd", "constateren"],
      ["geëvalueerde", "evalueren"],
      ["geïnformeerd", "informeren"],
      ["resterende", "resteren"],
    ]) {
      expect(latinateForm(word!, zipf), word).toEqual({ lemma, kind: "verb" });
    }
  });

  it("tells native verbs on -eren and words with a Germanic prefix apart", () => {
    for (const word of ["veranderen", "vermeerderen", "schilderen", "luisteren", "verbeteren", "herinneren", "leren", "scheren", "verkeren", "beheert", "verteert", "herkent", "onderkant", "betaal"]) {
      expect(latinateForm(word, zipf), word).toBeUndefined();
    }
  });

  it("knows Latinate nouns and adjectives by their suffix, and -ent/-ief nouns by their plural", () => {
    expect(["frequentie", "prioriteiten", "pragmatisme", "marginale", "structurele", "substantiële", "transparante", "proactieve", "primair", "dubieuze"].map((w) => latinateForm(w, zipf)?.kind)).toEqual([
      "noun", "noun", "noun", "adjective", "adjective", "adjective", "adjective", "adjective", "adjective", "adjective",
    ]);
    expect(latinateForm("marginale", zipf)?.lemma).toBe("marginaal");
    expect(latinateForm("substantiële", zipf)?.lemma).toBe("substantieel");
    for (const noun of ["student", "patiënt", "tarief", "archief"]) expect(latinateForm(noun, zipf), noun).toBeUndefined();
  });
});

describe("vocabulary check", () => {
  it("flags Latinate words between rare and common, inflected forms and compound parts", () => {
    expect(flagged("Wij constateren dat het structureel misgaat.")).toEqual(["constateren", "structureel"]);
    expect(flagged("Het doel is primair. Dat is evident.")).toEqual(["primair", "evident"]);
    expect(flagged("Wij hebben de klacht geformuleerd.")).toEqual(["geformuleerd"]);
    expect(flagged("In mei is de jaarevaluatie.")).toEqual(["jaarevaluatie"]);
  });

  it("gives info findings with exact offsets and names the Latin part of a compound", () => {
    const text = "In mei is de jaarevaluatie. Wij constateren een fout.";
    const findings = check.run(buildDocument(text), defaultCheckOptions);
    expect(findings).toHaveLength(2);
    for (const f of findings) {
      expect(f).toMatchObject({ id: "vocabulary/latinate", rule: "vocabulary", severity: "info", suggestions: [] });
      expect(text.slice(f.start, f.end)).toBe(f.text);
    }
    expect(findings[0]!.message).toContain("'evaluatie'");
  });

  it("leaves everyday words of Latin form alone, and still flags officialese ones of the same frequency", () => {
    expect(flagged("De monteur komt morgen voor de reparatie. Twee monteurs doen de reparaties.")).toEqual([]);
    expect(flagged("Hij gaat solliciteren en de contributie van de club is betaald.")).toEqual([]);
    expect(flagged("Wij constateren dat een evaluatie nodig is.")).toEqual(["constateren", "evaluatie"]);
  });

  it("leaves common words, native words, names and rare words (hard-word's) alone", () => {
    expect(flagged("De situatie is normaal. Wij informeren u over de informatie en de procedure.")).toEqual([]);
    expect(flagged("Wij veranderen het plan en luisteren naar u. De vergaderzaal is vrij.")).toEqual([]);
    expect(flagged("Mevrouw Constantijn Marginaal belt u.")).toEqual([]);
    // Zipf below 3 and not a compound: the hard-word check marks it
    expect(flagged("Wij werken proactief.")).toEqual([]);
  });

  it("leaves inflected forms and compounds of everyday words alone, and still flags the formal ones", () => {
    // a form less frequent than its base word: tekent (tekenen), liederen (lied), cadeautje (cadeau), chauffeurs
    expect(flagged("Hij tekent en rekent graag. Wij zongen liederen. Zij kreeg een cadeautje van de chauffeurs.")).toEqual([]);
    // a separable verb or a compound with a common last part: ophangen, afstuderen, zomervakantie, zeeniveau
    expect(flagged("Wil je de was ophangen? Zij gaat afstuderen. In de zomervakantie zijn wij op zeeniveau.")).toEqual([]);
    // Germanic words that look Latin: scheur (no vowel before -eur), opheldering (op + h…, not Greek ph)
    expect(flagged("Er zit een scheur in de muur. Wij vragen om opheldering.")).toEqual([]);
    expect(flagged("Wij gaan de aanvragen selecteren en de implementatie evalueren.")).toEqual(["selecteren", "implementatie", "evalueren"]);
  });

  it("flags a word once, and not when the text explains it", () => {
    expect(flagged("Wij constateren dit. Wij constateren dat ook.")).toEqual(["constateren"]);
    expect(flagged("Wij hebben de correspondentie (de brieven en mails) gelezen.")).toEqual([]);
    expect(flagged("Er komt een consulent. Een consulent is iemand van de gemeente.")).toEqual([]);
    expect(flagged("De correspondentie is klaar. Dat is een stapel brieven.")).toEqual([]);
  });

  it("treats an uninflected -ent word after an article as a noun", () => {
    expect(flagged("Er komt een consulent bij u.")).toEqual([]);
    expect(flagged("Dat is consequent.")).toEqual(["consequent"]);
  });

  it("gives the lexicon's alternative for the base word", () => {
    const lexicon = loadLexicon();
    const withLexicon = createVocabularyCheck(freq, lexicon);
    const entry = lexicon.find((e) => e.match.includes("constateren"));
    expect(entry, "the lexicon knows 'constateren'").toBeDefined();
    const [f] = withLexicon.run(buildDocument("Dit werd geconstateerd."), defaultCheckOptions);
    expect(f?.message).toContain(`'constateren' is '${entry!.alternatives[0]!.text}'`);
  });
});

describe("vocabulary check in the default checker", () => {
  const checker = defaultChecker();
  const vocabulary = (text: string) => checker.check(text).findings.filter((f) => f.rule === "vocabulary").map((f) => f.text);
  const fixtures = new URL("./fixtures/", import.meta.url);
  const letters = new URL("./fixtures/letters/", import.meta.url);
  const read = (dir: URL, prefix: string) =>
    readdirSync(dir)
      .filter((n) => n.startsWith(prefix) && n.endsWith(".txt"))
      .map((n) => readFileSync(new URL(n, dir), "utf8"));

  it("does not flag what the lexicon already flags", () => {
    const report = checker.check("Wij zullen uw aanvraag evalueren.");
    expect(report.findings.some((f) => f.rule === "lexicon" && f.text === "evalueren")).toBe(true);
    expect(vocabulary("Wij zullen uw aanvraag evalueren.")).toEqual([]);
  });

  it("is nearly quiet on the plain texts and letters", () => {
    const plain = [...read(fixtures, "plain-"), ...read(letters, "helder-")];
    expect(plain.length).toBeGreaterThanOrEqual(29);
    expect(plain.flatMap(vocabulary).length).toBeLessThanOrEqual(1);
  });

  it("finds Latinate words in the officialese letters", () => {
    const hits = read(letters, "ambtelijk-").flatMap(vocabulary);
    expect(hits.length).toBeGreaterThanOrEqual(8);
  });
});
