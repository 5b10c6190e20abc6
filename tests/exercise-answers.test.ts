// Part 1: matching an answer to the trainer's alternatives, and the engine's B1 check on the answer.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkAnswer, feedback } from "../server/exercise/answer-check.ts";
import { damerauLevenshtein, findMatch, matchKind, normalizeAnswer, roughStem } from "../server/exercise/answer-match.ts";
import { OEFENING2_WORDS } from "../server/exercise/oefening2.ts";
import { defaultChecker } from "../server/default-checker.ts";

const fixture = JSON.parse(readFileSync(new URL("./fixtures/oefening2-woorden.json", import.meta.url), "utf8")) as {
  words: Array<{ word: string; answers: string[] }>;
};
const checker = defaultChecker();
const item = (word: string) => OEFENING2_WORDS.find((w) => w.word === word)!;

describe("answer matching", () => {
  it("the built-in words and answers are the ones in the exercise", () => {
    expect(OEFENING2_WORDS).toEqual(fixture.words);
  });

  it("normalises case, spaces, dashes and punctuation", () => {
    expect(normalizeAnswer("  Laten   Weten! ")).toBe("laten weten");
    expect(normalizeAnswer("om-in-te-kijken.")).toBe("om in te kijken");
  });

  it("counts typos with adjacent swaps as one edit", () => {
    expect(damerauLevenshtein("maar", "maar")).toBe(0);
    expect(damerauLevenshtein("maar", "mraa")).toBe(2);
    expect(damerauLevenshtein("maar", "amar")).toBe(1);
    expect(damerauLevenshtein("wanneer", "wanner")).toBe(1);
    expect(damerauLevenshtein("schatting", "schattnig")).toBe(1);
    expect(damerauLevenshtein("kitten", "sitting")).toBe(3);
    // stops early above the limit
    expect(damerauLevenshtein("abcdefgh", "zyxwvuts", 2)).toBe(3);
  });

  it("finds rough stems for inflections", () => {
    expect(roughStem("vertellen")).toBe("vertel");
    expect(roughStem("straffen")).toBe(roughStem("straf"));
    expect(roughStem("gemeld")).toBe("mel");
  });

  it("accepts case, inflections and small typos, but not loose matches for very short words", () => {
    expect(matchKind("Maar", "maar")).toBe("exact");
    expect(matchKind("boetes", "boete")).toBeDefined();
    expect(matchKind("vertel", "vertellen")).toBe("inflection");
    expect(matchKind("straffen", "straf")).toBe("inflection");
    expect(matchKind("mar", "maar")).toBe("typo");
    expect(matchKind("wanner", "wanneer")).toBe("typo");
    expect(matchKind("belasting achterf", "belasting achteraf")).toBe("typo");
    expect(matchKind("laat weten", "laten weten")).toBeDefined();
    // short targets (af, als, tip) need the exact word
    expect(matchKind("al", "als")).toBeUndefined();
    expect(matchKind("of", "af")).toBeUndefined();
    expect(matchKind("top", "tip")).toBeUndefined();
    expect(matchKind("klaag", "klaar")).toBe("typo");
    expect(matchKind("huis", "maar")).toBeUndefined();
    expect(findMatch("MAAR", ["toch", "maar", "alleen"])).toEqual({ target: "maar", kind: "exact" });
    expect(findMatch("fiets", ["toch", "maar", "alleen"])).toBeUndefined();
  });
});

describe("checking an answer", () => {
  it("for 'echter': 'maar' is accepted and 'echter' itself is rejected", () => {
    expect(checkAnswer(checker, item("echter"), "maar")).toEqual({ verdict: "accepted", message: feedback.accepted });
    expect(checkAnswer(checker, item("echter"), "Echter")).toEqual({ verdict: "rejected", message: feedback.same });
  });

  it("accepts every answer of the trainer for its word, and rejects every hard word given as its own answer", () => {
    for (const w of OEFENING2_WORDS) {
      for (const answer of w.answers) expect(checkAnswer(checker, w, answer).verdict, `${w.word} → ${answer}`).toBe("accepted");
      expect(checkAnswer(checker, w, w.word).verdict, w.word).toBe("rejected");
    }
  });

  it("a typo in an accepted word is accepted with a kind spelling tip", () => {
    expect(checkAnswer(checker, item("indien"), "wanner")).toEqual({ verdict: "accepted", message: feedback.acceptedTypo, typo: true });
  });

  it("rejects an answer that Helder still finds hard, and calls a plain answer off the list 'plain'", () => {
    expect(checkAnswer(checker, item("echter"), "desalniettemin")).toEqual({ verdict: "rejected", message: feedback.hard });
    expect(checkAnswer(checker, item("indien"), "middels")).toEqual({ verdict: "rejected", message: feedback.hard });
    expect(checkAnswer(checker, item("sanctie"), "consequentie").verdict).toBe("rejected");
    expect(checkAnswer(checker, item("voltooid"), "gereed").verdict).not.toBe("accepted");
    expect(checkAnswer(checker, item("voltooid"), "helemaal gedaan")).toEqual({ verdict: "plain", message: feedback.plain });
  });

  it("rejects empty and too long answers", () => {
    expect(checkAnswer(checker, item("echter"), "   ").message).toBe(feedback.empty);
    expect(checkAnswer(checker, item("echter"), "a".repeat(81)).message).toBe(feedback.tooLong);
  });

  it("no feedback text names an accepted alternative (it would give the answers away)", () => {
    const answers = OEFENING2_WORDS.flatMap((w) => w.answers);
    for (const message of Object.values(feedback)) {
      for (const answer of answers) expect(message.toLowerCase(), answer).not.toMatch(new RegExp(`(^|[^\\p{L}])${answer}($|[^\\p{L}])`, "u"));
    }
  });
});
