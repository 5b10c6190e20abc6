// helder.config.yaml `address: je`: the suggestions follow the organisation's form of address.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { loadConfig } from "../cli/review/config.ts";
import { toJeForm } from "../cli/review/address.ts";
import { createReviewChecker } from "../cli/review/review-checker.ts";
import { loadLexicon } from "../lexicon/load.ts";
import { folderWith } from "./review-fixtures.ts";

const shipped = new Set(loadLexicon().map((e) => e.id));
const configFrom = (yaml: string) => loadConfig(join(folderWith({ "helder.config.yaml": yaml }), "helder.config.yaml"), shipped);

describe("toJeForm", () => {
  it("turns u and uw, and the verbs beside u that letters use most", () => {
    expect(toJeForm("Heeft u vragen over uw brief?")).toEqual({ text: "Heb je vragen over je brief?", sure: true });
    expect(toJeForm("U moet de huur betalen")).toEqual({ text: "Je moet de huur betalen", sure: true });
    expect(toJeForm("wij bellen u")).toEqual({ text: "wij bellen je", sure: true });
    expect(toJeForm("kunt u ons bellen")).toEqual({ text: "kun je ons bellen", sure: true });
  });

  it("is not sure where a verb it does not know stands before u", () => {
    expect(toJeForm("woont u nog daar").sure).toBe(false);
  });

  it("leaves words that only contain u alone", () => {
    expect(toJeForm("uit huis en uur").text).toBe("uit huis en uur");
  });
});

describe("a review with address: je", () => {
  it("gives the suggestions in the je-form, still one click where the verb is known", () => {
    const text = "Daarom verzoeken wij u de huur voor 1 mei te betalen.";
    const plain = createReviewChecker().check(text).findings.find((f) => f.id === "lexicon/verzoeken")!;
    expect(plain.suggestions[0]).toMatchObject({ replacement: "vragen wij u", safe: true });
    const je = createReviewChecker(configFrom("address: je\n")).check(text).findings.find((f) => f.id === "lexicon/verzoeken")!;
    expect(je.suggestions[0]).toMatchObject({ replacement: "vragen wij je", safe: true });
  });

  it("refuses another form of address with the line of the error", () => {
    expect(() => configFrom("thresholds:\n  sentenceWarnWords: 18\naddress: jij\n")).toThrow(/regel 3/);
  });
});
