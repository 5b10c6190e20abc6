// The workshop's limits (issue 10): per-client rate limits with 429 and Retry-After, JSON-only posts,
// caps on sessions, participants and live streams, removing a participant, cleaned nicknames, one-use
// tickets for streams, small trainer patches, letters kept as a summary, and no list verdict before the reveal.
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { defaultChecker } from "../server/default-checker.ts";
import { ApiError, errorBody } from "../server/errors.ts";
import { feedback } from "../server/exercise/answer-check.ts";
import { addressKey } from "../server/exercise/client-key.ts";
import { cleanNickname } from "../server/exercise/nickname.ts";
import { OEFENING2_WORDS } from "../server/exercise/oefening2.ts";
import { RateLimiter, WORKSHOP_RATES } from "../server/exercise/rate-limit.ts";
import { exerciseMessages, exerciseRoutes, type ExerciseRoutesOptions } from "../server/exercise/routes.ts";
import { SessionStore, type SessionStoreOptions } from "../server/exercise/sessions.ts";
import { TICKET_TTL_MS } from "../server/exercise/tickets.ts";
import { waitText } from "../server/exercise/wait-text.ts";

const checker = defaultChecker();

interface CallOptions {
  token?: string;
  body?: unknown;
  method?: string;
  /** The client (address) the request comes from. */
  client?: string;
  type?: string;
}

/** A workshop with an injected clock; the client key comes from a test header. */
function workshop(options: Partial<ExerciseRoutesOptions> = {}, storeOptions: SessionStoreOptions = {}) {
  let now = 1_000_000;
  const store = new SessionStore({ now: () => now, ...storeOptions });
  const app = new Hono();
  app.onError((err, c) => (err instanceof ApiError ? c.json(errorBody(err.code, err.message), err.status) : c.json({ err: String(err) }, 500)));
  app.route("/", exerciseRoutes(checker, { store, pages: false, clientKey: (c) => c.req.header("x-client") ?? "school", batchMs: 1, trainerBatchMs: 5, ...options }));
  const request = (path: string, o: CallOptions = {}) => {
    const method = o.method ?? (o.body !== undefined ? "POST" : "GET");
    const headers: Record<string, string> = { "x-client": o.client ?? "school" };
    if (o.token) headers.authorization = `Bearer ${o.token}`;
    if (method === "POST") headers["content-type"] = o.type ?? "application/json";
    return app.request(path, { method, headers, ...(method === "POST" ? { body: typeof o.body === "string" ? o.body : JSON.stringify(o.body ?? {}) } : {}) });
  };
  const call = async (path: string, o: CallOptions = {}) => {
    const res = await request(path, o);
    const text = await res.text();
    return { status: res.status, headers: res.headers, text, json: JSON.parse(text) as any };
  };
  const start = async (client = "school") => {
    const res = await call("/api/oefening/sessions", { method: "POST", client });
    expect(res.status).toBe(201);
    return res.json as { code: string; trainerToken: string };
  };
  const join = async (code: string, nickname?: string, client = "school") => {
    const res = await call("/api/oefening/join", { body: { code, ...(nickname !== undefined ? { nickname } : {}) }, client });
    expect(res.status, res.text).toBe(201);
    return res.json as { participantToken: string; state: { name: string } };
  };
  const ticket = async (path: string, token: string) => (await call(path, { token, method: "POST" })).json.ticket as string;
  const trainerEvents = async (token: string) => app.request(`/api/oefening/trainer/events?ticket=${await ticket("/api/oefening/trainer/ticket", token)}`);
  const participantEvents = async (code: string, token: string) =>
    app.request(`/api/oefening/s/${code}/events?ticket=${await ticket(`/api/oefening/s/${code}/ticket`, token)}`);
  return { app, store, call, start, join, trainerEvents, participantEvents, advance: (ms: number) => (now += ms) };
}

