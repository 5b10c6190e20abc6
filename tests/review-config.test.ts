// helder.config.yaml: own words, kept terms, disabled rules and thresholds; errors name the file, line and entry.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ConfigError, findConfig, loadConfig } from "../cli/review/config.ts";
import { createReviewChecker } from "../cli/review/review-checker.ts";
import { loadLexicon } from "../lexicon/load.ts";
import { defaultChecker } from "../server/default-checker.ts";
import { folderWith } from "./review-fixtures.ts";

const shipped = new Set(loadLexicon().map((e) => e.id));
const letter = readFileSync(new URL("./fixtures/huurachterstand.txt", import.meta.url), "utf8");

function configFrom(yaml: string) {
  const dir = folderWith({ "helder.config.yaml": yaml });
  return loadConfig(join(dir, "helder.config.yaml"), shipped);
}

function errorOf(yaml: string): string {
  try {
    configFrom(yaml);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error("no error");
}

const ownWord = `words:
  - id: clientvolgsysteem
    category: vaktaal
    match: [cliëntvolgsysteem]
    message: "Dit woord kent de lezer niet. Schrijf 'ons computersysteem'."
    alternatives:
      - text: ons computersysteem
        safe: false
`;

describe("helder.config.yaml", () => {
  it("is found in the current folder", () => {
    const dir = folderWith({ "helder.config.yaml": "keep: [OTS]\n" });
    expect(findConfig(dir)).toBe(join(dir, "helder.config.yaml"));
    expect(findConfig(folderWith({}))).toBeUndefined();
  });

  it("names the file, the line and the entry of a value the schema refuses", () => {
    const message = errorOf(`keep:\n  - OTS\ndisable:\n  - id: passive\n    reason: "Wij schrijven al actief."\n  - id: lexicon/indien\n`);
    expect(message).toMatch(/^helder\.config\.yaml, regel 6, disable: 'lexicon\/indien': /);
    expect(message).toMatch(/reason/);
  });

  it("gives the line of a word entry with a bad field", () => {
    const message = errorOf(`${ownWord}  - id: tweede-woord\n    match: [zwaar]\n    message: "Kort."\n    alternatives: []\n    severity: heel-erg\n`);
    expect(message).toMatch(/^helder\.config\.yaml, regel 13, words: 'tweede-woord': severity: /);
  });

  it("gives the line of a YAML syntax error", () => {
    expect(errorOf(`keep:\n  - OTS\n  - "GI\nwords: []\n`)).toMatch(/^helder\.config\.yaml, regel \d+: dit is geen goede YAML/);
  });

  it("refuses an unknown rule, an id that is taken and thresholds the wrong way round", () => {
    expect(errorOf(`disable:\n  - id: lexicon/indein\n    reason: "Een tikfout."\n`)).toMatch(/regel 2, disable: 'lexicon\/indein': de regel 'lexicon\/indein' kent Helder niet/);
    expect(errorOf(`disable:\n  - category: moeilijk\n    reason: "Bestaat niet."\n`)).toMatch(/regel 2.*categorie 'moeilijk'/);
    expect(errorOf(ownWord.replace("id: clientvolgsysteem", "id: indien"))).toMatch(/regel 2, words: 'indien': de id 'indien' bestaat al/);
    expect(errorOf(`thresholds:\n  sentenceWarnWords: 30\n  sentenceErrorWords: 20\n`)).toMatch(/regel 2, thresholds: sentenceWarnWords mag niet groter zijn/);
  });
});

describe("a review with a config", () => {
  it("gives without a config, and with a config that changes nothing, the report of helder check", () => {
    const expected = defaultChecker().check(letter);
    expect(createReviewChecker().check(letter)).toEqual(expected);
    expect(createReviewChecker(configFrom(ownWord)).check(letter)).toEqual(expected);
  });

  it("flags the organisation's own words, before Helder's hard-word check", () => {
    const text = "Wij zetten uw gegevens in het cliëntvolgsysteem.";
    const report = createReviewChecker(configFrom(ownWord)).check(text);
    const own = report.findings.filter((f) => f.id === "lexicon/clientvolgsysteem");
    expect(own).toHaveLength(1);
    expect(text.slice(own[0]!.start, own[0]!.end)).toBe("cliëntvolgsysteem");
    expect(report.findings.filter((f) => f.start === own[0]!.start && f !== own[0])).toEqual([]);
  });

  it("never flags a kept term, and asks once for its agreed explanation", () => {
    const text = "De ondertoezichtstelling duurt een jaar. Na de ondertoezichtstelling praten wij weer.";
    const before = defaultChecker().check(text).findings.filter((f) => f.text.toLowerCase().includes("ondertoezichtstelling"));
    expect(before.length).toBeGreaterThan(0);
    const keepOnly = createReviewChecker(configFrom("keep:\n  - Ondertoezichtstelling\n")).check(text);
    expect(keepOnly.findings.filter((f) => f.text.toLowerCase().includes("ondertoezichtstelling"))).toEqual([]);
    const explained = createReviewChecker(configFrom(`keep:\n  - term: ondertoezichtstelling\n    explanation: "de rechter zegt dat een jeugdbeschermer met u meekijkt"\n`)).check(text);
    const asks = explained.findings.filter((f) => f.id === "keep/uitleg");
    expect(asks).toHaveLength(1);
    expect(asks[0]).toMatchObject({ start: 3, text: "ondertoezichtstelling", severity: "info" });
    const alreadyExplained = `${text} Dat betekent: de rechter zegt dat een jeugdbeschermer met u meekijkt.`;
    expect(createReviewChecker(configFrom(`keep:\n  - term: ondertoezichtstelling\n    explanation: "de rechter zegt dat een jeugdbeschermer met u meekijkt"\n`)).check(alreadyExplained).findings.filter((f) => f.id === "keep/uitleg")).toEqual([]);
  });

  it("turns off rules by id, by family and by category, and follows its sentence thresholds", () => {
    const all = defaultChecker().check(letter).findings;
    expect(all.some((f) => f.id === "lexicon/reeds")).toBe(true);
    const config = configFrom(
      `disable:\n  - id: lexicon/reeds\n    reason: "Wij kiezen zelf."\n  - id: passive\n    reason: "Komt later."\n  - category: juridisch\n    reason: "Dit zijn juridische brieven."\n`,
    );
    const findings = createReviewChecker(config).check(letter).findings;
    expect(findings.some((f) => f.id === "lexicon/reeds" || f.rule === "passive" || f.category === "juridisch")).toBe(false);
    expect(findings.some((f) => f.id === "lexicon/voornoemd")).toBe(true);
    const strict = createReviewChecker(configFrom("thresholds:\n  sentenceWarnWords: 10\n  sentenceErrorWords: 15\n")).check(letter);
    expect(strict.metrics.longSentences).toBeGreaterThan(defaultChecker().check(letter).metrics.longSentences);
  });
});
