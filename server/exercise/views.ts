// What each side may see. The participant's view never holds the trainer's answers before the reveal,
// nor another participant's answers, nor whether an answer is on the trainer's list; the trainer's view
// holds everything. The trainer's live updates are patches: only the rows that changed.
import type { AnswerResult, AnswerVerdict } from "./answer-check.ts";
import type { LetterScore, LetterSummary } from "./letter-score.ts";
import type { Participant, Session, SessionChange } from "./sessions.ts";

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

function shownResult(result: AnswerResult): Omit<ParticipantAnswer, "text"> {
  return { verdict: result.verdict, message: result.message, ...(result.typo ? { typo: true } : {}) };
}

export function participantView(session: Session, p: Participant): ParticipantView {
  return {
    role: "participant",
    code: session.code,
    name: displayName(p),
    revealed: session.revealed,
    expiresAt: session.expiresAt,
    words: session.words.map((w, index) => (session.revealed ? { index, word: w.word, answers: [...w.answers] } : { index, word: w.word })),
    answers: p.answers.map((a) => (a ? { text: a.text, ...shownResult(session.revealed ? a.result : a.open) } : null)),
    letterSubmitted: p.letter !== undefined,
  };
}

export interface TrainerResponse {
  text: string;
  verdict: AnswerVerdict;
}

/** One participant as the trainer sees them: per word the last answer, and the letter's score summary. */
export interface TrainerRow {
  id: string;
  name: string;
  answered: number;
  answers: Array<TrainerResponse | null>;
  letter: Omit<LetterSummary, "originalScore"> | null;
}

export interface TrainerSpotlight {
  participantId: string;
  text: string;
  score: LetterScore;
}

export interface TrainerView {
  role: "trainer";
  version: number;
  code: string;
  revealed: boolean;
  expiresAt: number;
  words: Array<{ index: number; word: string; answers: string[] }>;
  /** In order of joining. */
  participants: TrainerRow[];
  letter: { title: string; originalScore?: number };
  /** The rewrite the trainer shows on the big screen, without a name. */
  spotlight: TrainerSpotlight | null;
}

/** A live update for the trainer: what changed since version `base`. */
export interface TrainerPatch {
  base: number;
  version: number;
  /** Changed or new participants (new ones go at the end). */
  participants?: TrainerRow[];
  /** Ids of participants who left the session. */
  removed?: string[];
  /** Session-wide fields, only when they changed. */
  session?: Pick<TrainerView, "revealed" | "expiresAt" | "letter" | "spotlight">;
}

export function trainerRow(p: Participant): TrainerRow {
  let letter: TrainerRow["letter"] = null;
  if (p.letter) {
    const { originalScore: _, ...rest } = p.letter.summary;
    letter = rest;
  }
  return {
    id: p.id,
    name: displayName(p),
    answered: p.answers.filter(Boolean).length,
    answers: p.answers.map((a) => (a ? { text: a.text, verdict: a.result.verdict } : null)),
    letter,
  };
}

function originalScore(session: Session): number | undefined {
  for (const p of session.participants.values()) if (p.letter) return p.letter.summary.originalScore;
  return undefined;
}

/** Session-wide fields; the spotlight's full score is made by the caller (it needs the checker). */
function sessionPart(session: Session, spotlight: TrainerSpotlight | null): NonNullable<TrainerPatch["session"]> {
  const score = originalScore(session);
  return {
    revealed: session.revealed,
    expiresAt: session.expiresAt,
    letter: { title: session.letter.title, ...(score !== undefined ? { originalScore: score } : {}) },
    spotlight,
  };
}

export function trainerView(session: Session, spotlight: TrainerSpotlight | null = null): TrainerView {
  return {
    role: "trainer",
    version: session.version,
    code: session.code,
    words: session.words.map((w, index) => ({ index, word: w.word, answers: [...w.answers] })),
    participants: [...session.participants.values()].map(trainerRow),
    ...sessionPart(session, spotlight),
  };
}

/** Gathers changes for one trainer stream between two sends. */
export class TrainerChanges {
  private readonly changed = new Set<string>();
  private readonly removed = new Set<string>();
  private sessionChanged = false;

  constructor(private base: number) {}

  add(change: SessionChange): void {
    if (change.participantId) this.changed.add(change.participantId);
    if (change.removedId) {
      this.changed.delete(change.removedId);
      this.removed.add(change.removedId);
    }
    // a letter changes the original's score shown once per session; a removal can clear the spotlight
    if (change.session || change.removedId) this.sessionChanged = true;
  }

  get empty(): boolean {
    return this.changed.size === 0 && this.removed.size === 0 && !this.sessionChanged;
  }

  /** The patch since the last one, and starts gathering anew. */
  take(session: Session, spotlight: () => TrainerSpotlight | null): TrainerPatch {
    const patch: TrainerPatch = { base: this.base, version: session.version };
    if (this.changed.size) {
      const rows: TrainerRow[] = [];
      for (const p of session.participants.values()) if (this.changed.has(p.id)) rows.push(trainerRow(p));
      if (rows.length) patch.participants = rows;
    }
    if (this.removed.size) patch.removed = [...this.removed];
    if (this.sessionChanged) patch.session = sessionPart(session, spotlight());
    this.base = session.version;
    this.changed.clear();
    this.removed.clear();
    this.sessionChanged = false;
    return patch;
  }
}
