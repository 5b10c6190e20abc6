// The level of a text and its sentences (engine/level.ts): plain letters are B1, officialese is far above, and a
// rewrite a B1 editor calls simpler scores lower than its original.
import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { defaultChecker } from "../server/default-checker.ts";
import { rewriteAllSafe } from "../engine/rewrite/rewrite.ts";
import { createChecker } from "../engine/index.ts";
import { emptyTotals, sentenceClass, sentencePoints, textLevel } from "../engine/level.ts";
import { PART_CHARS } from "../engine/report.ts";

const checker = defaultChecker();
const fixtures = new URL("./fixtures/", import.meta.url);
const letters = new URL("./fixtures/letters/", import.meta.url);
const read = (dir: URL, name: string) => readFileSync(new URL(name, dir), "utf8");
const levelOf = (text: string) => checker.check(text).level!;

const plainFiles = [
  ...readdirSync(fixtures).filter((f) => /^plain-.*\.txt$/.test(f)).map((f) => read(fixtures, f)),
  ...readdirSync(letters).filter((f) => /^helder-.*\.txt$/.test(f)).map((f) => read(letters, f)),
];
const officialese = readdirSync(letters).filter((f) => /^ambtelijk-.*\.txt$/.test(f));
const original = read(fixtures, "huurachterstand.txt");
const halfway = read(fixtures, "huurachterstand-half.txt");
const rewritten = read(fixtures, "huurachterstand-b1.txt");

describe("the level of a text", () => {
  it("calls every plain fixture and plain letter B1", () => {
    expect(plainFiles.length).toBeGreaterThanOrEqual(29);
    for (const text of plainFiles) expect(levelOf(text).label).toBe("B1");
  });

  it("calls the huurachterstand letter far above B1, with two or three reasons that name what is hard", () => {
    const level = levelOf(original);
    expect(level.label).toBe("ver boven B1");
    expect(level.score).toBeGreaterThanOrEqual(50);
    expect(level.reasons.length).toBeGreaterThanOrEqual(2);
    expect(level.reasons.length).toBeLessThanOrEqual(3);
    expect(level.reasons.join(" ")).toContain("23,4 woorden");
    expect(level.reasons.join(" ")).toContain("‘uit hoofde van’");
    for (const reason of level.reasons) expect(reason).toMatch(/^[‘A-Z0-9].*\.$/);
  });

  it("puts the B1 rewrite of the letter at B1 and a halfway rewrite in between", () => {
    expect(levelOf(rewritten).label).toBe("B1");
    expect(levelOf(halfway).label).toBe("net boven B1");
    expect(levelOf(rewritten).score).toBeLessThan(levelOf(halfway).score);
    expect(levelOf(halfway).score).toBeLessThan(levelOf(original).score);
  });

  it("scores every officialese letter of the corpus above B1 and above every plain letter on its topic", () => {
    for (const name of officialese) {
      const level = levelOf(read(letters, name));
      expect(level.label, name).not.toBe("B1");
      const topic = name.split("-")[1]!;
      for (const plain of readdirSync(letters).filter((f) => f.startsWith(`helder-${topic}-`))) {
        expect(levelOf(read(letters, plain)).score, `${plain} < ${name}`).toBeLessThan(level.score);
      }
    }
  });

  it("scores the letter with all safe suggestions applied lower than the letter itself", () => {
    for (const name of [...officialese.slice(0, 8), "../huurachterstand.txt"]) {
      const text = read(letters, name);
      expect(levelOf(rewriteAllSafe(checker, text).draft).score, name).toBeLessThan(levelOf(text).score);
    }
  });

  it("scores lower when only the sentences are split", () => {
    const long = "Wij hebben uw aanvraag voor bijzondere bijstand ontvangen en wij gaan deze aanvraag zo snel mogelijk bekijken, zodat u binnen acht weken van ons hoort wat wij hebben besloten over uw aanvraag.";
    const split = "Wij hebben uw aanvraag voor bijzondere bijstand ontvangen. Wij gaan deze aanvraag zo snel mogelijk bekijken. U hoort binnen acht weken wat wij hebben besloten over uw aanvraag.";
    expect(levelOf(split).score).toBeLessThan(levelOf(long).score);
  });

  it("gives the same level for a long text checked in parts as the sum of its parts says", () => {
    const paragraphs: string[] = [];
    while (paragraphs.join("\n\n").length < PART_CHARS * 2) paragraphs.push(original.split("\n\n")[2]!, rewritten.split("\n\n")[2]!);
    const report = checker.check(paragraphs.join("\n\n"));
    const one = checker.check(`${original.split("\n\n")[2]!}\n\n${rewritten.split("\n\n")[2]!}`);
    expect(report.level!.score).toBe(one.level!.score);
    expect(report.sentences.every((s) => s.class !== undefined)).toBe(true);
  });

  it("says so when there are no sentences", () => {
    expect(levelOf("Met vriendelijke groet,")).toEqual({ score: 0, label: "B1", reasons: ["Er staan geen zinnen in de tekst."] });
    expect(textLevel(emptyTotals(), { averageSentenceLength: 0, longSentences: 0, passiveSentences: 0 }).label).toBe("B1");
  });

  it("counts only long words as hard without word frequencies", () => {
    const bare = createChecker({ lexicon: [] });
    const level = bare.check("Wij sturen u de betalingsherinneringsbrief. Wij sturen u de brief.").level!;
    expect(level.reasons.join(" ")).toContain("erg lang");
  });
});

describe("the class of a sentence", () => {
  it("gives every sentence unit a class from 1 to 4, and headings and greetings class 1", () => {
    const report = checker.check(original);
    expect(report.sentences.map((s) => s.class)).toEqual(expect.arrayContaining([1, 4]));
    const salutation = report.sentences[0]!;
    expect(original.slice(salutation.start, salutation.end)).toMatch(/^Geachte/);
    expect(salutation.class).toBe(1);
  });

  it("marks the long officialese sentences of the letter 3 or 4 and every sentence of its B1 rewrite 1 or 2", () => {
    const report = checker.check(original);
    const sentenceOf = (start: string) => report.sentences.find((s) => original.slice(s.start, s.end).startsWith(start))!;
    expect(sentenceOf("Uit hoofde van").class).toBe(4);
    expect(sentenceOf("Indien wij voornoemd").class).toBe(4);
    for (const s of checker.check(rewritten).sentences) expect(s.class).toBeLessThanOrEqual(2);
  });

  it("rises with length, clauses, hard words, passives and officialese", () => {
    const base = { words: 12, extraClauses: 0, rare: 0, long: 0, passive: false, nominal: 0, officialese: 0 };
    expect(sentenceClass(sentencePoints(base))).toBe(1);
    expect(sentenceClass(sentencePoints({ ...base, words: 21 }))).toBe(2);
    expect(sentenceClass(sentencePoints({ ...base, words: 26 }))).toBe(3);
    expect(sentenceClass(sentencePoints({ ...base, words: 30, passive: true }))).toBe(4);
    expect(sentencePoints({ ...base, passive: true })).toBeGreaterThan(sentencePoints(base));
    expect(sentencePoints({ ...base, officialese: 2 })).toBeGreaterThan(sentencePoints({ ...base, officialese: 1 }));
    expect(sentencePoints({ ...base, extraClauses: 3 })).toBeGreaterThan(sentencePoints({ ...base, extraClauses: 1 }));
  });
});
