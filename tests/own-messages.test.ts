// Helder's own messages to users must pass Helder: no warning or error outside the quoted example words.
import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { defaultChecker } from "../server/default-checker.ts";
import { loadLexicon } from "../lexicon/load.ts";
import { messages as apiMessages } from "../server/errors.ts";
import { gateNotes } from "../engine/safety/gate.ts";
import { exerciseMessages } from "../server/exercise/routes.ts";
import { summarize } from "../web/summary.ts";
import { emptyTotals, textLevel } from "../engine/level.ts";

const checker = defaultChecker();
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

/** Spans between quotes: the words a message talks about, not the message's own words. */
function quotedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(/'[^']*'|‘[^’]*’|"[^"]*"|“[^”]*”|\([^)]*\)/g)) spans.push([m.index!, m.index! + m[0].length]);
  return spans;
}

function loudFindings(message: string): string[] {
  const quoted = quotedSpans(message);
  return checker
    .check(message)
    .findings.filter((f) => f.severity !== "info" && !quoted.some(([s, e]) => s <= f.start && f.end <= e))
    .map((f) => `${f.id} "${f.text}"`);
}

const lexiconTexts = loadLexicon().flatMap((e) => [
  e.message,
  ...e.alternatives.flatMap((a) => (a.note ? [a.note] : [])),
  ...e.match.flatMap((m) => (typeof m === "string" ? [] : m.alternatives.flatMap((a) => (a.note ? [a.note] : [])))),
]);
const engineTexts = [fixture("huurachterstand.txt"), "De OTS is door de GI aangevraagd i.v.m. het nemen van een besluit over de uitvoering van de beschikking."]
  .flatMap((t) => checker.check(t).findings)
  .flatMap((f) => [f.message, ...f.suggestions.flatMap((s) => (s.note ? [s.note] : []))]);

const letterReport = checker.check(fixture("huurachterstand.txt"));
const verdicts = [
  summarize(letterReport, letterReport.findings).verdict,
  summarize(letterReport, []).verdict,
  summarize({ metrics: { ...letterReport.metrics, words: 0 } }, []).verdict,
  summarize({ metrics: { ...letterReport.metrics, averageSentenceLength: 19 } }, []).verdict,
];

/** Every reason the level can give: each feature far over its plain value once, and a plain text. */
const levelReasons = [
  { units: 10, words: 250, extraClauses: 30, lexicalWords: 100, rare: 20, long: 0, nominal: 0, officialese: 0, examples: [] },
  { units: 10, words: 100, extraClauses: 0, lexicalWords: 100, rare: 0, long: 20, nominal: 20, officialese: 30, examples: ["middels", "thans"] },
  { units: 10, words: 100, extraClauses: 0, lexicalWords: 100, rare: 0, long: 0, nominal: 0, officialese: 30, examples: [] },
  { ...emptyTotals(), units: 10, words: 100, lexicalWords: 100 },
].flatMap((t, i) => [
  ...textLevel(t, { averageSentenceLength: t.words / t.units, longSentences: i === 0 ? 4 : 0, passiveSentences: i === 0 ? 5 : 0 }).reasons,
  ...textLevel(t, { averageSentenceLength: t.words / t.units, longSentences: 1, passiveSentences: 1 }).reasons,
]);

/** Text the pages show: text between tags and capitalised string literals in the web sources. */
function pageTexts(): string[] {
  const files = [
    "web/index.html", "web/helder-checker/helder-checker.component.ts", "web/helder-checker/rewrite-view.ts", "web/summary.ts",
    "web/exercise/start.html", "web/exercise/start.ts", "web/exercise/trainer.ts", "web/exercise/participant.ts",
    "web/helder-checker/level-panel.ts", "web/helder-checker/view-controls.ts", "web/begin-here.ts", "web/fact-summary.ts", "web/own-words.ts", "server/web-routes.ts",
    ...readdirSync(new URL("../web/helder-checker/", import.meta.url))
      .filter((f) => f.endsWith(".ts") && !f.includes(".styles."))
      .map((f) => `web/helder-checker/${f}`),
  ];
  const out = new Set<string>();
  for (const file of files) {
    const source = readFileSync(new URL(`../${file}`, import.meta.url), "utf8");
    for (const m of source.matchAll(/>([^<>${}]{12,})</g)) out.add(m[1]!.trim());
    for (const m of source.matchAll(/["`]([A-Z][^"`${}]{15,})["`]/g)) out.add(m[1]!.trim());
  }
  // leave out SVG paths and the exercise's word lists ("echter = maar / toch")
  return [...out].filter((t) => / [a-z]/.test(t) && !/^M\d/.test(t) && !t.includes(" = "));
}

describe("the pages' own text is B1", () => {
  const texts = pageTexts();
  it("finds the page texts", () => {
    expect(texts.length).toBeGreaterThan(40);
  });
  it.each(texts)("%s", (message) => {
    expect(loudFindings(message)).toEqual([]);
  });
});

describe("Helder's own messages are B1", () => {
  it.each([...new Set([...Object.values(apiMessages), ...Object.values(exerciseMessages), ...verdicts, ...levelReasons, ...engineTexts, ...lexiconTexts, ...Object.values(gateNotes)])])("%s", (message) => {
    expect(loudFindings(message)).toEqual([]);
  });
});
