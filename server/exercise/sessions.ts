// Workshop sessions, only in memory: never written to disk, gone after the expiry or a restart.
// A session has a short join code for participants and a secret trainer token for the trainer's view.
// A session ends 4 hours after its start, or sooner when nobody has used it for 45 minutes.
import type { AnswerResult } from "./answer-check.ts";
import { newJoinCode, newSecretToken, normalizeJoinCode } from "./codes.ts";
import type { LetterSummary } from "./letter-score.ts";
import { cleanNickname } from "./nickname.ts";
import { HUURACHTERSTAND_LETTER, HUURACHTERSTAND_TITLE, OEFENING2_WORDS, type ExerciseWord } from "./oefening2.ts";

export { MAX_NICKNAME_LENGTH } from "./nickname.ts";

export const SESSION_TTL_MS = 4 * 60 * 60 * 1000;
export const SESSION_IDLE_MS = 45 * 60 * 1000;
export const CLEANUP_INTERVAL_MS = 60 * 1000;
export const MAX_SESSIONS = 1000;
export const MAX_PARTICIPANTS = 100;
/** Live sessions one client (address) may have: a few trainers of one office behind one NAT. */
export const MAX_SESSIONS_PER_CLIENT = 10;
/** Participants one client may add to one session: a class behind one NAT fits, filling a session does not. */
export const MAX_PARTICIPANTS_PER_CLIENT = 50;

export interface SubmittedAnswer {
  text: string;
  /** The full judgement, with the trainer's list: for the trainer, and for the participant after the reveal. */
  result: AnswerResult;
  /** Only plain or not plain, without the list: what the participant sees before the reveal. */
  open: AnswerResult;
  at: number;
}

export interface SubmittedLetter {
  text: string;
  summary: LetterSummary;
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
  /** The client (address) that joined, for the per-client cap. */
  client: string;
  answers: Array<SubmittedAnswer | undefined>;
  letter?: SubmittedLetter;
}

export interface SessionLetter {
  title: string;
  text: string;
}

/** What changed: one participant's row, a participant removed, or the session itself (reveal, spotlight). */
export interface SessionChange {
  participantId?: string;
  removedId?: string;
  session?: boolean;
}

export type CloseReason = "ended" | "removed" | "replaced";

/** Who listens to a session's live updates. `notify` is called after every change. */
export interface SessionListener {
  role: "trainer" | "participant";
  participantToken?: string;
  notify(change: SessionChange): void;
  close(reason?: CloseReason): void;
}

export interface Session {
  code: string;
  trainerToken: string;
  /** The client (address) that started the session, for the per-client cap. */
  owner: string;
  createdAt: number;
  /** The end: 4 hours after the start, or 45 minutes after the last activity if that comes first. */
  expiresAt: number;
  /** Counts changes, so the trainer's page can tell whether it missed one. */
  version: number;
  words: ExerciseWord[];
  revealed: boolean;
  letter: SessionLetter;
  /** Participant token → participant. */
  participants: Map<string, Participant>;
  /** Participants joined so far, including removed ones: numbers stay unique. */
  joined: number;
  /** The participant id whose rewrite the trainer shows on the big screen. */
  spotlight?: string;
  listeners: Set<SessionListener>;
}

export interface SessionStoreOptions {
  now?: () => number;
  ttlMs?: number;
  idleMs?: number;
  cleanupIntervalMs?: number;
  maxSessions?: number;
  maxParticipants?: number;
  maxSessionsPerClient?: number;
  maxParticipantsPerClient?: number;
}

export type LimitKind = "sessions" | "participants" | "client-sessions" | "client-participants";

