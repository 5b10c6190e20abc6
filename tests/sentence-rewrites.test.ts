// Sentence rewrites: every rule's examples are tests; safety, facts, and the check's findings.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { rewriteRules } from "../engine/checks/data/rewrites.ts";
import { sentenceRewritesCheck } from "../engine/checks/sentence-rewrites.ts";
import { maxSentenceChars, rewriteSentence } from "../engine/rewrite/sentence-rewrites.ts";
import { createChecker } from "../engine/index.ts";
import { buildDocument } from "../engine/text/document.ts";
import { defaultCheckOptions } from "../engine/types.ts";
import { reportWithRewrites } from "../engine/rewrite/rewrite.ts";
import { defaultChecker } from "../server/default-checker.ts";

const letter = readFileSync(new URL("./fixtures/huurachterstand.txt", import.meta.url), "utf8");
const words = (s: string) => s.split(/\s+/).length;

describe("rewrite rules", () => {
  it("have unique ids, a note and at least one example each", () => {
    expect(new Set(rewriteRules.map((r) => r.id)).size).toBe(rewriteRules.length);
    for (const r of rewriteRules) {
      expect(r.note, r.id).toMatch(/^[A-Z'].{10,}[.!']$/u);
      expect(r.examples.length, r.id).toBeGreaterThan(0);
    }
  });

  for (const rule of rewriteRules) {
    for (const ex of rule.examples) {
      it(`${rule.id}: '${ex.before.slice(0, 50)}…'`, () => {
        const out = rewriteSentence(ex.before, words(ex.before));
        expect(out.length).toBeGreaterThan(0);
        // the last rewrite applies every rule that matches, safe or not
        expect(out.at(-1)!.text).toBe(ex.after);
        expect(out.at(-1)!.rules).toContain(rule.id);
      });
    }
  }
});

describe("rewriteSentence", () => {
  it("rewrites the officialese of the issue", () => {
    expect(rewriteSentence("Wij zien ons genoodzaakt om u middels onderhavig schrijven in gebreke te stellen.")[0]).toMatchObject({
      text: "Met deze brief geven wij u een officiële waarschuwing (een ingebrekestelling).",
      safe: true,
    });
    expect(rewriteSentence("Er is sprake van een huurachterstand.")[0]).toMatchObject({ text: "U heeft een huurachterstand.", safe: true });
  });

  it("marks a guessed subject or an unsure noun as not safe", () => {
    const passive = rewriteSentence("Uw brief is gisteren ontvangen.");
    expect(passive).toHaveLength(1);
    expect(passive[0]!.safe).toBe(false);
    expect(rewriteSentence("Er is sprake van een misverstand.")[0]!.safe).toBe(false);
    const plural = rewriteSentence("Het plan is door de ouders gemaakt.");
    expect(plural[0]).toMatchObject({ text: "De ouders hebben het plan gemaakt.", safe: false });
  });

  it("turns a present passive into an active sentence only as a proposal, and only for a clear verb", () => {
    expect(rewriteSentence("De brief wordt door de gemeente verstuurd.")).toEqual([
      expect.objectContaining({ text: "De gemeente verstuurt de brief.", safe: false }),
    ]);
    expect(rewriteSentence("De brief wordt door de gemeente geleid.")).toEqual([]);
    expect(rewriteSentence("De brief wordt door de ouders verstuurd.")).toEqual([]);
  });

  it("splits at 'waardoor' only with the finite verb at the end of the clause", () => {
    const s = "Er ging iets mis met de betaling van uw huur van de afgelopen maand, waardoor u recht heeft op een vergoeding van ons.";
    expect(rewriteSentence(s, 25)).toEqual([]);
    const joined = "Met deze oefening verplaats je je in het perspectief van de ander, waardoor je de ander beter begrijpt en daarom neutraal kan benaderen.";
    expect(rewriteSentence(joined, 25)).toEqual([]);
    const twoSentences = "Alleen persoon A leest de onderstaande brief door, waarna hij de brief uitlegt aan persoon B. Persoon B schrijft woorden op die ervaren werden.";
    expect(rewriteSentence(twoSentences, 25)).toEqual([]);
  });

  it("gives the safe rewrite first and a fuller proposal second", () => {
    const s = "Er is nu al lang sprake van een betalingsachterstand van twee maanden, omdat wij uw betaling van de vorige maand nog niet hebben ontvangen.";
    const out = rewriteSentence(s, 26);
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({ safe: true, rules: ["sprake-van"] });
    expect(out[0]!.text).toBe("U heeft nu al lang een betalingsachterstand van twee maanden, omdat wij uw betaling van de vorige maand nog niet hebben ontvangen.");
    expect(out[1]).toMatchObject({ safe: false, rules: ["sprake-van", "splits-omdat"] });
    expect(out[1]!.text).toBe("U heeft nu al lang een betalingsachterstand van twee maanden. Dat is omdat wij uw betaling van de vorige maand nog niet hebben ontvangen.");
  });

  it("never marks a rewrite safe when it loses a fact", () => {
    const s = "U betaalt € 850, welk bedrag op de eerste dag bijgeschreven dient te zijn op ons (kenmerk 2024/123) rekeningnummer.";
    const out = rewriteSentence(s);
    expect(out[0]!.text).not.toContain("2024/123");
    expect(out[0]!.safe).toBe(false);
  });

  it("leaves plain sentences and very long sentences alone", () => {
    expect(rewriteSentence("Wij bellen u morgen.")).toEqual([]);
    const long = `Er is sprake van een achterstand ${"en nog meer woorden ".repeat(30)}.`;
    expect(long.length).toBeGreaterThan(maxSentenceChars);
    expect(rewriteSentence(long)).toEqual([]);
  });

  it("splits a long sentence at 'omdat' only as a proposal, and only when it is long", () => {
    const s = "Wij komen volgende week bij u thuis voor een gesprek met u en de kinderen, omdat wij graag willen weten hoe het nu met iedereen gaat.";
    expect(rewriteSentence(s, 10)).toEqual([]);
    expect(rewriteSentence(s, 26)[0]!.safe).toBe(false);
  });

  it("is stable: a safe rewrite of the letter's sentences is not rewritten again", () => {
    const doc = buildDocument(letter);
    for (const s of doc.sentences) {
      const first = rewriteSentence(letter.slice(s.start, s.end), s.words)[0];
      if (!first?.safe) continue;
      const again = rewriteSentence(first.text, words(first.text));
      expect(again.filter((r) => r.safe)).toEqual([]);
    }
  });
});

