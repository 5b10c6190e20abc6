// The workshop API through app.request: the trainer's answers stay off the wire until the reveal (HTTP
// responses and server-sent events to participants), the trainer link is secret, part 2 scores letters.
import { readFileSync } from "node:fs";
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { createApp } from "../server/app.ts";
import { defaultChecker } from "../server/default-checker.ts";
import { ApiError, errorBody } from "../server/errors.ts";
import { OEFENING2_WORDS } from "../server/exercise/oefening2.ts";
import { exerciseRoutes, shutdownExercise } from "../server/exercise/routes.ts";
import { SessionStore } from "../server/exercise/sessions.ts";

const letter = readFileSync(new URL("./fixtures/huurachterstand.txt", import.meta.url), "utf8");
const plainLetter = readFileSync(new URL("./fixtures/plain-b1-huur.txt", import.meta.url), "utf8");
const ALL_ANSWERS = OEFENING2_WORDS.flatMap((w) => w.answers);

const app = createApp();

async function call(path: string, options: { token?: string; body?: unknown; method?: string } = {}) {
  const method = options.method ?? (options.body !== undefined ? "POST" : "GET");
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (method === "POST") headers["content-type"] = "application/json";
  const res = await app.request(path, { method, headers, ...(method === "POST" ? { body: JSON.stringify(options.body ?? {}) } : {}) });
  const text = await res.text();
  return { status: res.status, text, json: JSON.parse(text) as any };
}

/** Opens a live stream the way the pages do: a one-use ticket first (token in the header), then ?ticket=. */
async function openEvents(ticketPath: string, eventsPath: string, token: string) {
  const ticket = await call(ticketPath, { token, method: "POST" });
  expect(ticket.status).toBe(201);
  return app.request(`${eventsPath}?ticket=${encodeURIComponent(ticket.json.ticket)}`);
}

/** Reads server-sent events from a streaming response, one at a time. */
function sse(res: Response) {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  return {
    async next(): Promise<{ event: string; data: string; raw: string }> {
      for (;;) {
        const end = buffer.indexOf("\n\n");
        if (end >= 0) {
          const raw = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (raw.startsWith(":")) continue;
          const event = /^event: (.*)$/m.exec(raw)?.[1] ?? "message";
          const data = raw.split("\n").filter((l) => l.startsWith("data: ")).map((l) => l.slice(6)).join("\n");
          return { event, data, raw };
        }
        const { value, done } = await reader.read();
        if (done) throw new Error("stream ended");
        buffer += decoder.decode(value, { stream: true });
      }
    },
    cancel: () => reader.cancel(),
  };
}

/** Answers of the trainer found in a payload, as whole words, leaving out what the participant typed. */
function leakedAnswers(payload: string, typed: string[]): string[] {
  const lower = payload.toLowerCase();
  return ALL_ANSWERS.filter((a) => !typed.includes(a) && new RegExp(`(^|[^\\p{L}])${a}($|[^\\p{L}])`, "u").test(lower));
}

async function startSession() {
  const res = await call("/api/oefening/sessions", { body: {} });
  expect(res.status).toBe(201);
  return res.json as { code: string; trainerToken: string };
}

async function join(code: string, nickname?: string) {
  const res = await call("/api/oefening/join", { body: { code, ...(nickname ? { nickname } : {}) } });
  expect(res.status).toBe(201);
  return { token: res.json.participantToken as string, text: res.text };
}

