// Workshop sessions in memory: codes, secret tokens, expiry and cleanup (with an injected clock).
import { afterEach, describe, expect, it, vi } from "vitest";
import { CODE_ALPHABET, CODE_LENGTH, normalizeJoinCode } from "../server/exercise/codes.ts";
import { OEFENING2_WORDS } from "../server/exercise/oefening2.ts";
import { SESSION_IDLE_MS, SESSION_TTL_MS, SessionLimitError, SessionStore, type SessionListener } from "../server/exercise/sessions.ts";

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

function listener(role: SessionListener["role"] = "trainer") {
  const calls = { notify: 0, close: 0 };
  const l: SessionListener = { role, notify: () => calls.notify++, close: () => calls.close++ };
  return { l, calls };
}

afterEach(() => vi.useRealTimers());

describe("join codes and trainer tokens", () => {
  it("makes short codes without look-alike characters, and long random trainer tokens", () => {
    const store = new SessionStore({ maxSessions: 5000, maxSessionsPerClient: 5000 });
    const codes = new Set<string>();
    const tokens = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const s = store.create();
      expect(s.code).toMatch(new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`));
      expect(s.code).not.toMatch(/[0O1IL]/);
      // base64url, 24 bytes = 192 bits (at least 128 bits asked)
      expect(s.trainerToken).toMatch(/^[\w-]{32}$/);
      codes.add(s.code);
      tokens.add(s.trainerToken);
    }
    expect(codes.size).toBe(2000);
    expect(tokens.size).toBe(2000);
    expect(store.size).toBe(2000);
  });

  it("finds a session by its code as people type it, and by the trainer token only", () => {
    const store = new SessionStore();
    const s = store.create();
    expect(store.byCode(s.code.toLowerCase())).toBe(s);
    expect(store.byCode(`${s.code.slice(0, 3)} ${s.code.slice(3)}`)).toBe(s);
    expect(normalizeJoinCode("ab-c d")).toBe("ABCD");
    expect(store.byTrainerToken(s.trainerToken)).toBe(s);
    expect(store.byTrainerToken(s.code)).toBeUndefined();
    expect(store.byTrainerToken("")).toBeUndefined();
  });

  it("starts with the nine words of Oefening 2, or the trainer's own list, as copies", () => {
    const store = new SessionStore();
    const s = store.create();
    expect(s.words.map((w) => w.word)).toEqual(OEFENING2_WORDS.map((w) => w.word));
    s.words[0]!.answers.push("changed");
    expect(OEFENING2_WORDS[0]!.answers).not.toContain("changed");
    const own = store.create({ words: [{ word: "derhalve", answers: ["daarom"] }] });
    expect(own.words).toEqual([{ word: "derhalve", answers: ["daarom"] }]);
  });

  it("gives each participant a secret token and a number; the nickname is optional and trimmed", () => {
    const store = new SessionStore();
    const s = store.create();
    const a = store.join(s, "  Anna   de   Vries ");
    const b = store.join(s);
    expect(a.nickname).toBe("Anna de Vries");
    expect(b.nickname).toBe("");
    expect([a.number, b.number]).toEqual([1, 2]);
    expect(a.token).not.toBe(b.token);
    expect(store.participant(s, a.token)).toBe(a);
    expect(store.participant(s, a.id)).toBeUndefined();
    expect(a.answers).toHaveLength(9);
  });

  it("refuses more participants or sessions than the limits", () => {
    const store = new SessionStore({ maxParticipants: 2, maxSessions: 2 });
    const s = store.create();
    store.join(s);
    store.join(s);
    expect(() => store.join(s)).toThrow(SessionLimitError);
    store.create();
    expect(() => store.create()).toThrow(SessionLimitError);
  });
});

describe("expiry and cleanup", () => {
  it("a session in use works until 4 hours after the start, then its code and trainer link stop working", () => {
    const c = clock();
    const store = new SessionStore({ now: c.now });
    const s = store.create();
    // used every 30 minutes: never idle for 45
    for (let t = 30 * 60_000; t < SESSION_TTL_MS; t += 30 * 60_000) {
      c.advance(30 * 60_000);
      expect(store.byCode(s.code)).toBe(s);
      store.touch(s);
    }
    expect(s.expiresAt - s.createdAt).toBe(SESSION_TTL_MS);
    c.advance(SESSION_TTL_MS - (c.now() - s.createdAt) - 1);
    expect(store.byCode(s.code)).toBe(s);
    c.advance(1);
    expect(store.byTrainerToken(s.trainerToken)).toBeUndefined();
    expect(store.byCode(s.code)).toBeUndefined();
    expect(store.size).toBe(0);
  });

  it("a session nobody uses ends after 45 minutes; an open trainer page counts as use", () => {
    const c = clock();
    const store = new SessionStore({ now: c.now });
    const idle = store.create();
    const watched = store.create();
    store.subscribe(watched, listener("trainer").l);
    const onlyParticipants = store.create();
    store.subscribe(onlyParticipants, listener("participant").l);
    expect(idle.expiresAt - idle.createdAt).toBe(SESSION_IDLE_MS);
    for (let i = 0; i < 44; i++) {
      c.advance(60_000);
      store.cleanup();
    }
    expect(store.size).toBe(3);
    c.advance(60_000);
    expect(store.cleanup()).toBe(2);
    expect(store.byCode(idle.code)).toBeUndefined();
    expect(store.byCode(onlyParticipants.code)).toBeUndefined();
    expect(store.byCode(watched.code)).toBe(watched);
  });

  it("cleanup removes only expired sessions, closes their live connections and forgets the participants", () => {
    const c = clock();
    const store = new SessionStore({ now: c.now, ttlMs: 1000 });
    const old = store.create();
    store.join(old, "Piet");
    const { l, calls } = listener();
    store.subscribe(old, l);
    c.advance(600);
    const young = store.create();
    c.advance(400);
    expect(store.cleanup()).toBe(1);
    expect(calls.close).toBe(1);
    expect(old.participants.size).toBe(0);
    expect(old.listeners.size).toBe(0);
    expect(store.byCode(young.code)).toBe(young);
    expect(store.size).toBe(1);
    c.advance(600);
    expect(store.cleanup()).toBe(1);
    expect(store.size).toBe(0);
  });

  it("a full store first cleans up expired sessions before it refuses a new one", () => {
    const c = clock();
    const store = new SessionStore({ now: c.now, ttlMs: 1000, maxSessions: 2 });
    store.create();
    store.create();
    c.advance(1000);
    expect(() => store.create()).not.toThrow();
    expect(store.size).toBe(1);
  });

  it("the cleanup timer runs by itself and does not keep the process alive", () => {
    vi.useFakeTimers();
    const c = clock();
    const store = new SessionStore({ now: c.now, ttlMs: 1000, cleanupIntervalMs: 500 });
    const unref = vi.spyOn(globalThis, "setInterval");
    store.startCleanup();
    const timer = unref.mock.results[0]!.value as { hasRef?: () => boolean };
    expect(timer.hasRef?.()).toBe(false);
    store.create();
    store.create();
    c.advance(1000);
    expect(store.size).toBe(2);
    vi.advanceTimersByTime(500);
    expect(store.size).toBe(0);
    store.stop();
  });

  it("publish tells all listeners, or only the trainer's", () => {
    const store = new SessionStore();
    const s = store.create();
    const trainer = listener("trainer");
    const participant = listener("participant");
    store.subscribe(s, trainer.l);
    const unsubscribe = store.subscribe(s, participant.l);
    store.publish(s, "trainer");
    expect([trainer.calls.notify, participant.calls.notify]).toEqual([1, 0]);
    store.publish(s, "all");
    expect([trainer.calls.notify, participant.calls.notify]).toEqual([2, 1]);
    unsubscribe();
    store.publish(s, "all");
    expect(participant.calls.notify).toBe(1);
  });
});
