// Checks one answer in part 1: is it the hard word again, is it on the trainer's list (or close to it),
// and is it itself B1 (the engine gives no warning or error on it)?
// The feedback never names an accepted alternative: before the reveal a participant must not learn them.
// Before the reveal the participant only sees the open judgement (plain or not plain, without the list),
// so trying words one by one does not tell which ones are on the trainer's list.
import type { Checker } from "../../engine/index.ts";
import { findMatch, matchKind } from "./answer-match.ts";
import type { ExerciseWord } from "./oefening2.ts";

export const MAX_ANSWER_LENGTH = 80;

export type AnswerVerdict =
  /** On the trainer's list (or a small typo or another form of it). */
  | "accepted"
  /** Not on the list, but Helder finds it plain: discuss it in the group. */
  | "plain"
  /** The hard word again, or a word Helder still finds hard. */
  | "rejected";

export interface AnswerResult {
  verdict: AnswerVerdict;
  /** Why, for the participant: kind, B1 Dutch, without any accepted alternative. */
  message: string;
  /** For an accepted answer with a typo: check the spelling. */
  typo?: boolean;
}

export const feedback = {
  empty: "U heeft nog niets ingevuld. Typ een woord dat iedereen kent.",
  tooLong: `Uw antwoord is te lang. Gebruik hoogstens ${MAX_ANSWER_LENGTH} tekens.`,
  same: "Dit is het moeilijke woord zelf. Bedenk een ander woord dat iedereen kent.",
  hard: "Helder vindt dit woord ook nog moeilijk. Probeer een korter woord uit de spreektaal.",
  accepted: "Goed gedaan! Dit is een makkelijk woord dat de trainer ook heeft bedacht.",
  acceptedTypo: "Goed gedaan! Dit is een makkelijk woord dat de trainer ook heeft bedacht. Kijk nog even naar de spelling.",
  plain: "Dit is een makkelijk woord. De trainer heeft het niet op de lijst. Bespreek het straks met de groep.",
  openPlain: "Dit is een makkelijk woord. Straks laat de trainer de antwoorden zien. Dan ziet u of uw woord erbij staat.",
} as const;

/** Findings that make an answer not B1: warnings and errors (info findings are only tips). */
function isHard(checker: Checker, answer: string): boolean {
  return checker.check(answer).findings.some((f) => f.severity !== "info");
}

/** The judgement before the reveal: is the answer plain (B1)? It does not look at the trainer's list. */
export function openJudgement(checker: Checker, item: ExerciseWord, answer: string): AnswerResult {
  const text = answer.trim();
  if (text === "") return { verdict: "rejected", message: feedback.empty };
  if (text.length > MAX_ANSWER_LENGTH) return { verdict: "rejected", message: feedback.tooLong };
  if (matchKind(text, item.word)) return { verdict: "rejected", message: feedback.same };
  if (isHard(checker, text)) return { verdict: "rejected", message: feedback.hard };
  return { verdict: "plain", message: feedback.openPlain };
}

export function checkAnswer(checker: Checker, item: ExerciseWord, answer: string): AnswerResult {
  const text = answer.trim();
  if (text === "") return { verdict: "rejected", message: feedback.empty };
  if (text.length > MAX_ANSWER_LENGTH) return { verdict: "rejected", message: feedback.tooLong };
  if (matchKind(text, item.word)) return { verdict: "rejected", message: feedback.same };
  const match = findMatch(text, item.answers);
  if (match) {
    return match.kind === "typo"
      ? { verdict: "accepted", message: feedback.acceptedTypo, typo: true }
      : { verdict: "accepted", message: feedback.accepted };
  }
  if (isHard(checker, text)) return { verdict: "rejected", message: feedback.hard };
  return { verdict: "plain", message: feedback.plain };
}
