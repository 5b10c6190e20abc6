// Word numbers: one number per lower-case word, shared by the checks' caches, forgotten only when a text starts
// and the table is full, and a check's report is the same before and after they are forgotten.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { defaultChecker } from "../server/default-checker.ts";
import { tokenize } from "../engine/text/tokenize.ts";
import { ByWordNumber, numbersAge, startText, wordNumber, WORD_NUMBERS_LIMIT } from "../engine/text/word-numbers.ts";

const letter = readFileSync(new URL("./fixtures/huurachterstand.txt", import.meta.url), "utf8");

/** Fills the table past its limit with words no letter has. */
function fillTable() {
  for (let i = 0; i <= WORD_NUMBERS_LIMIT; i++) wordNumber(`vulwoord${i}x`);
}

describe("word numbers", () => {
  it("give a word one number, whatever its token, and another word another number", () => {
    const [a, b, c] = tokenize("Indien indien Huur");
    expect(a!.lower).toBe("indien");
    expect(a!.word).toBe(b!.word);
    expect(c!.word).not.toBe(a!.word);
    expect(wordNumber("indien")).toBe(a!.word);
  });

  it("are kept while the table is below its limit, and forgotten with the caches when a text starts after it", () => {
    const cache = new ByWordNumber<string>();
    const n = wordNumber("achterstallig");
    cache.set(n, "hard");
    startText();
    expect(cache.get(n)).toBe("hard");
    const age = numbersAge();
    fillTable();
    expect(cache.get(n)).toBe("hard"); // not during a text
    startText();
    expect(numbersAge()).toBe(age + 1);
    expect(cache.get(n)).toBeUndefined();
    expect(wordNumber("achterstallig")).toBe(0);
  });

  it("do not change a report when they are forgotten", () => {
    const checker = defaultChecker();
    const before = JSON.stringify(checker.check(letter));
    const age = numbersAge();
    fillTable();
    const after = JSON.stringify(checker.check(letter)); // starts with a forgotten table
    expect(numbersAge()).toBe(age + 1);
    expect(after).toBe(before);
    expect(before).toContain("indien");
  });
});