describe("sentenceRewritesCheck", () => {
  it("gives info findings whose suggestion spans the sentence", () => {
    const doc = buildDocument(letter);
    const findings = sentenceRewritesCheck.run(doc, defaultCheckOptions);
    expect(findings.length).toBeGreaterThanOrEqual(8);
    for (const f of findings) {
      expect(f.rule).toBe("rewrite");
      expect(f.id).toMatch(/^rewrite\/[a-z-]+$/);
      expect(f.severity).toBe("info");
      expect(letter.slice(f.start, f.end)).toBe(f.text);
      expect(doc.sentences.some((s) => s.start === f.start && s.end === f.end)).toBe(true);
      for (const s of f.suggestions) expect([s.start, s.end]).toEqual([f.start, f.end]);
    }
  });

  it("is added to the report for rewriting, not to the plain check report", () => {
    const checker = defaultChecker();
    expect(checker.check(letter).findings.some((f) => f.rule === "rewrite")).toBe(false);
    const report = reportWithRewrites(checker, letter);
    expect(report.findings.filter((f) => f.rule === "rewrite").length).toBeGreaterThanOrEqual(8);
    expect(report.findings.filter((f) => f.id === "lexicon/reeds")).toHaveLength(3);
    for (let i = 1; i < report.findings.length; i++) expect(report.findings[i]!.start).toBeGreaterThanOrEqual(report.findings[i - 1]!.start);
    expect(reportWithRewrites(checker, letter, { disable: ["rewrite/"] }).findings.some((f) => f.rule === "rewrite")).toBe(false);
  });

  it("does not add them twice when a checker already runs the check", () => {
    const checker = createChecker({ lexicon: [], checks: [sentenceRewritesCheck] });
    const report = reportWithRewrites(checker, letter);
    expect(report.findings.filter((f) => f.rule === "rewrite")).toEqual(checker.check(letter).findings.filter((f) => f.rule === "rewrite"));
  });
});
