// Safe swaps that reviewers found broken in their sentences (blind batches 13 and 14, the seed documents, and
// sentences written for lexicon entries no fixture had tried). Each was fixed by kind in the gate or the lexicon;
// none may come back as a one-click change. The swap may still be offered, with a note, as safe: false.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { defaultChecker } from "../server/default-checker.ts";

const rows = readFileSync(new URL("./fixtures/safe-swaps/broken-swaps.tsv", import.meta.url), "utf8")
  .split("\n")
  .filter((l) => l && !l.startsWith("#"))
  .map((l) => l.split("\t") as [string, string, string, string]);
const checker = defaultChecker();

describe("swaps a reviewer found broken are no longer one click", () => {
  it("holds the reviewed swaps", () => {
    expect(rows.length).toBeGreaterThanOrEqual(80);
    for (const [sentence, span] of rows) expect(sentence).toContain(span);
  });

  it.each(rows)("%s [%s → %s]", (sentence, span, replacement) => {
    const offered = checker
      .check(sentence)
      .findings.filter((f) => f.text.replace(/\s+/g, " ") === span)
      .flatMap((f) => f.suggestions.filter((s) => s.safe).map((s) => s.replacement));
    expect(offered).not.toContain(replacement);
  });
});
