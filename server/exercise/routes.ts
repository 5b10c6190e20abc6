// The workshop "Oefening 2: B1 niveau": pages (/oefening …), a JSON API (/api/oefening/…) and live
// updates with server-sent events. Sessions live only in memory (sessions.ts).
//
// Trainer: POST /api/oefening/sessions → { code, trainerToken }. The trainer page gets the token in the
// link's #fragment (never sent to the server in a page request) and sends it as "Authorization: Bearer".
// Participant: POST /api/oefening/join { code, nickname? } → { participantToken, state }; later calls go to
// /api/oefening/s/:code/… with the participant token. EventSource cannot send headers: the events
// endpoints take the token as ?token=.
import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { streamSSE } from "hono/streaming";
import { z } from "zod";
import type { Checker } from "../../engine/index.ts";
import { ApiError, errorBody } from "../errors.ts";
import { checkAnswer, MAX_ANSWER_LENGTH } from "./answer-check.ts";
import { exercisePages } from "./pages.ts";
import { MAX_LETTER_LENGTH, scoreLetter } from "./letter-score.ts";
import { REFLECTION_QUESTIONS } from "./oefening2.ts";
import { MAX_NICKNAME_LENGTH, SessionLimitError, SessionStore, type Participant, type Session, type SessionListener } from "./sessions.ts";
import { participantView, trainerView } from "./views.ts";
import { joinInfo } from "./join-info.ts";

export const exerciseMessages = {
  unknownCode: "Deze code kennen we niet. Kijk of u de code goed heeft overgenomen. Of vraag de trainer om de code.",
  notParticipant: "U doet niet (meer) mee aan deze sessie. Doe opnieuw mee met de code.",
  notTrainer: "Deze trainerlink werkt niet. Misschien is de sessie voorbij. Start een nieuwe sessie.",
  full: "Er doen al te veel mensen mee aan deze sessie.",
  busy: "Er lopen nu te veel sessies. Probeer het over een paar minuten nog een keer.",
  badRequest: "De vraag klopt niet. Laad de pagina opnieuw en probeer het nog een keer.",
  tooLong: "De tekst is te lang. Maak hem korter.",
  emptyLetter: "Uw tekst is leeg. Schrijf eerst uw eigen versie van de brief.",
} as const;

const wordList = z
  .array(
    z.strictObject({
      word: z.string().trim().min(1).max(60),
      answers: z.array(z.string().trim().min(1).max(MAX_ANSWER_LENGTH)).min(1).max(10),
    }),
  )
  .min(1)
  .max(30);

const newSessionBody = z.strictObject({
  words: wordList.optional(),
  letter: z.strictObject({ title: z.string().trim().max(100).optional(), text: z.string().min(1).max(MAX_LETTER_LENGTH) }).optional(),
});
const joinBody = z.strictObject({ code: z.string().max(20), nickname: z.string().max(200).optional() });
const answerBody = z.strictObject({ index: z.number().int().min(0).max(29), text: z.string().max(1000) });
const letterBody = z.strictObject({ text: z.string().max(MAX_LETTER_LENGTH * 2) });
const spotlightBody = z.strictObject({ participantId: z.string().max(40).nullable() });

async function readJson<T>(c: Context, schema: z.ZodType<T>): Promise<T> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new ApiError(400, "bad_json", exerciseMessages.badRequest);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ApiError(400, "invalid_request", exerciseMessages.badRequest);
  return parsed.data;
}

function bearer(c: Context): string {
  const header = c.req.header("authorization") ?? "";
  const match = /^Bearer ([\w-]{1,100})$/.exec(header);
  return match?.[1] ?? c.req.query("token") ?? "";
}

export interface ExerciseRoutesOptions {
  store?: SessionStore;
  /** Milliseconds to gather changes before a live update is sent (default 25). */
  batchMs?: number;
  /** Keep-alive comment on live connections (default 25 s). */
  pingMs?: number;
  /** Serve the pages and their scripts (default true). */
  pages?: boolean;
  /** The address participants use, e.g. http://192.168.1.20:3000 in LAN mode; default: the trainer's own address. */
  publicBase?: string;
}

