// The trainer page's projector view: numbers instead of names, and per word only counts and the good answers.
import { describe, expect, it } from "vitest";
import type { TrainerRow, TrainerView } from "../server/exercise/views.ts";
import { anonymousNames, wordTally } from "../web/exercise/trainer-model.ts";

function row(id: string, name: string, answers: TrainerRow["answers"]): TrainerRow {
  return { id, name, answered: answers.filter(Boolean).length, answers, letter: null };
}

const view: TrainerView = {
  role: "trainer",
  version: 3,
  code: "ABC123",
  revealed: false,
  expiresAt: 0,
  words: [
    { index: 0, word: "echter", answers: ["maar"] },
    { index: 1, word: "indien", answers: ["als"] },
  ],
  participants: [
    row("p1", "Anna", [{ text: "maar", verdict: "accepted" }, null]),
    row("p2", "Bram", [{ text: "echter", verdict: "rejected" }, null]),
    row("p3", "Deelnemer 3", [{ text: " Maar", verdict: "accepted" }, null]),
    row("p4", "Cor", [{ text: "toch", verdict: "plain" }, null]),
  ],
  letter: { title: "De brief" },
  spotlight: null,
};

describe("the anonymous trainer view", () => {
  it("numbers participants in order of joining, whatever name they gave", () => {
    expect([...anonymousNames(view).entries()]).toEqual([
      ["p1", "Deelnemer 1"],
      ["p2", "Deelnemer 2"],
      ["p3", "Deelnemer 3"],
      ["p4", "Deelnemer 4"],
    ]);
  });

  it("counts answers per verdict, groups the same good answer, and never shows a 'nog niet' answer", () => {
    const tally = wordTally(view, 0);
    expect({ accepted: tally.accepted, plain: tally.plain, rejected: tally.rejected }).toEqual({ accepted: 2, plain: 1, rejected: 1 });
    expect(tally.shown).toEqual([
      { text: "maar", verdict: "accepted", count: 2 },
      { text: "toch", verdict: "plain", count: 1 },
    ]);
    expect(JSON.stringify(tally)).not.toMatch(/echter|Anna|Bram|Cor/);
  });

  it("a word nobody answered has no counts", () => {
    expect(wordTally(view, 1)).toEqual({ accepted: 0, plain: 0, rejected: 0, shown: [] });
  });
});
