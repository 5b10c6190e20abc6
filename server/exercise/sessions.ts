// Workshop sessions, only in memory: never written to disk, gone after the expiry or a restart.
// A session has a short join code for participants and a secret trainer token for the trainer's view.
import type { AnswerResult } from "./answer-check.ts";
import { newJoinCode, newSecretToken, normalizeJoinCode } from "./codes.ts";
import type { LetterScore } from "./letter-score.ts";
import { HUURACHTERSTAND_LETTER, HUURACHTERSTAND_TITLE, OEFENING2_WORDS, type ExerciseWord } from "./oefening2.ts";

export const SESSION_TTL_MS = 4 * 60 * 60 * 1000;
export const CLEANUP_INTERVAL_MS = 60 * 1000;
export const MAX_SESSIONS = 1000;
export const MAX_PARTICIPANTS = 100;
export const MAX_NICKNAME_LENGTH = 40;

export interface SubmittedAnswer {
  text: string;
  result: AnswerResult;
  at: number;
}

export interface SubmittedLetter {
  text: string;
  score: LetterScore;
  at: number;
}

export interface Participant {
  /** Public id, used in the trainer's view. */
  id: string;
  /** Secret: the participant's device proves with it who it is. */
  token: string;
  /** Optional; empty when the participant gave none. */
  nickname: string;
  /** Number in order of joining, for "Deelnemer 3" when there is no nickname. */
  number: number;
  answers: Array<SubmittedAnswer | undefined>;
  letter?: SubmittedLetter;
}

export interface SessionLetter {
  title: string;
  text: string;
}

/** Who listens to a session's live updates. `notify` is called after every change. */
export interface SessionListener {
  role: "trainer" | "participant";
  participantToken?: string;
  notify(): void;
  close(): void;
}

export interface Session {
  code: string;
  trainerToken: string;
  createdAt: number;
  expiresAt: number;
  words: ExerciseWord[];
  revealed: boolean;
  letter: SessionLetter;
  /** Participant token → participant. */
  participants: Map<string, Participant>;
  /** The participant id whose rewrite the trainer shows on the big screen. */
  spotlight?: string;
  listeners: Set<SessionListener>;
}

export interface SessionStoreOptions {
  now?: () => number;
  ttlMs?: number;
  cleanupIntervalMs?: number;
  maxSessions?: number;
  maxParticipants?: number;
}

export class SessionLimitError extends Error {
  constructor(readonly limit: "sessions" | "participants") {
    super(limit);
  }
}

export interface NewSession {
  words?: ExerciseWord[];
  letter?: SessionLetter;
}

export class SessionStore {
  private readonly byCodeMap = new Map<string, Session>();
  private readonly byTrainer = new Map<string, Session>();
  private readonly now: () => number;
  private readonly ttlMs: number;
  private readonly cleanupIntervalMs: number;
  private readonly maxSessions: number;
  private readonly maxParticipants: number;
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(options: SessionStoreOptions = {}) {
    this.now = options.now ?? Date.now;
    this.ttlMs = options.ttlMs ?? SESSION_TTL_MS;
    this.cleanupIntervalMs = options.cleanupIntervalMs ?? CLEANUP_INTERVAL_MS;
    this.maxSessions = options.maxSessions ?? MAX_SESSIONS;
    this.maxParticipants = options.maxParticipants ?? MAX_PARTICIPANTS;
  }

  get size(): number {
    return this.byCodeMap.size;
  }

  create(init: NewSession = {}): Session {
    if (this.byCodeMap.size >= this.maxSessions) this.cleanup();
    if (this.byCodeMap.size >= this.maxSessions) throw new SessionLimitError("sessions");
    let code = newJoinCode();
    while (this.byCodeMap.has(code)) code = newJoinCode();
    const createdAt = this.now();
    const session: Session = {
      code,
      trainerToken: newSecretToken(),
      createdAt,
      expiresAt: createdAt + this.ttlMs,
      words: (init.words ?? OEFENING2_WORDS).map((w) => ({ word: w.word, answers: [...w.answers] })),
      revealed: false,
      letter: init.letter ?? { title: HUURACHTERSTAND_TITLE, text: HUURACHTERSTAND_LETTER },
      participants: new Map(),
      listeners: new Set(),
    };
    this.byCodeMap.set(code, session);
    this.byTrainer.set(session.trainerToken, session);
    return session;
  }

  /** The live session with this join code (as typed), or undefined. */
  byCode(code: string): Session | undefined {
    return this.live(this.byCodeMap.get(normalizeJoinCode(code)));
  }

  byTrainerToken(token: string): Session | undefined {
    return this.live(this.byTrainer.get(token));
  }

  join(session: Session, nickname = ""): Participant {
    if (session.participants.size >= this.maxParticipants) throw new SessionLimitError("participants");
    const participant: Participant = {
      id: newSecretToken().slice(0, 12),
      token: newSecretToken(),
      nickname: nickname.replace(/\s+/g, " ").trim().slice(0, MAX_NICKNAME_LENGTH),
      number: session.participants.size + 1,
      answers: session.words.map(() => undefined),
    };
    session.participants.set(participant.token, participant);
    return participant;
  }

  participant(session: Session, token: string): Participant | undefined {
    return session.participants.get(token);
  }

  subscribe(session: Session, listener: SessionListener): () => void {
    session.listeners.add(listener);
    return () => session.listeners.delete(listener);
  }

  /** Tells the listeners about a change: all of them, or only the trainer's views. */
  publish(session: Session, to: "all" | "trainer" = "all"): void {
    for (const listener of session.listeners) if (to === "all" || listener.role === "trainer") listener.notify();
  }

  /** Ends a session now: its live connections close and its code stops working. */
  end(session: Session): void {
    this.byCodeMap.delete(session.code);
    this.byTrainer.delete(session.trainerToken);
    for (const listener of session.listeners) listener.close();
    session.listeners.clear();
    session.participants.clear();
  }

  /** Removes every expired session; returns how many. */
  cleanup(): number {
    const now = this.now();
    let removed = 0;
    for (const session of this.byCodeMap.values()) {
      if (session.expiresAt <= now) {
        this.end(session);
        removed++;
      }
    }
    return removed;
  }

  /** Runs cleanup() now and then; the timer does not keep the process alive. */
  startCleanup(): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.cleanup(), this.cleanupIntervalMs);
    this.timer.unref?.();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  private live(session: Session | undefined): Session | undefined {
    if (!session) return undefined;
    if (session.expiresAt <= this.now()) {
      this.end(session);
      return undefined;
    }
    return session;
  }
}