export function exerciseRoutes(checker: Checker, options: ExerciseRoutesOptions = {}): Hono {
  const store = options.store ?? new SessionStore();
  if (!options.store) store.startCleanup();
  const batchMs = options.batchMs ?? 25;
  const pingMs = options.pingMs ?? 25_000;
  const app = new Hono();

  const trainerSession = (c: Context): Session => {
    const session = store.byTrainerToken(bearer(c));
    if (!session) throw new ApiError(403, "not_trainer", exerciseMessages.notTrainer);
    return session;
  };
  const participantOf = (c: Context): { session: Session; participant: Participant } => {
    const session = store.byCode(c.req.param("code") ?? "");
    if (!session) throw new ApiError(404, "unknown_code", exerciseMessages.unknownCode);
    const participant = store.participant(session, bearer(c));
    if (!participant) throw new ApiError(403, "not_participant", exerciseMessages.notParticipant);
    return { session, participant };
  };

  const limit = (maxSize: number) =>
    bodyLimit({ maxSize, onError: (c) => c.json(errorBody("payload_too_large", exerciseMessages.tooLong), 413) });

  const live = (c: Context, session: Session, role: SessionListener["role"], view: () => unknown, participantToken?: string) =>
    streamSSE(c, async (stream) => {
      let pending = false;
      let closed = false;
      let finish = () => {};
      const ended = new Promise<void>((resolve) => (finish = resolve));
      const send = async () => {
        if (!closed) await stream.writeSSE({ event: "state", data: JSON.stringify(view()) });
      };
      const listener: SessionListener = {
        role,
        ...(participantToken ? { participantToken } : {}),
        notify() {
          if (pending || closed) return;
          pending = true;
          setTimeout(() => {
            pending = false;
            send().catch(() => finish());
          }, batchMs);
        },
        close() {
          stream
            .writeSSE({ event: "ended", data: "{}" })
            .catch(() => {})
            .finally(() => {
              closed = true;
              finish();
            });
        },
      };
      const unsubscribe = store.subscribe(session, listener);
      const ping = setInterval(() => void stream.write(": ping\n\n").catch(() => finish()), pingMs);
      stream.onAbort(() => {
        closed = true;
        finish();
      });
      try {
        await send();
        await ended;
      } finally {
        closed = true;
        clearInterval(ping);
        unsubscribe();
      }
    });

  // ---- trainer
  app.post("/api/oefening/sessions", limit(128 * 1024), async (c) => {
    const body = await readJson(c, newSessionBody);
    try {
      const session = store.create({
        ...(body.words ? { words: body.words } : {}),
        ...(body.letter ? { letter: { title: body.letter.title || "Uw eigen brief", text: body.letter.text } } : {}),
      });
      return c.json({ code: session.code, trainerToken: session.trainerToken, expiresAt: session.expiresAt }, 201);
    } catch (error) {
      if (error instanceof SessionLimitError) throw new ApiError(503, "too_many_sessions", exerciseMessages.busy);
      throw error;
    }
  });
  app.get("/api/oefening/trainer/state", (c) => c.json(trainerView(trainerSession(c))));
  app.get("/api/oefening/trainer/join", async (c) => {
    const session = trainerSession(c);
    return c.json(await joinInfo(options.publicBase ?? new URL(c.req.url).origin, session.code));
  });
  app.get("/api/oefening/trainer/events", (c) => {
    const session = trainerSession(c);
    return live(c, session, "trainer", () => trainerView(session));
  });
  app.post("/api/oefening/trainer/reveal", (c) => {
    const session = trainerSession(c);
    session.revealed = true;
    store.publish(session, "all");
    return c.json(trainerView(session));
  });
  app.post("/api/oefening/trainer/spotlight", async (c) => {
    const session = trainerSession(c);
    const { participantId } = await readJson(c, spotlightBody);
    const known = [...session.participants.values()].some((p) => p.id === participantId && p.letter);
    session.spotlight = known && participantId ? participantId : undefined;
    store.publish(session, "trainer");
    return c.json(trainerView(session));
  });
  app.post("/api/oefening/trainer/end", (c) => {
    store.end(trainerSession(c));
    return c.json({ ended: true });
  });

  // ---- participants
  app.post("/api/oefening/join", limit(4 * 1024), async (c) => {
    const { code, nickname } = await readJson(c, joinBody);
    const session = store.byCode(code);
    if (!session) throw new ApiError(404, "unknown_code", exerciseMessages.unknownCode);
    let participant: Participant;
    try {
      participant = store.join(session, (nickname ?? "").slice(0, MAX_NICKNAME_LENGTH));
    } catch (error) {
      if (error instanceof SessionLimitError) throw new ApiError(409, "session_full", exerciseMessages.full);
      throw error;
    }
    store.publish(session, "trainer");
    return c.json({ participantToken: participant.token, state: participantView(session, participant) }, 201);
  });
  app.get("/api/oefening/s/:code/state", (c) => {
    const { session, participant } = participantOf(c);
    return c.json(participantView(session, participant));
  });
  app.get("/api/oefening/s/:code/events", (c) => {
    const { session, participant } = participantOf(c);
    return live(c, session, "participant", () => participantView(session, participant), participant.token);
  });
  app.post("/api/oefening/s/:code/answers", limit(8 * 1024), async (c) => {
    const { session, participant } = participantOf(c);
    const { index, text } = await readJson(c, answerBody);
    const item = session.words[index];
    if (!item) throw new ApiError(400, "invalid_request", exerciseMessages.badRequest);
    const result = checkAnswer(checker, item, text);
    participant.answers[index] = { text: text.trim().slice(0, MAX_ANSWER_LENGTH), result, at: Date.now() };
    store.publish(session, "trainer");
    return c.json({ index, ...participantView(session, participant).answers[index]!, state: participantView(session, participant) });
  });
  app.get("/api/oefening/s/:code/letter", (c) => {
    const { session, participant } = participantOf(c);
    return c.json({
      title: session.letter.title,
      text: session.letter.text,
      reflection: REFLECTION_QUESTIONS,
      mine: participant.letter ? { text: participant.letter.text, score: participant.letter.score } : null,
    });
  });
  app.post("/api/oefening/s/:code/letter", limit(128 * 1024), async (c) => {
    const { session, participant } = participantOf(c);
    const { text } = await readJson(c, letterBody);
    if (text.trim() === "") throw new ApiError(400, "empty_text", exerciseMessages.emptyLetter);
    if (text.length > MAX_LETTER_LENGTH) throw new ApiError(413, "payload_too_large", exerciseMessages.tooLong);
    const score = scoreLetter(checker, session.letter.text, text);
    participant.letter = { text, score, at: Date.now() };
    store.publish(session, "trainer");
    return c.json({ score });
  });

  if (options.pages !== false) app.route("/", exercisePages());
  return app;
}
