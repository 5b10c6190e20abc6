// The trainer's own word list: the documented format, what people paste from a note or a spreadsheet, and every
// line it cannot read returned (before, such lines were dropped and the built-in words used without a word).
import { describe, expect, it } from "vitest";
import { readWordList } from "../web/exercise/word-list.ts";

describe("reading 'Eigen woorden'", () => {
  it("reads the documented format, with spaces and empty lines around it", () => {
    expect(readWordList("\n  echter = maar / toch \n\nindien=als\r\n")).toEqual({
      words: [
        { word: "echter", answers: ["maar", "toch"] },
        { word: "indien", answers: ["als"] },
      ],
      unreadable: [],
    });
  });

  it("reads the formats people paste: a colon, a tab (spreadsheet), an arrow, commas between answers", () => {
    const list = readWordList("echter: maar, toch\nindien\tals\nter inzage → om in te kijken; om te lezen\nnaheffing -> extra rekening");
    expect(list.unreadable).toEqual([]);
    expect(list.words).toEqual([
      { word: "echter", answers: ["maar", "toch"] },
      { word: "indien", answers: ["als"] },
      { word: "ter inzage", answers: ["om in te kijken", "om te lezen"] },
      { word: "naheffing", answers: ["extra rekening"] },
    ]);
  });

  it("returns every line it cannot read, as typed, and keeps the lines it can", () => {
    const list = readWordList("echter maar toch\nindien = als\n= maar\nsanctie =\nvoltooid = klaar = af\ne-mail - mail");
    expect(list.words).toEqual([{ word: "indien", answers: ["als"] }]);
    expect(list.unreadable).toEqual(["echter maar toch", "= maar", "sanctie =", "voltooid = klaar = af", "e-mail - mail"]);
  });

  it("an empty box is no list and no error", () => {
    expect(readWordList(" \n\t\n")).toEqual({ words: [], unreadable: [] });
  });
});