describe("part 1 on the wire", () => {
  it("no participant response or live event holds the trainer's answers before the reveal; after it, all do", async () => {
    const { code, trainerToken } = await startSession();
    const anna = await join(code.toLowerCase(), "Anna");
    const typed = ["maar"];
    const payloads: string[] = [anna.text];

    const events = await openEvents(`/api/oefening/s/${code}/ticket`, `/api/oefening/s/${code}/events`, anna.token);
    expect(events.headers.get("content-type")).toMatch(/^text\/event-stream/);
    const stream = sse(events);
    const first = await stream.next();
    expect(first.event).toBe("state");
    payloads.push(first.raw);

    // before the reveal an answer on the list and a plain one off the list get the same judgement
    const maar = await call(`/api/oefening/s/${code}/answers`, { token: anna.token, body: { index: 0, text: "maar" } });
    const fiets = await call(`/api/oefening/s/${code}/answers`, { token: anna.token, body: { index: 0, text: "fiets" } });
    expect(maar.json.verdict).toBe("plain");
    expect([fiets.json.verdict, fiets.json.message]).toEqual([maar.json.verdict, maar.json.message]);
    payloads.push(fiets.text);
    const echter = await call(`/api/oefening/s/${code}/answers`, { token: anna.token, body: { index: 0, text: "echter" } });
    expect(echter.json.verdict).toBe("rejected");
    // a wrong or plain answer for every word: the feedback must not hint at the list either
    for (let index = 1; index < OEFENING2_WORDS.length; index++) {
      const res = await call(`/api/oefening/s/${code}/answers`, { token: anna.token, body: { index, text: index % 2 ? "fiets" : OEFENING2_WORDS[index]!.word } });
      expect(res.status).toBe(200);
      payloads.push(res.text);
    }
    payloads.push(maar.text, echter.text, (await call(`/api/oefening/s/${code}/state`, { token: anna.token })).text);
    // another participant joins: the trainer's view changes, the participant gets nothing new
    payloads.push((await join(code, "Bram")).text);

    for (const payload of payloads) {
      expect(leakedAnswers(payload, typed), payload.slice(0, 120)).toEqual([]);
      expect(payload).not.toContain('"answers":["');
    }
    // the trainer sees the answers and the responses, grouped per word
    const trainer = await call("/api/oefening/trainer/state", { token: trainerToken });
    expect(trainer.json.words[0].answers).toEqual(["toch", "maar", "alleen"]);
    expect(trainer.json.participants).toHaveLength(2);
    expect(trainer.json.participants[0]).toMatchObject({ name: "Anna", answered: 9 });
    expect(trainer.json.participants[0].answers[0]).toEqual({ text: "echter", verdict: "rejected" });
    await call(`/api/oefening/s/${code}/answers`, { token: anna.token, body: { index: 0, text: "maar" } });
    expect((await call("/api/oefening/trainer/state", { token: trainerToken })).json.participants[0].answers[0]).toEqual({ text: "maar", verdict: "accepted" });

    // reveal: the live event and the state now carry the answers
    expect((await call("/api/oefening/trainer/reveal", { token: trainerToken, method: "POST" })).status).toBe(200);
    let revealed = await stream.next();
    while (!revealed.data.includes('"revealed":true')) revealed = await stream.next();
    const state = JSON.parse(revealed.data);
    expect(state.words[1].answers).toEqual(["om in te kijken"]);
    expect(leakedAnswers(revealed.data, [])).toEqual(ALL_ANSWERS.filter((a, i) => ALL_ANSWERS.indexOf(a) === i));
    const after = (await call(`/api/oefening/s/${code}/state`, { token: anna.token })).json;
    expect(after.words[8].answers).toEqual(["moet nog gedaan worden"]);
    // after the reveal the participant sees the full judgement: on the trainer's list
    expect(after.answers[0]).toMatchObject({ text: "maar", verdict: "accepted" });
    await stream.cancel();
  });

  it("the letter for part 2 comes from its own endpoint, without the word list or its answers", async () => {
    const { code } = await startSession();
    const p = await join(code);
    const res = await call(`/api/oefening/s/${code}/letter`, { token: p.token });
    expect(res.json.text).toBe(letter);
    expect(Object.keys(res.json).sort()).toEqual(["mine", "reflection", "text", "title"]);
    const withoutLetter = res.text.replace(JSON.stringify(letter).slice(1, -1), "");
    expect(leakedAnswers(withoutLetter, [])).toEqual([]);
  });
});