export class SessionLimitError extends Error {
  constructor(
    readonly limit: LimitKind,
    /** When a place frees up for sure (ms since the epoch), where that is known. */
    readonly freeAt?: number,
    /** When a place may free up first (a session without activity ends sooner). */
    readonly maybeFreeAt?: number,
  ) {
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
  readonly now: () => number;
  private readonly ttlMs: number;
  private readonly idleMs: number;
  private readonly cleanupIntervalMs: number;
  private readonly maxSessions: number;
  private readonly maxParticipants: number;
  private readonly maxSessionsPerClient: number;
  private readonly maxParticipantsPerClient: number;
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(options: SessionStoreOptions = {}) {
    this.now = options.now ?? Date.now;
    this.ttlMs = options.ttlMs ?? SESSION_TTL_MS;
    this.idleMs = Math.min(options.idleMs ?? SESSION_IDLE_MS, this.ttlMs);
    this.cleanupIntervalMs = options.cleanupIntervalMs ?? CLEANUP_INTERVAL_MS;
    this.maxSessions = options.maxSessions ?? MAX_SESSIONS;
    this.maxParticipants = options.maxParticipants ?? MAX_PARTICIPANTS;
    this.maxSessionsPerClient = options.maxSessionsPerClient ?? MAX_SESSIONS_PER_CLIENT;
    this.maxParticipantsPerClient = options.maxParticipantsPerClient ?? MAX_PARTICIPANTS_PER_CLIENT;
  }

  get size(): number {
    return this.byCodeMap.size;
  }

  /** All live sessions (for counting streams and such; do not change the map while iterating). */
  sessions(): IterableIterator<Session> {
    return this.byCodeMap.values();
  }

  create(init: NewSession = {}, owner = "local"): Session {
    if (this.byCodeMap.size >= this.maxSessions) this.cleanup();
    if (this.byCodeMap.size >= this.maxSessions) throw this.limitError("sessions", [...this.byCodeMap.values()]);
    const own = [...this.byCodeMap.values()].filter((s) => s.owner === owner && this.live(s));
    if (own.length >= this.maxSessionsPerClient) throw this.limitError("client-sessions", own);
    let code = newJoinCode();
    while (this.byCodeMap.has(code)) code = newJoinCode();
    const createdAt = this.now();
    const session: Session = {
      code,
      trainerToken: newSecretToken(),
      owner,
      createdAt,
      expiresAt: createdAt + this.idleMs,
      version: 0,
      words: (init.words ?? OEFENING2_WORDS).map((w) => ({ word: w.word, answers: [...w.answers] })),
      revealed: false,
      letter: init.letter ?? { title: HUURACHTERSTAND_TITLE, text: HUURACHTERSTAND_LETTER },
      participants: new Map(),
      joined: 0,
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

  /** Someone used the session: it stays for another 45 minutes, but never past its 4 hours. */
  touch(session: Session): void {
    session.expiresAt = Math.max(session.expiresAt, Math.min(session.createdAt + this.ttlMs, this.now() + this.idleMs));
  }

  join(session: Session, nickname = "", client = "local"): Participant {
    if (session.participants.size >= this.maxParticipants) throw new SessionLimitError("participants");
    let fromClient = 0;
    for (const p of session.participants.values()) if (p.client === client) fromClient++;
    if (fromClient >= this.maxParticipantsPerClient) throw new SessionLimitError("client-participants");
    session.joined++;
    const participant: Participant = {
      id: newSecretToken().slice(0, 12),
      token: newSecretToken(),
      nickname: cleanNickname(nickname),
      number: session.joined,
      client,
      answers: session.words.map(() => undefined),
    };
    session.participants.set(participant.token, participant);
    return participant;
  }

  participant(session: Session, token: string): Participant | undefined {
    return session.participants.get(token);
  }

  /** Takes a participant out of the session: the token stops working and the participant's streams end. */
  remove(session: Session, participantId: string): boolean {
    for (const [token, p] of session.participants) {
      if (p.id !== participantId) continue;
      session.participants.delete(token);
      if (session.spotlight === p.id) session.spotlight = undefined;
      for (const listener of [...session.listeners]) {
        if (listener.participantToken === token) {
          session.listeners.delete(listener);
          listener.close("removed");
        }
      }
      return true;
    }
    return false;
  }

  subscribe(session: Session, listener: SessionListener): () => void {
    session.listeners.add(listener);
    return () => session.listeners.delete(listener);
  }

  /** Tells the listeners about a change: all of them, or only the trainer's views. */
  publish(session: Session, to: "all" | "trainer" = "all", change: SessionChange = { session: true }): void {
    session.version++;
    for (const listener of session.listeners) if (to === "all" || listener.role === "trainer") listener.notify(change);
  }

  /** Ends a session now: its live connections close and its code stops working. */
  end(session: Session): void {
    this.byCodeMap.delete(session.code);
    this.byTrainer.delete(session.trainerToken);
    for (const listener of session.listeners) listener.close("ended");
    session.listeners.clear();
    session.participants.clear();
  }

  /** Removes every expired session; returns how many. A session with an open trainer page is in use. */
  cleanup(): number {
    const now = this.now();
    let removed = 0;
    for (const session of this.byCodeMap.values()) {
      if (session.expiresAt > now && [...session.listeners].some((l) => l.role === "trainer")) this.touch(session);
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

  /** Ends every session (graceful shutdown): live connections get their "ended" event and close. */
  endAll(): void {
    for (const session of [...this.byCodeMap.values()]) this.end(session);
  }

  private limitError(kind: LimitKind, sessions: Session[]): SessionLimitError {
    let freeAt = Infinity;
    let maybeFreeAt = Infinity;
    for (const s of sessions) {
      freeAt = Math.min(freeAt, s.createdAt + this.ttlMs);
      maybeFreeAt = Math.min(maybeFreeAt, s.expiresAt);
    }
    return new SessionLimitError(kind, Number.isFinite(freeAt) ? freeAt : undefined, Number.isFinite(maybeFreeAt) ? maybeFreeAt : undefined);
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
