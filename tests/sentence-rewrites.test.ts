// Sentence rewrites: every rule's examples are tests; safety, facts, and the check's findings.
import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createSentenceRewritesCheck } from "../engine/checks/sentence-rewrites.ts";
import { maxSentenceChars, rewriteSentence as rewriteWith } from "../engine/rewrite/sentence-rewrites.ts";
import { loadRewriteRules } from "../rewrites/load.ts";
import { compileRewriteRules, RewriteRuleError } from "../engine/rewrite/rules.ts";
import { transformations } from "../engine/rewrite/transformations.ts";
import { createChecker } from "../engine/index.ts";
import { buildDocument } from "../engine/text/document.ts";
import { defaultCheckOptions } from "../engine/types.ts";
import { reportWithRewrites, withSentenceRewrites } from "../engine/rewrite/rewrite.ts";
import { defaultChecker } from "../server/default-checker.ts";

const rewriteRules = loadRewriteRules();
const sentenceRewritesCheck = createSentenceRewritesCheck(rewriteRules);
const rewriteSentence = (sentence: string, words?: number) => rewriteWith(rewriteRules, sentence, words);
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

  it("have notes that pass Helder: no warning or error outside the quoted words", () => {
    const checker = defaultChecker();
    for (const note of new Set(rewriteRules.map((r) => r.note))) {
      const quoted = [...note.matchAll(/'[^']*'|"[^"]*"|\([^)]*\)/g)].map((m) => [m.index!, m.index! + m[0].length]);
      const loud = checker.check(note).findings.filter((f) => f.severity !== "info" && !quoted.some(([s, e]) => s! <= f.start && f.end <= e!));
      expect(loud.map((f) => f.id), note).toEqual([]);
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

describe("rewrite data files", () => {
  const rule = (over: Record<string, unknown> = {}) => ({
    id: "mede-delen",
    note: "Schrijf 'vertellen' in plaats van 'mededelen'.",
    safe: true,
    match: "\\bdelen (wij|we) u mede\\b",
    replace: "vertellen {1} u",
    examples: [{ before: "Hierbij delen wij u mede dat het klaar is.", after: "Hierbij vertellen wij u dat het klaar is." }],
    ...over,
  });
  const compile = (...rules: unknown[]) => compileRewriteRules([{ name: "eigen.yaml", data: { rules } }]);
  const failure = (...rules: unknown[]) => {
    try {
      compile(...rules);
    } catch (e) {
      expect(e).toBeInstanceOf(RewriteRuleError);
      return (e as Error).message;
    }
    throw new Error("no error");
  };

  it("lets a new construction be added as a YAML file, without code", () => {
    const dir = mkdtempSync(join(tmpdir(), "helder-rewrites-"));
    writeFileSync(
      join(dir, "eigen.yaml"),
      [
        "rules:",
        "  - id: zorg-dragen-voor",
        "    note: \"Schrijf 'zorgen voor'.\"",
        "    safe: true",
        "    match: '\\b(zullen|zal) (wij|we|ik) zorg dragen voor '",
        "    replace: '{1} {2|subject-form} zorgen voor '",
        "    examples:",
        "      - before: Morgen zullen we zorg dragen voor een nieuwe afspraak.",
        "        after: Morgen zullen wij zorgen voor een nieuwe afspraak.",
      ].join("\n"),
    );
    const rules = loadRewriteRules(dir);
    expect(rules.map((r) => [r.id, r.source])).toEqual([["zorg-dragen-voor", "eigen.yaml"]]);
    const ex = rules[0]!.examples[0]!;
    expect(rewriteWith(rules, ex.before)[0]).toMatchObject({ text: ex.after, safe: true, rules: ["zorg-dragen-voor"] });
  });

  it("fills templates with groups, conditions and transformations", () => {
    const [r] = compile(
      rule({
        match: "^(?<who>Wij|Ik) (?:is|zijn|ben) (tijdig )?door (?<agent>ons|haar|de rechter|de ouders) gebeld\\.$",
        replace: "{agent|subject-form|capitalise} {agent|have-for-subject} {who|object-form} {2?op tijd |te laat }gebeld.",
        examples: [{ before: "Ik ben door haar gebeld.", after: "Zij heeft mij te laat gebeld." }],
      }),
    );
    expect(rewriteWith([r!], "Ik ben door haar gebeld.")[0]!.text).toBe("Zij heeft mij te laat gebeld.");
    expect(rewriteWith([r!], "Wij zijn tijdig door de ouders gebeld.")[0]!.text).toBe("De ouders hebben ons op tijd gebeld.");
  });

  it("gives no rewrite when a transformation has no sure answer or a condition fails", () => {
    const [r] = compile(
      rule({
        match: "^Dit wordt door (?<agent>[a-z ]{1,30}) (?<participle>[a-z]{2,30})\\.$",
        require: [{ group: "agent", "not-matches": "(?:en|s)$" }],
        replace: "{agent|capitalise} {participle|present-from-participle} dit.",
      }),
    );
    expect(rewriteWith([r!], "Dit wordt door de buurman verstuurd.")[0]!.text).toBe("De buurman verstuurt dit.");
    expect(rewriteWith([r!], "Dit wordt door de buurman geleid.")).toEqual([]);
    expect(rewriteWith([r!], "Dit wordt door de buren verstuurd.")).toEqual([]);
  });

  it("decides safety per match when 'safe' has conditions", () => {
    const [r] = compile(rule({ safe: { when: [{ group: 1, matches: "^wij$" }] } }));
    expect(rewriteWith([r!], "Hierbij delen wij u mede dat het klaar is.")[0]!.safe).toBe(true);
    expect(rewriteWith([r!], "Hierbij delen we u mede dat het klaar is.")[0]!.safe).toBe(false);
  });

  it("stops with a message that names the file and the rule", () => {
    expect(failure(rule({ match: "\\bdelen (wij|we u mede" }))).toMatch(/^rewrites eigen\.yaml: rule "mede-delen": fout patroon/);
    expect(failure(rule({ replace: "vertellen {1|hardop} u" }))).toMatch(/rule "mede-delen": onbekende bewerking "hardop"/);
    expect(failure(rule({ replace: "vertellen {3} u" }))).toMatch(/rule "mede-delen": het patroon heeft geen groep 3/);
    expect(failure(rule({ replace: "vertellen {1 u" }))).toMatch(/rule "mede-delen": '\{' zonder '\}'/);
    expect(failure(rule({ match: "\\bdelen {{WIE}} u mede\\b" }))).toMatch(/rule "mede-delen": \{\{WIE\}\} staat niet onder 'define'/);
    expect(failure(rule({ examples: [] }))).toMatch(/^rewrites eigen\.yaml: rule "mede-delen" \(examples\)/);
    expect(failure(rule({ note: "kort" }))).toMatch(/rule "mede-delen" \(note\)/);
    expect(failure(rule({ safe: "ja" }))).toMatch(/rule "mede-delen" \(safe\)/);
    expect(failure(rule({ wanneer: "altijd" }))).toMatch(/rule "mede-delen"/);
    expect(failure(rule(), rule())).toMatch(/rule "mede-delen": id ook gebruikt in eigen\.yaml/);
    expect(failure(rule({ cases: [{ match: "x", replace: "y" }] }))).toMatch(/'match' en 'replace', of 'cases'/);
  });

  it("refuses quantifiers without an upper bound, so the cost per sentence stays bounded", () => {
    for (const match of ["\\bdelen (\\w+) u mede", "\\bdelen (.*) u mede", "\\bdelen (\\w{2,}) u mede"]) {
      expect(failure(rule({ match }))).toMatch(/rule "mede-delen": ".{1,4}" in een patroon heeft geen grens/);
    }
    // inside a character class and escaped they are ordinary characters
    expect(compile(rule({ match: "\\bdelen (wij|we) u mede[+*]?\\+?" }))).toHaveLength(1);
  });

  it("keeps every shipped pattern bounded and every rule in a file", () => {
    for (const r of rewriteRules) {
      expect(r.source, r.id).toMatch(/^\d\d-[a-z-]+\.yaml$/);
      for (const c of r.cases) expect(c.pattern.source, r.id).not.toMatch(/(?<!\\)[*+]|\{\d+,\}/);
    }
  });
});

describe("transformations", () => {
  const t = (name: string, value: string) => transformations[name]!(value);

  it("change pronouns and conjugate 'hebben'", () => {
    expect(["ons", "mij", "hem", "haar", "hen", "we", "de rechter"].map((v) => t("subject-form", v))).toEqual(["wij", "ik", "hij", "zij", "zij", "wij", "de rechter"]);
    expect(["U", "Wij", "Ik", "Hij", "De man"].map((v) => t("object-form", v))).toEqual(["u", "ons", "mij", "hem", undefined]);
    expect(["ik", "ons", "u", "haar", "hen", "de rechter", "de ouders", "zij"].map((v) => t("have-for-subject", v))).toEqual([
      "heb", "hebben", "heeft", "heeft", "hebben", "heeft", "hebben", undefined,
    ]);
  });

  it("make a present tense from a weak participle, or say they are unsure", () => {
    expect(["gestuurd", "opgestuurd", "verstuurd", "gebeld", "geleid", "gezet", "genomen"].map((v) => t("present-from-participle", v))).toEqual([
      "stuurt", "stuurt", "verstuurt", "belt", undefined, undefined, undefined,
    ]);
    expect(["opgestuurd", "verstuurd"].map((v) => t("separable-particle", v))).toEqual(["op", ""]);
  });

  it("move the finite verb of a subclause to the front only when it is clear", () => {
    expect(t("finite-verb-to-front", "u de brief te laat heeft gekregen")).toBe("heeft u de brief te laat gekregen");
    expect(t("finite-verb-to-front", "wij u niet konden")).toBe("konden wij u niet");
    expect(t("finite-verb-to-front", "u recht heeft op een vergoeding")).toBeUndefined();
    expect(t("finite-verb-to-front", "je het begrijpt en daarom kan benaderen")).toBeUndefined();
  });

  it("change capitals", () => {
    expect([t("capitalise", "de rechter"), t("lower-first", "Het plan"), t("trim", " plan ")]).toEqual(["De rechter", "het plan", "plan"]);
  });
});

describe("rules given as a function", () => {
  it("load at the first rewrite, once, and stay with a copy of the checker", () => {
    let loads = 0;
    const checker = withSentenceRewrites(createChecker({ lexicon: [] }), () => {
      loads++;
      return rewriteRules;
    });
    checker.check(letter);
    expect(loads).toBe(0);
    const copy = { ...checker }; // as withConfig copies a checker
    expect(loads).toBe(1);
    expect(reportWithRewrites(copy, letter).findings.filter((f) => f.rule === "rewrite").length).toBeGreaterThan(0);
    expect(reportWithRewrites(checker, letter).findings.some((f) => f.rule === "rewrite")).toBe(true);
    expect(loads).toBe(1);
  });
});
