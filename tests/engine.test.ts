// The whole engine on the gold letter, the plain B1 texts and the report's invariants.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { defaultChecker } from "../server/default-checker.ts";
import type { Finding } from "../engine/types.ts";
import { PART_CHARS, partStarts } from "../engine/report.ts";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const checker = defaultChecker();
const letter = fixture("huurachterstand.txt");
const gold = JSON.parse(fixture("huurachterstand.gold.json")) as {
  must: string[]; should: string[]; notPassive: string[]; placeholders: string[]; longSentences: string[];
};
const words = JSON.parse(fixture("oefening2-woorden.json")).words as { word: string; answers: string[] }[];

function occurrences(text: string, phrase: string): [number, number][] {
  const esc = phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${esc}(?![\\p{L}\\p{N}])`, "gu"))].map((m) => [m.index!, m.index! + m[0].length]);
}
const overlaps = (f: Finding, [s, e]: [number, number]) => f.start < e && s < f.end;

describe("the huurachterstand letter", () => {
  const report = checker.check(letter);
  const wordFindings = report.findings.filter((f) => f.rule !== "sentence-length");

  it.each(gold.must)("flags every occurrence of the must-phrase %s", (phrase) => {
    const occ = occurrences(letter, phrase);
    expect(occ.length).toBeGreaterThan(0);
    for (const o of occ) expect(wordFindings.some((f) => overlaps(f, o)), `${phrase} at ${o[0]}`).toBe(true);
  });

  it("flags most should-phrases", () => {
    const occ = gold.should.flatMap((p) => occurrences(letter, p));
    const hit = occ.filter((o) => wordFindings.some((f) => overlaps(f, o))).length;
    expect(hit / occ.length).toBeGreaterThanOrEqual(0.8);
  });

  it("flags all five long sentences", () => {
    const long = report.findings.filter((f) => f.rule === "sentence-length");
    expect(long).toHaveLength(5);
    for (const start of gold.longSentences) expect(long.some((f) => f.text.startsWith(start))).toBe(true);
  });

  it("does not call an active perfect passive", () => {
    for (const phrase of gold.notPassive)
      for (const o of occurrences(letter, phrase)) expect(report.findings.some((f) => f.rule === "passive" && overlaps(f, o))).toBe(false);
  });

  it("leaves placeholders alone and reports them", () => {
    for (const phrase of gold.placeholders) {
      for (const [s, e] of occurrences(letter, phrase)) expect(report.findings.some((f) => f.start >= s && f.end <= e)).toBe(false);
      expect(report.placeholders.map((p) => p.text)).toContain(phrase);
    }
  });
});

describe("the nine words of Oefening 2", () => {
  it.each(words)("offers a trainer's answer for $word", ({ word, answers }) => {
    const offered = checker.check(`${word}\n`).findings.flatMap((f) => f.suggestions.map((s) => s.replacement.toLowerCase().trim()));
    expect(answers.some((a) => offered.some((o) => o === a || o.includes(a))), `offered: ${offered.join(", ")}`).toBe(true);
  });
});

describe("plain B1 texts", () => {
  it.each(["plain-b1-gesprek.txt", "plain-b1-huur.txt", "plain-b1-uitleg.txt"])("%s gets at most one warning or error", (name) => {
    const loud = checker.check(fixture(name)).findings.filter((f) => f.severity !== "info");
    expect(loud.length, loud.map((f) => `${f.id} ${f.text}`).join("; ")).toBeLessThanOrEqual(1);
  });
});

describe("report invariants", () => {
  const texts = [letter, fixture("plain-b1-uitleg.txt"), "Geachte {naam},\n\nIndien u € 850,- niet vóór 1-3-2024 betaalt, zien wij ons genoodzaakt om u in gebreke te stellen.\n\nMet vriendelijke groet,\nDATUM ONDERTEKENING"];

  it.each(texts.map((t, i) => [i, t] as const))("text %i: every offset slices to its text, findings are sorted", (_, text) => {
    const r = checker.check(text);
    let prev = -1;
    for (const f of r.findings) {
      expect(text.slice(f.start, f.end)).toBe(f.text);
      expect(f.start).toBeGreaterThanOrEqual(prev);
      prev = f.start;
      for (const s of f.suggestions) {
        if (s.start !== undefined) expect(s.start).toBeLessThanOrEqual(f.start);
        if (s.end !== undefined) expect(s.end).toBeGreaterThanOrEqual(f.end);
      }
    }
    for (const s of r.sentences) expect(text.slice(s.start, s.end)).toBe(text.slice(s.start, s.end).trim());
  });

  it("is deterministic", () => {
    expect(JSON.stringify(checker.check(letter))).toBe(JSON.stringify(checker.check(letter)));
  });

  it("applying a safe suggestion changes only its span", () => {
    const r = checker.check(letter);
    const safe = r.findings.filter((f) => f.suggestions.some((s) => s.safe));
    expect(safe.length).toBeGreaterThan(5);
    for (const f of safe) {
      const s = f.suggestions.find((x) => x.safe)!;
      const start = s.start ?? f.start;
      const end = s.end ?? f.end;
      const out = letter.slice(0, start) + s.replacement + letter.slice(end);
      expect(out.slice(0, start)).toBe(letter.slice(0, start));
      expect(out.slice(start + s.replacement.length)).toBe(letter.slice(end));
      expect(s.replacement).not.toBe(letter.slice(start, end));
    }
  });

  it("counts metrics", () => {
    const m = checker.check(letter).metrics;
    expect(m).toMatchObject({ characters: letter.length, words: 218, longSentences: 5, placeholders: 3 });
    expect(m.averageSentenceLength).toBeGreaterThan(15);
  });

  it("honours disabled ids and prefixes", () => {
    const r = checker.check(letter, { disable: ["lexicon/", "sentence-length"] });
    expect(r.findings.some((f) => f.id.startsWith("lexicon/") || f.id === "sentence-length")).toBe(false);
  });
});

describe("long texts, checked in parts", () => {
  const copies = 60;
  const long = Array.from({ length: copies }, () => letter.trim()).join("\n\n");
  const report = checker.check(long);

  it("is longer than one part, so the parts are used", () => {
    expect(long.length).toBeGreaterThan(PART_CHARS);
    expect(partStarts(long).length).toBeGreaterThan(1);
  });

  it("keeps every offset exact and every list in order", () => {
    let prev = -1;
    for (const f of report.findings) {
      expect(long.slice(f.start, f.end)).toBe(f.text);
      expect(f.start).toBeGreaterThanOrEqual(prev);
      prev = f.start;
    }
    for (const s of report.sentences) expect(long.slice(s.start, s.end)).toBe(long.slice(s.start, s.end).trim());
    for (const p of report.placeholders) expect(long.slice(p.start, p.end)).toBe(p.text);
  });

  it("adds up the parts' metrics and finds what one letter has, in every copy", () => {
    const one = checker.check(letter.trim());
    expect(report.metrics.sentences).toBe(one.metrics.sentences * copies);
    expect(report.metrics.words).toBe(one.metrics.words * copies);
    expect(report.metrics.longSentences).toBe(5 * copies);
    expect(report.findings.filter((f) => f.id === "lexicon/reeds")).toHaveLength(one.findings.filter((f) => f.id === "lexicon/reeds").length * copies);
  });

  it("flags a first use only once in the whole text", () => {
    const firstOnly = (id: string) => report.findings.filter((f) => f.id === id).length;
    expect(firstOnly("lexicon/huurachterstand")).toBe(1);
    expect(report.findings.filter((f) => f.rule === "hard-word" && f.text === "betalingsverplichtingen").length).toBeLessThanOrEqual(1);
  });

  it("keeps a letter-sized text in one part", () => {
    const twoParagraphs = `${letter.trim()}\n\n${letter.trim()}`;
    const whole = checker.check(twoParagraphs);
    expect(partStarts(twoParagraphs)).toEqual([0]);
    expect(whole.findings.filter((f) => f.id === "sentence-length")).toHaveLength(10);
  });
});

describe("one abbreviation, two checks", () => {
  it("flags Wmo once, although the lexicon and the abbreviation check both know it", () => {
    const text = "Onderwerp: uw aanvraag Wmo\n\nWij hebben uw aanvraag voor de Wmo ontvangen. De Wmo helpt u thuis.";
    const wmo = checker.check(text).findings.filter((f) => f.text.toLowerCase() === "wmo");
    expect(wmo).toHaveLength(1);
    expect(wmo[0]!.start).toBe(text.indexOf("Wmo"));
  });
});

describe("passive sentences in the metrics", () => {
  it("counts passives, not states that read as an adjective", () => {
    const r = checker.check("Het pand is gelegen aan de Dorpsstraat. De brief wordt morgen verstuurd. Het kantoor is gesloten.");
    expect(r.findings.filter((f) => f.rule === "passive")).toHaveLength(3);
    expect(r.metrics.passiveSentences).toBe(1);
  });
});