/** Reads server-sent events from a streaming response, one at a time. */
function sse(res: Response) {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  return {
    async next(): Promise<{ event: string; data: string }> {
      for (;;) {
        const end = buffer.indexOf("\n\n");
        if (end >= 0) {
          const raw = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (raw.startsWith(":")) continue;
          const event = /^event: (.*)$/m.exec(raw)?.[1] ?? "message";
          const data = raw.split("\n").filter((l) => l.startsWith("data: ")).map((l) => l.slice(6)).join("\n");
          return { event, data };
        }
        const { value, done } = await reader.read();
        if (done) throw new Error("stream ended");
        buffer += decoder.decode(value, { stream: true });
      }
    },
    cancel: () => reader.cancel(),
  };
}

describe("rate limits per client", () => {
  it("a token bucket allows the burst, then answers with the seconds to wait, and refills", () => {
    let now = 0;
    const limiter = new RateLimiter({ burst: 3, perMinute: 6 }, () => now);
    expect([limiter.take("a"), limiter.take("a"), limiter.take("a")]).toEqual([0, 0, 0]);
    expect(limiter.take("a")).toBe(10);
    expect(limiter.take("b")).toBe(0);
    now += 10_000;
    expect(limiter.take("a")).toBe(0);
    expect(limiter.peek("a")).toBe(10);
  });

  it("keeps at most maxKeys clients in memory", () => {
    const limiter = new RateLimiter({ burst: 2, perMinute: 1 }, () => 0, 100);
    for (let i = 0; i < 1000; i++) limiter.take(`client ${i}`);
    expect((limiter as unknown as { buckets: Map<string, unknown> }).buckets.size).toBeLessThanOrEqual(100);
  });

  it("reads IPv4, IPv4-mapped and IPv6 addresses as clients (IPv6 by its /64)", () => {
    expect(addressKey("192.168.1.20")).toBe("192.168.1.20");
    expect(addressKey("::ffff:192.168.1.20")).toBe("192.168.1.20");
    expect(addressKey("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).toBe(addressKey("2001:db8:1:2::1"));
    expect(addressKey("2001:db8:1:2::1")).not.toBe(addressKey("2001:db8:1:3::1"));
    expect(addressKey("::1")).toBe("0:0:0:0::/64");
  });

  it("20 participants behind one school address all join and answer all nine words at once", async () => {
    const w = workshop();
    const { code } = await w.start();
    const people = await Promise.all(Array.from({ length: 20 }, (_, i) => w.join(code, `P${i}`)));
    const answers = await Promise.all(
      people.flatMap((p) => OEFENING2_WORDS.map((_, index) => w.call(`/api/oefening/s/${code}/answers`, { token: p.participantToken, body: { index, text: "fiets" } }))),
    );
    expect(answers.filter((a) => a.status !== 200)).toEqual([]);
  });

  it("starting sessions, joining and answering get 429 with Retry-After above the limit; other clients go on", async () => {
    const w = workshop({ rates: { sessions: { burst: 2, perMinute: 1 }, joins: { burst: 3, perMinute: 6 }, answers: { burst: 2, perMinute: 6 } } });
    const { code } = await w.start("a");
    await w.start("a");
    const third = await w.call("/api/oefening/sessions", { method: "POST", client: "a" });
    expect(third.status).toBe(429);
    expect(third.headers.get("retry-after")).toBe("60");
    expect(third.json.error.message).toBe(exerciseMessages.tooManyRequests.replace("{tijd}", "1 minuut"));
    await w.start("b");

    const p = await w.join(code, "", "a");
    await w.join(code, "", "a");
    await w.join(code, "", "a");
    const fourth = await w.call("/api/oefening/join", { body: { code }, client: "a" });
    expect(fourth.status).toBe(429);
    expect(fourth.headers.get("retry-after")).toBe("10");
    await w.join(code, "", "b");
    w.advance(10_000);
    await w.join(code, "", "a");

    const answer = () => w.call(`/api/oefening/s/${code}/answers`, { token: p.participantToken, body: { index: 0, text: "maar" }, client: "a" });
    expect([(await answer()).status, (await answer()).status]).toEqual([200, 200]);
    const third429 = await answer();
    expect(third429.status).toBe(429);
    expect(Number(third429.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("after 10 wrong codes a client must wait, even with the right code: guessing codes is slow", async () => {
    const w = workshop();
    const { code } = await w.start();
    for (let i = 0; i < WORKSHOP_RATES.failedJoins.burst; i++) {
      expect((await w.call("/api/oefening/join", { body: { code: "XXXXXX" }, client: "guesser" })).status).toBe(404);
    }
    const blocked = await w.call("/api/oefening/join", { body: { code }, client: "guesser" });
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get("retry-after")).toBe("6");
    expect(blocked.json.error.message).toBe(exerciseMessages.tooManyWrongCodes.replace("{tijd}", "6 seconden"));
    // the class itself still joins, and the guesser may try again after the wait (10 a minute)
    await w.join(code, "", "school");
    w.advance(6_000);
    await w.join(code, "", "guesser");
  });
});

describe("JSON only", () => {
  it("a text/plain or form post gets 415 with a B1 message, so a page of another site cannot start a session", async () => {
    const w = workshop();
    const { code, trainerToken } = await w.start();
    const p = await w.join(code);
    const posts: Array<[string, string | undefined]> = [
      ["/api/oefening/sessions", undefined],
      ["/api/oefening/join", undefined],
      [`/api/oefening/s/${code}/answers`, p.participantToken],
      ["/api/oefening/trainer/reveal", trainerToken],
      ["/api/oefening/trainer/end", trainerToken],
    ];
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "application/json-patch+json", "text/plain; a=application/json"]) {
      for (const [path, token] of posts) {
        const res = await w.call(path, { method: "POST", type, body: JSON.stringify({ code, index: 0, text: "maar" }), ...(token ? { token } : {}) });
        expect(res.status, `${type} ${path}`).toBe(415);
        expect(res.json.error.message).toBe(exerciseMessages.notJson);
      }
    }
    expect(w.store.size).toBe(1);
    expect((await w.call("/api/oefening/trainer/state", { token: trainerToken })).json.revealed).toBe(false);
    const withCharset = await w.call("/api/oefening/join", { body: { code }, type: "application/json; charset=utf-8" });
    expect(withCharset.status).toBe(201);
  });
});

describe("session caps and an honest message", () => {
  it("one client cannot start more than its share of sessions; the message says when one ends", async () => {
    const w = workshop({}, { maxSessionsPerClient: 2 });
    await w.start("office");
    w.advance(30 * 60_000);
    await w.start("office");
    const res = await w.call("/api/oefening/sessions", { method: "POST", client: "office" });
    expect(res.status).toBe(429);
    // the first session ends at the latest 4 hours after its start: 3.5 hours from now
    expect(res.json.error.message).toBe(exerciseMessages.busyHere.replace("{tijd}", "3 uur en 30 minuten"));
    // but nobody has used it for 30 minutes, so it may end in 15: try again then
    expect(res.headers.get("retry-after")).toBe(String(15 * 60));
    await w.start("other office");
    w.advance(15 * 60_000);
    await w.start("office");
  });

  it("a full server says with 503 and Retry-After when a place frees up at the latest", async () => {
    const w = workshop({}, { maxSessions: 2 });
    await w.start("a");
    w.advance(10 * 60_000);
    await w.start("b");
    w.advance(5 * 60_000);
    const res = await w.call("/api/oefening/sessions", { method: "POST", client: "c" });
    expect(res.status).toBe(503);
    expect(res.json.error.message).toBe(exerciseMessages.busy.replace("{tijd}", "3 uur en 45 minuten"));
    expect(res.json.error.message).not.toMatch(/paar minuten/);
    expect(Number(res.headers.get("retry-after"))).toBe(30 * 60);
    // once the idle session is gone there is a place
    w.advance(30 * 60_000);
    await w.start("c");
  });

  it("one client cannot fill a session; the class can still join from other addresses", async () => {
    const w = workshop({}, { maxParticipantsPerClient: 3, maxParticipants: 5 });
    const { code } = await w.start();
    for (let i = 0; i < 3; i++) await w.join(code, "", "flooder");
    const res = await w.call("/api/oefening/join", { body: { code }, client: "flooder" });
    expect(res.status).toBe(409);
    expect(res.json.error.message).toBe(exerciseMessages.fullFromHere);
    await w.join(code, "", "laptop 1");
    await w.join(code, "", "laptop 2");
    expect((await w.call("/api/oefening/join", { body: { code }, client: "laptop 3" })).json.error.message).toBe(exerciseMessages.full);
  });

  it("waiting times read as B1 Dutch", () => {
    expect([waitText(1), waitText(6), waitText(60), waitText(61), waitText(3600), waitText(3 * 3600 + 125)]).toEqual([
      "1 seconde",
      "6 seconden",
      "1 minuut",
      "2 minuten",
      "1 uur",
      "3 uur en 3 minuten",
    ]);
  });
});

describe("live streams", () => {
  it("a stream needs a ticket: one use, 30 seconds, only for its own role; tokens in the URL do not work", async () => {
    const w = workshop();
    const { code, trainerToken } = await w.start();
    const p = await w.join(code);
    const t = (await w.call("/api/oefening/trainer/ticket", { token: trainerToken, method: "POST" })).json.ticket as string;
    expect(t).toMatch(/^[\w-]{32}$/);
    expect((await w.app.request(`/api/oefening/s/${code}/events?ticket=${t}`)).status).toBe(403);
    // the wrong-role try used it up
    expect((await w.app.request(`/api/oefening/trainer/events?ticket=${t}`)).status).toBe(403);
    const fresh = (await w.call("/api/oefening/trainer/ticket", { token: trainerToken, method: "POST" })).json.ticket as string;
    const stream = sse(await w.app.request(`/api/oefening/trainer/events?ticket=${fresh}`));
    expect((await stream.next()).event).toBe("state");
    expect((await w.app.request(`/api/oefening/trainer/events?ticket=${fresh}`)).status).toBe(403);
    const late = (await w.call(`/api/oefening/s/${code}/ticket`, { token: p.participantToken, method: "POST" })).json.ticket as string;
    w.advance(TICKET_TTL_MS);
    expect((await w.app.request(`/api/oefening/s/${code}/events?ticket=${late}`)).status).toBe(403);
    expect((await w.app.request(`/api/oefening/s/${code}/events?token=${p.participantToken}`)).status).toBe(403);
    expect((await w.call(`/api/oefening/s/${code}/ticket`, { token: trainerToken, method: "POST" })).status).toBe(403);
    await stream.cancel();
  });

  it("per token the oldest stream makes room; per session and in total a new one is refused with 503", async () => {
    const w = workshop({ streamCaps: { perToken: 2, perSession: 4, total: 6 } });
    const { code, trainerToken } = await w.start();
    const first = sse(await w.trainerEvents(trainerToken));
    await first.next();
    const second = sse(await w.trainerEvents(trainerToken));
    await second.next();
    const third = sse(await w.trainerEvents(trainerToken));
    await third.next();
    expect((await first.next()).event).toBe("replaced");
    expect(w.store.byCode(code)!.listeners.size).toBe(2);

    const people = await Promise.all([1, 2, 3].map(() => w.join(code)));
    const a = sse(await w.participantEvents(code, people[0]!.participantToken));
    const b = sse(await w.participantEvents(code, people[1]!.participantToken));
    await a.next();
    await b.next();
    const refused = await w.participantEvents(code, people[2]!.participantToken);
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toBe("60");
    expect(((await refused.json()) as any).error.message).toBe(exerciseMessages.tooManyStreams);

    const other = await w.start("elsewhere");
    const o1 = sse(await w.trainerEvents(other.trainerToken));
    await o1.next();
    const o2 = sse(await w.trainerEvents(other.trainerToken));
    await o2.next();
    // 6 streams open in total: the next one is refused even in a quiet session
    const third2 = await w.start("third");
    expect((await w.trainerEvents(third2.trainerToken)).status).toBe(503);
    for (const s of [second, third, a, b, o1, o2]) await s.cancel();
  });
});

describe("removing a participant", () => {
  it("the trainer removes a participant: the token stops working at once and the stream ends", async () => {
    const w = workshop();
    const { code, trainerToken } = await w.start();
    const anna = await w.join(code, "Anna");
    const bram = await w.join(code, "Bram");
    const trainer = sse(await w.trainerEvents(trainerToken));
    const state = JSON.parse((await trainer.next()).data);
    const annaId = state.participants.find((p: { name: string }) => p.name === "Anna").id as string;
    const stream = sse(await w.participantEvents(code, anna.participantToken));
    await stream.next();

    const res = await w.call("/api/oefening/trainer/remove", { token: trainerToken, body: { participantId: annaId } });
    expect(res.status).toBe(200);
    expect(res.json.participants.map((p: { name: string }) => p.name)).toEqual(["Bram"]);
    expect((await stream.next()).event).toBe("removed");
    for (const path of [`/api/oefening/s/${code}/state`, `/api/oefening/s/${code}/letter`]) {
      expect((await w.call(path, { token: anna.participantToken })).status).toBe(403);
    }
    expect((await w.call(`/api/oefening/s/${code}/answers`, { token: anna.participantToken, body: { index: 0, text: "maar" } })).status).toBe(403);
    expect((await w.call(`/api/oefening/s/${code}/ticket`, { token: anna.participantToken, method: "POST" })).status).toBe(403);
    expect((await w.call(`/api/oefening/s/${code}/state`, { token: bram.participantToken })).status).toBe(200);
    const patch = JSON.parse((await trainer.next()).data);
    expect(patch.removed).toEqual([annaId]);
    // only the trainer may remove
    expect((await w.call("/api/oefening/trainer/remove", { token: bram.participantToken, body: { participantId: annaId } })).status).toBe(403);
    await trainer.cancel();
  });
});

describe("nicknames", () => {
  it("loses control characters and bidi overrides, isolates and marks; keeps letters, accents and emoji", () => {
    expect(cleanNickname("  Anna\u202e  de\tVries\u0000 ")).toBe("Anna de Vries");
    expect(cleanNickname("\u2066Bram\u2069\u200e\u200f\u061c\u202a\u202b\u202c\u202d")).toBe("Bram");
    expect(cleanNickname("Zoë 👩‍🏫")).toBe("Zoë 👩‍🏫");
    expect(cleanNickname("\u202e\u2067")).toBe("");
    expect(cleanNickname("😀".repeat(50))).toBe("😀".repeat(40));
    expect(cleanNickname("e\u0301mile")).toBe("émile");
  });

  it("a spoofing nickname reaches the trainer clean; an empty one becomes 'Deelnemer n'", async () => {
    const w = workshop();
    const { code, trainerToken } = await w.start();
    await w.join(code, "\u202eannA\u202c\u0007");
    await w.join(code, "\u2067\u2069");
    const names = (await w.call("/api/oefening/trainer/state", { token: trainerToken })).json.participants.map((p: { name: string }) => p.name);
    expect(names).toEqual(["annA", "Deelnemer 2"]);
  });
});

describe("trainer live updates", () => {
  it("send only the changed participant's row, gathered, with the version it applies to", async () => {
    const w = workshop({ trainerBatchMs: 30 });
    const { code, trainerToken } = await w.start();
    const people = [];
    for (let i = 0; i < 10; i++) people.push(await w.join(code, `P${i}`));
    const trainer = sse(await w.trainerEvents(trainerToken));
    const full = await trainer.next();
    const view = JSON.parse(full.data);
    expect(view.participants).toHaveLength(10);
    // three answers by one person in a row: one patch with that person's row only
    for (const index of [0, 1, 2]) await w.call(`/api/oefening/s/${code}/answers`, { token: people[3]!.participantToken, body: { index, text: "fiets" } });
    const patch = await trainer.next();
    expect(patch.event).toBe("patch");
    const body = JSON.parse(patch.data);
    expect(body.base).toBe(view.version);
    expect(body.version).toBe(view.version + 3);
    expect(body.participants.map((p: { name: string }) => p.name)).toEqual(["P3"]);
    expect(body.participants[0].answered).toBe(3);
    expect(body.session).toBeUndefined();
    expect(patch.data.length).toBeLessThan(full.data.length / 4);
    await trainer.cancel();
  });

  it("participant streams get nothing when others join or answer, and their own view on the reveal", async () => {
    const w = workshop();
    const { code, trainerToken } = await w.start();
    const anna = await w.join(code, "Anna");
    const stream = sse(await w.participantEvents(code, anna.participantToken));
    await stream.next();
    const bram = await w.join(code, "Bram");
    await w.call(`/api/oefening/s/${code}/answers`, { token: bram.participantToken, body: { index: 0, text: "maar" } });
    await w.call("/api/oefening/trainer/reveal", { token: trainerToken, method: "POST" });
    const next = await stream.next();
    expect(next.event).toBe("state");
    const state = JSON.parse(next.data);
    expect(state.revealed).toBe(true);
    expect(state.name).toBe("Anna");
    expect(next.data).not.toContain("Bram");
    await stream.cancel();
  });
});

describe("what the server keeps", () => {
  it("a submitted letter is kept once, with a small score summary and no highlights", async () => {
    const w = workshop();
    const { code, trainerToken } = await w.start();
    const p = await w.join(code);
    const text = "Wij hebben uw brief ontvangen. U moet nog € 2.550 betalen. Indien u niet betaalt, volgt een sanctie.";
    const res = await w.call(`/api/oefening/s/${code}/letter`, { token: p.participantToken, body: { text } });
    expect(res.json.score.rewrite.highlights.length).toBeGreaterThan(0);
    const kept = w.store.participant(w.store.byCode(code)!, p.participantToken)!.letter!;
    expect(Object.keys(kept).sort()).toEqual(["at", "summary", "text"]);
    expect(kept.text).toBe(text);
    expect(Object.keys(kept.summary).sort()).toEqual(["b1", "hardWords", "longSentences", "lostFacts", "originalScore", "passiveSentences", "score"]);
    expect(kept.summary.score).toBe(res.json.score.rewrite.score);
    expect(JSON.stringify(kept)).not.toMatch(/highlights|"start"/);
    // the participant's page gets the full score again when it opens part 2
    const mine = (await w.call(`/api/oefening/s/${code}/letter`, { token: p.participantToken })).json.mine;
    expect(mine.score).toEqual(res.json.score);
    // the trainer's view has the summary; the highlights only for the letter on the big screen
    const view = (await w.call("/api/oefening/trainer/state", { token: trainerToken })).json;
    expect(JSON.stringify(view)).not.toContain("highlights");
    const shown = (await w.call("/api/oefening/trainer/spotlight", { token: trainerToken, body: { participantId: view.participants[0].id } })).json;
    expect(shown.spotlight.score.rewrite.highlights).toEqual(res.json.score.rewrite.highlights);
  });
});

describe("before the reveal: plain or not plain, never on or off the list", () => {
  it("every answer on the trainer's list gets the same judgement as a plain word that is not on it", async () => {
    const w = workshop();
    const { code, trainerToken } = await w.start();
    const p = await w.join(code);
    const seen = new Set<string>();
    for (const [index, word] of OEFENING2_WORDS.entries()) {
      for (const text of [...word.answers, "fiets", `${word.answers[0]!}x`]) {
        const res = await w.call(`/api/oefening/s/${code}/answers`, { token: p.participantToken, body: { index, text } });
        expect(res.json.verdict, `${word.word} → ${text}`).not.toBe("accepted");
        expect(res.json).not.toHaveProperty("typo");
        expect([feedback.accepted, feedback.acceptedTypo, feedback.plain]).not.toContain(res.json.message);
        seen.add(`${res.json.verdict}: ${res.json.message}`);
      }
    }
    // the participant sees only list-free judgements: plain, or hard (Helder's own check)
    expect([...seen].sort()).toEqual([`plain: ${feedback.openPlain}`, `rejected: ${feedback.hard}`].filter((s) => seen.has(s)).sort());
    expect(seen.has(`plain: ${feedback.openPlain}`)).toBe(true);
    // the trainer sees the full judgement, and after the reveal the participant does too
    const row = (await w.call("/api/oefening/trainer/state", { token: trainerToken })).json.participants[0];
    expect(row.answers[0]).toEqual({ text: "tochx", verdict: "accepted" });
    await w.call(`/api/oefening/s/${code}/answers`, { token: p.participantToken, body: { index: 0, text: "maar" } });
    expect((await w.call("/api/oefening/trainer/state", { token: trainerToken })).json.participants[0].answers[0].verdict).toBe("accepted");
    await w.call("/api/oefening/trainer/reveal", { token: trainerToken, method: "POST" });
    expect((await w.call(`/api/oefening/s/${code}/state`, { token: p.participantToken })).json.answers[0]).toMatchObject({ verdict: "accepted", message: feedback.accepted });
  });
});
