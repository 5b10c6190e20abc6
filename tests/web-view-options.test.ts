// The page's views and filters (web/view-options.ts) and "Begin hier" (web/begin-here.ts) on real reports.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { defaultChecker } from "../server/default-checker.ts";
import { FILTERS, defaultViewOptions, filterOf, loadViewOptions, parseViewOptions, saveViewOptions, shownFindings, VIEW_STORAGE_KEY } from "../web/view-options.ts";
import { beginHere } from "../web/begin-here.ts";

const checker = defaultChecker();
const letter = readFileSync(new URL("./fixtures/huurachterstand.txt", import.meta.url), "utf8");
const plain = readFileSync(new URL("./fixtures/huurachterstand-b1.txt", import.meta.url), "utf8");
const report = checker.check(letter);

describe("views and filters", () => {
  it("shows no tips in the Zinnen view unless asked, and every finding in the Alles view", () => {
    const zinnen = shownFindings(report.findings, defaultViewOptions);
    expect(report.findings.some((f) => f.severity === "info")).toBe(true);
    expect(zinnen.every((f) => f.severity !== "info")).toBe(true);
    expect(zinnen.length).toBeLessThan(report.findings.length);
    expect(shownFindings(report.findings, { ...defaultViewOptions, tips: true })).toHaveLength(report.findings.length);
    expect(shownFindings(report.findings, { ...defaultViewOptions, view: "alles" })).toHaveLength(report.findings.length);
  });

  it("hides a kind that is switched off, in both views", () => {
    for (const view of ["zinnen", "alles"] as const) {
      const shown = shownFindings(report.findings, { view, tips: true, hidden: ["lange-zinnen", "woorden"] });
      expect(shown.some((f) => f.rule === "sentence-length")).toBe(false);
      expect(shown.some((f) => f.rule === "hard-word" || f.category === "ambtelijk")).toBe(false);
      expect(shown.some((f) => f.rule === "passive")).toBe(true);
    }
  });

  it("puts every finding of the letter in one of the filters", () => {
    const keys = new Set(FILTERS.map((f) => f.key));
    for (const f of report.findings) expect(keys.has(filterOf(f)), f.id).toBe(true);
    expect(filterOf({ rule: "passive" })).toBe("lijdende-vorm");
    expect(filterOf({ rule: "lexicon", category: "toon" })).toBe("toon");
  });

  it("remembers the choice, and falls back to the defaults on anything unknown", () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    saveViewOptions(storage, { view: "alles", hidden: ["toon"], tips: true });
    expect(store.has(VIEW_STORAGE_KEY)).toBe(true);
    expect(loadViewOptions(storage)).toEqual({ view: "alles", hidden: ["toon"], tips: true });
    expect(parseViewOptions("{not json")).toEqual(defaultViewOptions);
    expect(parseViewOptions(JSON.stringify({ view: "x", hidden: ["onbekend", "toon", "toon"], tips: "ja" }))).toEqual({ view: "zinnen", hidden: ["toon"], tips: false });
    const broken = { getItem: () => { throw new Error("blocked"); }, setItem: () => { throw new Error("blocked"); } };
    expect(loadViewOptions(broken)).toEqual(defaultViewOptions);
    expect(() => saveViewOptions(broken, defaultViewOptions)).not.toThrow();
  });
});

describe("Begin hier", () => {
  it("gives three to five steps on the letter, the biggest gain first, each on a finding of the report", () => {
    const steps = beginHere(report.findings);
    expect(steps.length).toBeGreaterThanOrEqual(3);
    expect(steps.length).toBeLessThanOrEqual(5);
    for (let i = 1; i < steps.length; i++) expect(steps[i]!.gain).toBeLessThanOrEqual(steps[i - 1]!.gain);
    expect(steps[0]!.finding.rule).toBe("sentence-length");
    for (const s of steps) expect(report.findings).toContain(s.finding);
    // the longest sentence of the letter comes first
    const longest = report.findings.filter((f) => f.rule === "sentence-length").sort((a, b) => b.text.split(/\s+/).length - a.text.split(/\s+/).length)[0]!;
    expect(steps[0]!.finding).toBe(longest);
  });

  it("mixes kinds of steps: not only long sentences when there is more to do", () => {
    const steps = beginHere(report.findings);
    expect(new Set(steps.map((s) => s.action)).size).toBeGreaterThanOrEqual(2);
  });

  it("has nothing to do on the B1 rewrite", () => {
    expect(beginHere(checker.check(plain).findings)).toEqual([]);
  });
});
