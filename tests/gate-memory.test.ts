// What the safety gate remembers of a text: its re-checks of the words around a replacement are forgotten when the
// check is done (nothing of a letter stays for the next request), and kept between the texts of one review run
// or the rounds of one rewrite.
import { describe, expect, it } from "vitest";
import { createChecker, type Check } from "../engine/index.ts";
import type { LexiconEntry } from "../engine/lexicon/schema.ts";

const indien: LexiconEntry = {
  id: "indien",
  match: ["indien"],
  alternatives: [{ text: "als", safe: true }],
  message: "Schrijf 'als'.",
  examples: [{ wrong: "[Indien] u belt." }],
  category: "ambtelijk",
  severity: "warning",
  firstOnly: false,
  source: "test.yaml",
};

/** A word-level check that only counts its runs: one on the text, one more for every re-check of the gate. */
function counting() {
  let runs = 0;
  const check: Check = { rule: "vocabulary", run: () => (runs++, []) };
  return { check, runs: () => runs };
}

const text = "Indien u vragen heeft, belt u ons.";

describe("the safety gate's memory", () => {
  it("re-checks a text again at its next check: nothing of the first check was kept", () => {
    const c = counting();
    const checker = createChecker({ lexicon: [indien], checks: [c.check] });
    checker.check(text);
    const first = c.runs();
    expect(first).toBeGreaterThan(1); // the text itself and at least one re-check
    checker.check(text);
    expect(c.runs()).toBe(2 * first);
  });

  it("keeps the re-checks between the texts of one review run, and forgets them after it", async () => {
    const c = counting();
    const checker = createChecker({ lexicon: [indien], checks: [c.check] });
    checker.check(text);
    const perCheck = c.runs();
    await checker.sharingPhrases(async () => {
      checker.check(text);
      checker.check(text);
    });
    expect(c.runs()).toBe(2 * perCheck + 1); // the second text of the run needed no re-check
    checker.check(text);
    expect(c.runs()).toBe(3 * perCheck + 1);
  });

  it("shares phrases for synchronous work too (the rounds of one rewrite), and forgets them after it", () => {
    const c = counting();
    const checker = createChecker({ lexicon: [indien], checks: [c.check] });
    checker.check(text);
    const perCheck = c.runs();
    const kinds = checker.sharingPhrases(() => [checker.check(text), checker.check(text)].map((r) => r.findings.length));
    expect(kinds).toEqual([1, 1]);
    expect(c.runs()).toBe(2 * perCheck + 1);
    checker.check(text);
    expect(c.runs()).toBe(3 * perCheck + 1);
  });

  it("gives the same report whether phrases are shared or not", async () => {
    const checker = createChecker({ lexicon: [indien] });
    const alone = checker.check(text);
    const shared = await checker.sharingPhrases(async () => (checker.check(text), checker.check(text)));
    expect(shared).toEqual(alone);
    expect(alone.findings[0]?.suggestions[0]).toMatchObject({ replacement: "Als", safe: true });
  });
});
