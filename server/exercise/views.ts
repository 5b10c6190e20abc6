// What each side may see. The participant's view never holds the trainer's answers before the reveal,
// nor another participant's answers; the trainer's view holds everything.
import type { AnswerVerdict } from "./answer-check.ts";
import type { LetterScore } from "./letter-score.ts";
import type { Participant, Session } from "./sessions.ts";

export interface ParticipantWord {
  index: number;
  word: string;
  /** Only after the trainer has revealed them. */
  answers?: string[];
}

export interface ParticipantAnswer {
  text: string;
  verdict: AnswerVerdict;
  message: string;
  typo?: boolean;
}

export interface ParticipantView {
  role: "participant";
  code: string;
  name: string;
  revealed: boolean;
  expiresAt: number;
  words: ParticipantWord[];
  /** Per word: this participant's last answer, or null. */
  answers: Array<ParticipantAnswer | null>;
  letterSubmitted: boolean;
}

export function displayName(p: Participant): string {
  return p.nickname || `Deelnemer ${p.number}`;
}

export function participantView(session: Session, p: Participant): ParticipantView {
  return {
    role: "participant",
    code: session.code,
    name: displayName(p),
    revealed: session.revealed,
    expiresAt: session.expiresAt,
    words: session.words.map((w, index) => (session.revealed ? { index, word: w.word, answers: [...w.answers] } : { index, word: w.word })),
    answers: p.answers.map((a) => (a ? { text: a.text, verdict: a.result.verdict, message: a.result.message, ...(a.result.typo ? { typo: true } : {}) } : null)),
    letterSubmitted: p.letter !== undefined,
  };
}

export interface TrainerResponse {
  participantId: string;
  name: string;
  text: string;
  verdict: AnswerVerdict;
}

export interface TrainerLetterRow {
  participantId: string;
  name: string;
  score: number;
  b1: boolean;
  hardWords: number;
  longSentences: number;
  passiveSentences: number;
  lostFacts: string[];
}

export interface TrainerView {
  role: "trainer";
  code: string;
  revealed: boolean;
  expiresAt: number;
  participants: Array<{ id: string; name: string; answered: number }>;
  words: Array<{ index: number; word: string; answers: string[]; responses: TrainerResponse[] }>;
  letter: { title: string; originalScore?: number };
  letters: TrainerLetterRow[];
  /** The rewrite the trainer shows on the big screen, without a name. */
  spotlight: { participantId: string; text: string; score: LetterScore } | null;
}

export function trainerView(session: Session): TrainerView {
  const participants = [...session.participants.values()];
  const letters: TrainerLetterRow[] = [];
  let originalScore: number | undefined;
  let spotlight: TrainerView["spotlight"] = null;
  for (const p of participants) {
    if (!p.letter) continue;
    const s = p.letter.score;
    originalScore = s.original.score;
    letters.push({
      participantId: p.id,
      name: displayName(p),
      score: s.rewrite.score,
      b1: s.b1,
      hardWords: s.rewrite.hardWords,
      longSentences: s.rewrite.longSentences,
      passiveSentences: s.rewrite.passiveSentences,
      lostFacts: s.facts.lost.map((f) => f.text),
    });
    if (p.id === session.spotlight) spotlight = { participantId: p.id, text: p.letter.text, score: s };
  }
  return {
    role: "trainer",
    code: session.code,
    revealed: session.revealed,
    expiresAt: session.expiresAt,
    participants: participants.map((p) => ({ id: p.id, name: displayName(p), answered: p.answers.filter(Boolean).length })),
    words: session.words.map((w, index) => ({
      index,
      word: w.word,
      answers: [...w.answers],
      responses: participants.flatMap((p) => {
        const a = p.answers[index];
        return a ? [{ participantId: p.id, name: displayName(p), text: a.text, verdict: a.result.verdict }] : [];
      }),
    })),
    letter: { title: session.letter.title, ...(originalScore !== undefined ? { originalScore } : {}) },
    letters,
    spotlight,
  };
}