describe("who may do what", () => {
  it("the trainer view opens only with the trainer token: not with the join code or a participant token", async () => {
    const { code, trainerToken } = await startSession();
    const p = await join(code);
    // one character off (a different last character, also when the token happens to end in "x")
    const almost = `${trainerToken.slice(0, -1)}${trainerToken.endsWith("x") ? "y" : "x"}`;
    for (const token of [code, p.token, "", almost]) {
      expect((await call("/api/oefening/trainer/state", { token })).status).toBe(403);
      expect((await call("/api/oefening/trainer/reveal", { token, method: "POST" })).status).toBe(403);
      expect((await call("/api/oefening/trainer/ticket", { token, method: "POST" })).status).toBe(403);
    }
    const ok = await call("/api/oefening/trainer/state", { token: trainerToken });
    expect(ok.status).toBe(200);
    expect(ok.json.revealed).toBe(false);
    // tokens count only in the Authorization header, never in the URL
    expect((await app.request(`/api/oefening/trainer/state?token=${trainerToken}`)).status).toBe(403);
    expect((await app.request(`/api/oefening/trainer/events?token=${trainerToken}`)).status).toBe(403);
    expect((await app.request(`/api/oefening/s/${code}/state?token=${p.token}`)).status).toBe(403);
  });

  it("a participant needs the right code and token; a wrong code gets a kind B1 message", async () => {
    const { code, trainerToken } = await startSession();
    const other = await startSession();
    const p = await join(code);
    expect((await call(`/api/oefening/s/${code}/state`)).status).toBe(403);
    expect((await call(`/api/oefening/s/${other.code}/state`, { token: p.token })).status).toBe(403);
    expect((await call(`/api/oefening/s/${code}/state`, { token: trainerToken })).status).toBe(403);
    const wrong = await call("/api/oefening/join", { body: { code: "XXXXXX" } });
    expect(wrong.status).toBe(404);
    expect(wrong.json.error.message).toMatch(/^Deze code kennen we niet/);
    expect((await call("/api/oefening/join", { body: { code, extra: 1 } })).status).toBe(400);
    expect((await call(`/api/oefening/s/${code}/answers`, { token: p.token, body: { index: 99, text: "maar" } })).status).toBe(400);
  });

  it("after the trainer stops the session, the code and links stop working and live streams end", async () => {
    const { code, trainerToken } = await startSession();
    const p = await join(code);
    const stream = sse(await openEvents(`/api/oefening/s/${code}/ticket`, `/api/oefening/s/${code}/events`, p.token));
    await stream.next();
    expect((await call("/api/oefening/trainer/end", { token: trainerToken, method: "POST" })).status).toBe(200);
    expect((await stream.next()).event).toBe("ended");
    expect((await call(`/api/oefening/s/${code}/state`, { token: p.token })).status).toBe(404);
    expect((await call("/api/oefening/trainer/state", { token: trainerToken })).status).toBe(403);
  });

  it("on a graceful shutdown (SIGTERM) every workshop ends: live streams get 'ended' and the code stops working", async () => {
    const { code } = await startSession();
    const p = await join(code);
    const stream = sse(await openEvents(`/api/oefening/s/${code}/ticket`, `/api/oefening/s/${code}/events`, p.token));
    await stream.next();
    shutdownExercise();
    expect((await stream.next()).event).toBe("ended");
    expect((await call(`/api/oefening/s/${code}/state`, { token: p.token })).status).toBe(404);
  });

  it("an expired session answers like an unknown one (injected clock)", async () => {
    let now = 0;
    const store = new SessionStore({ now: () => now, ttlMs: 1000 });
    const small = new Hono();
    small.onError((err, c) => (err instanceof ApiError ? c.json(errorBody(err.code, err.message), err.status) : c.json({}, 500)));
    small.route("/", exerciseRoutes(defaultChecker(), { store, pages: false }));
    const created = (await (await small.request("/api/oefening/sessions", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" })).json()) as { code: string };
    const joinIt = () => small.request("/api/oefening/join", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ code: created.code }) });
    expect((await joinIt()).status).toBe(201);
    now = 1000;
    expect((await joinIt()).status).toBe(404);
    expect(store.size).toBe(0);
  });
});

describe("part 2: the letter", () => {
  it("scores a B1 rewrite clearly better than the original pasted back, and says when € 2.550 is missing", async () => {
    const { code, trainerToken } = await startSession();
    const a = await join(code, "Anna");
    const b = await join(code, "Bram");
    const c = await join(code);
    const same = (await call(`/api/oefening/s/${code}/letter`, { token: a.token, body: { text: letter } })).json.score;
    const good = (await call(`/api/oefening/s/${code}/letter`, { token: b.token, body: { text: plainLetter } })).json.score;
    const dropped = (await call(`/api/oefening/s/${code}/letter`, { token: c.token, body: { text: plainLetter.replace("€ 2.550", "het geld") } })).json.score;

    expect(same.b1).toBe(false);
    expect(same.messages[0]).toMatch(/de brief zelf/);
    expect(same.rewrite.hardWords).toBeGreaterThan(10);
    expect(same.rewrite.longSentences).toBeGreaterThanOrEqual(4);
    expect(good.b1).toBe(true);
    expect(good.rewrite.score).toBeGreaterThanOrEqual(same.rewrite.score + 50);
    expect(good.rewrite.longSentences).toBe(0);
    expect(good.facts.lost.map((f: { text: string }) => f.text)).not.toContain("€ 2.550");

    expect(dropped.b1).toBe(false);
    expect(dropped.facts.lost.map((f: { text: string }) => f.text)).toContain("€ 2.550");
    expect(dropped.messages.join(" ")).toMatch(/€ 2\.550 staat niet meer in uw tekst/);
    expect(dropped.rewrite.score).toBeLessThan(good.rewrite.score);
    const changed = (await call(`/api/oefening/s/${code}/letter`, { token: c.token, body: { text: plainLetter.replace("€ 2.550", "€ 2.500") } })).json.score;
    expect(changed.b1).toBe(false);
    expect(changed.messages).toContain("Het bedrag € 2.550 is in uw tekst € 2.500 geworden. Kijk of dat klopt.");
    await call(`/api/oefening/s/${code}/letter`, { token: c.token, body: { text: plainLetter.replace("€ 2.550", "het geld") } });

    // the trainer sees every score, and can put one rewrite on the big screen without its name
    const trainer = (await call("/api/oefening/trainer/state", { token: trainerToken })).json;
    expect(trainer.participants.map((p: { name: string; letter: { b1: boolean } }) => [p.name, p.letter.b1])).toEqual([
      ["Anna", false],
      ["Bram", true],
      ["Deelnemer 3", false],
    ]);
    expect(trainer.letter.originalScore).toBe(same.original.score);
    const bram = trainer.participants[1].id;
    const shown = (await call("/api/oefening/trainer/spotlight", { token: trainerToken, body: { participantId: bram } })).json;
    expect(shown.spotlight.text).toBe(plainLetter);
    // the highlights are made again for the big screen: the same as the participant saw
    expect(shown.spotlight.score).toEqual(good);
    expect(JSON.stringify(shown.spotlight)).not.toContain("Bram");
  });

  it("refuses an empty rewrite with a B1 message", async () => {
    const { code } = await startSession();
    const p = await join(code);
    const res = await call(`/api/oefening/s/${code}/letter`, { token: p.token, body: { text: "  " } });
    expect(res.status).toBe(400);
    expect(res.json.error.message).toBe("Uw tekst is leeg. Schrijf eerst uw eigen versie van de brief.");
  });
});

describe("pages", () => {
  it("serves the start, trainer and participant pages with the strict CSP and no inline script", async () => {
    for (const path of ["/oefening", "/oefening/trainer", "/oefening/meedoen"]) {
      const res = await app.request(path);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-security-policy")).toContain("script-src 'self'");
      const html = await res.text();
      expect(html).toMatch(/<script type="module" src="\/oefening\/assets\/\w+\.js"><\/script>/);
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(html).toContain('lang="nl"');
    }
    const js = await app.request("/oefening/assets/participant.js");
    expect(js.headers.get("content-type")).toMatch(/javascript/);
    // the participant script holds no answer list
    const code = await js.text();
    for (const phrase of ["om in te kijken", "belasting achteraf", "moet nog gedaan worden", "laten weten", "schatting"]) expect(code).not.toContain(phrase);
  });
});
