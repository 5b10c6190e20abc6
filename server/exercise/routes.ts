// The workshop "Oefening 2: B1 niveau": pages (/oefening …), a JSON API (/api/oefening/…) and live
// updates with server-sent events. Sessions live only in memory (sessions.ts).
//
// Trainer: POST /api/oefening/sessions → { code, trainerToken }. The trainer page gets the token in the
// link's #fragment (never sent to the server in a page request) and sends it as "Authorization: Bearer".
// Participant: POST /api/oefening/join { code, nickname? } → { participantToken, state }; later calls go to
// /api/oefening/s/:code/… with the participant token in the same header. Tokens are never read from the
// URL. EventSource cannot send headers: the page first gets a ticket (POST …/ticket, one use, 30 seconds)
// and opens …/events?ticket=….
// Every POST must be JSON (Content-Type: application/json): a form or a no-cors fetch from another site
// cannot send that, so it cannot start sessions or join in the trainer's name.
import { Hono, type Context, type MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { streamSSE } from "hono/streaming";
import { z } from "zod";
import type { Checker } from "../../engine/index.ts";
import { ApiError, errorBody } from "../errors.ts";
import { checkAnswer, MAX_ANSWER_LENGTH, openJudgement } from "./answer-check.ts";
import { remoteAddressKey, type ClientKey } from "./client-key.ts";
import { joinInfo } from "./join-info.ts";
import { MAX_LETTER_LENGTH, scoreLetter, summarizeLetter, type LetterScore } from "./letter-score.ts";
import { REFLECTION_QUESTIONS } from "./oefening2.ts";
import { exercisePages } from "./pages.ts";
import { RateLimiter, WORKSHOP_RATES, type RateRule, type WorkshopRate } from "./rate-limit.ts";
import { SessionLimitError, SessionStore, type CloseReason, type Participant, type Session, type SessionChange, type SessionListener } from "./sessions.ts";
import { STREAM_CAPS, StreamRegistry, type StreamCaps } from "./stream-limits.ts";
import { TicketStore } from "./tickets.ts";
import { participantView, TrainerChanges, trainerView, type TrainerSpotlight } from "./views.ts";
import { waitText } from "./wait-text.ts";

export const exerciseMessages = {
  unknownCode: "Deze code kennen we niet. Kijk of u de code goed heeft overgenomen. Of vraag de trainer om de code.",
  notParticipant: "U doet niet (meer) mee aan deze sessie. Doe opnieuw mee met de code.",
  notTrainer: "Deze trainerlink werkt niet. Misschien is de sessie voorbij. Start een nieuwe sessie.",
  full: "Er doen al te veel mensen mee aan deze sessie.",
  fullFromHere: "Vanaf dit netwerk doen al veel mensen mee aan deze sessie. Meer kan niet. Vraag de trainer om hulp.",
  busy: "Er lopen nu te veel sessies op deze server. Uiterlijk over {tijd} stopt er een. Probeer het daarna nog een keer.",
  busyHere: "Vanaf dit netwerk lopen al veel sessies. Stop eerst een sessie die u niet meer gebruikt. Of wacht: uiterlijk over {tijd} stopt er een.",
  tooManyRequests: "U stuurt te veel vragen kort na elkaar. Wacht {tijd} en probeer het dan opnieuw.",
  tooManyWrongCodes: "U heeft te vaak een code ingevuld die niet bestaat. Wacht {tijd}. Kijk dan goed naar de code en probeer het opnieuw.",
  tooManyStreams: "Er zijn te veel pagina's tegelijk open. Sluit pagina's die u niet gebruikt. Laad de pagina daarna opnieuw.",
  notJson: "De vraag is geen JSON. Laad de pagina opnieuw en probeer het nog een keer.",
  badTicket: "De verbinding is verlopen. Laad de pagina opnieuw.",
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
const removeBody = z.strictObject({ participantId: z.string().max(40) });

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

/** The token from "Authorization: Bearer …" only: a token in a URL ends up in logs and histories. */
function bearer(c: Context): string {
  const match = /^Bearer ([\w-]{1,100})$/.exec(c.req.header("authorization") ?? "");
  return match?.[1] ?? "";
}

/** application/json, with or without parameters such as charset; not application/json-patch+json. */
export function isJsonContentType(value: string | undefined): boolean {
  return /^application\/json\s*(;|$)/i.test(value?.trim() ?? "");
}

function refuse(c: Context, status: 429 | 503, code: string, message: string, retryAfterSeconds: number) {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  c.header("Retry-After", String(seconds));
  return c.json(errorBody(code, message.replace("{tijd}", waitText(seconds))), status);
}

export interface ExerciseRoutesOptions {
  store?: SessionStore;
  /** Scores a rewrite against the letter; the server runs it in a check worker (a 20K letter takes up to 0.3 s). */
  scoreLetter?: (original: string, rewrite: string) => Promise<LetterScore>;
  /** Milliseconds to gather changes before a participant's live update is sent (default 25). */
  batchMs?: number;
  /** At most one live update to the trainer per this many milliseconds (default 250). */
  trainerBatchMs?: number;
  /** Keep-alive comment on live connections (default 25 s). */
  pingMs?: number;
  /** Serve the pages and their scripts (default true). */
  pages?: boolean;
  /** The address participants use, e.g. http://192.168.1.20:3000 in LAN mode; default: the trainer's own address. */
  publicBase?: string;
  /** Which client a request comes from, for the limits per client (default: the remote address). */
  clientKey?: ClientKey;
  /** Limits per client (default WORKSHOP_RATES). */
  rates?: Partial<Record<WorkshopRate, RateRule>>;
  /** Caps on live streams (default STREAM_CAPS). */
  streamCaps?: StreamCaps;
}

/** Every workshop of this process, for a graceful shutdown; weakly held, so an app that is gone (tests) is not kept. */
const running = new Set<WeakRef<SessionStore>>();

/** Ends every workshop session of this process: live streams get their "ended" event and close. For SIGTERM. */
export function shutdownExercise(): void {
  for (const ref of running) {
    const store = ref.deref();
    if (!store) {
      running.delete(ref);
      continue;
    }
    store.stop();
    store.endAll();
  }
}

export function exerciseRoutes(checker: Checker, options: ExerciseRoutesOptions = {}): Hono {
  const store = options.store ?? new SessionStore();
  const score = options.scoreLetter ?? (async (original: string, rewrite: string) => scoreLetter(checker, original, rewrite));
  if (!options.store) store.startCleanup();
  running.add(new WeakRef(store));
  const batchMs = options.batchMs ?? 25;
  const trainerBatchMs = options.trainerBatchMs ?? 250;
  const pingMs = options.pingMs ?? 25_000;
  const clientKey = options.clientKey ?? remoteAddressKey;
  const limiters = Object.fromEntries(
    Object.entries(WORKSHOP_RATES).map(([name, rule]) => [name, new RateLimiter(options.rates?.[name as WorkshopRate] ?? rule, store.now)]),
  ) as Record<WorkshopRate, RateLimiter>;
  const streams = new StreamRegistry(options.streamCaps ?? STREAM_CAPS);
  const tickets = new TicketStore(store.now);
  // the full score of the rewrite on the big screen: one per session, made when the trainer picks it
  const spotlights = new WeakMap<Session, TrainerSpotlight>();
  const app = new Hono();

  const rateLimit =
    (name: WorkshopRate): MiddlewareHandler =>
    async (c, next) => {
      const wait = limiters[name].take(clientKey(c));
      if (wait > 0) return refuse(c, 429, "too_many_requests", exerciseMessages.tooManyRequests, wait);
      await next();
    };

  app.use("/api/oefening/*", async (c, next) => {
    if (c.req.method === "POST" && !isJsonContentType(c.req.header("content-type"))) {
      return c.json(errorBody("unsupported_media_type", exerciseMessages.notJson), 415);
    }
    await next();
  });

  const trainerSession = (c: Context): Session => {
    const session = store.byTrainerToken(bearer(c));
    if (!session) throw new ApiError(403, "not_trainer", exerciseMessages.notTrainer);
    store.touch(session);
    return session;
  };
  const participantOf = (c: Context): { session: Session; participant: Participant } => {
    const session = store.byCode(c.req.param("code") ?? "");
    if (!session) throw new ApiError(404, "unknown_code", exerciseMessages.unknownCode);
    const participant = store.participant(session, bearer(c));
    if (!participant) throw new ApiError(403, "not_participant", exerciseMessages.notParticipant);
    store.touch(session);
    return { session, participant };
  };

  const spotlightOf = (session: Session): TrainerSpotlight | null => {
    const current = spotlights.get(session);
    return current && current.participantId === session.spotlight ? current : null;
  };
  const setSpotlight = async (session: Session, participant: Participant | undefined) => {
    if (!participant?.letter) {
      session.spotlight = undefined;
      spotlights.delete(session);
      return;
    }
    session.spotlight = participant.id;
    const { text } = participant.letter;
    spotlights.set(session, { participantId: participant.id, text, score: await score(session.letter.text, text) });
  };
  const fullTrainerView = (session: Session) => trainerView(session, spotlightOf(session));

  const limit = (maxSize: number) =>
    bodyLimit({ maxSize, onError: (c) => c.json(errorBody("payload_too_large", exerciseMessages.tooLong), 413) });

  const live = (c: Context, session: Session, role: SessionListener["role"], token: string, participant?: Participant) => {
    let closeReason: CloseReason | undefined;
    let finish = () => {};
    let changed = () => {};
    const ended = new Promise<void>((resolve) => (finish = resolve));
    const changes = role === "trainer" ? new TrainerChanges(session.version) : undefined;
    const listener: SessionListener = {
      role,
      ...(role === "participant" ? { participantToken: token } : {}),
      notify(change: SessionChange) {
        changes?.add(change);
        changed();
      },
      close(reason: CloseReason = "ended") {
        closeReason ??= reason;
        finish();
      },
    };
    const admitted = streams.admit(session, token, listener);
    if (!admitted.ok) {
      return refuse(c, 503, admitted.full === "total" ? "too_many_streams" : "session_streams_full", exerciseMessages.tooManyStreams, 60);
    }
    return streamSSE(c, async (stream) => {
      let closed = false;
      let timer: ReturnType<typeof setTimeout> | undefined;
      let sending = false;
      const send = async () => {
        timer = undefined;
        if (closed) return;
        if (sending) {
          schedule();
          return;
        }
        sending = true;
        try {
          if (changes) {
            if (!changes.empty) await stream.writeSSE({ event: "patch", data: JSON.stringify(changes.take(session, () => spotlightOf(session))) });
          } else if (participant) await stream.writeSSE({ event: "state", data: JSON.stringify(participantView(session, participant)) });
        } finally {
          sending = false;
        }
      };
      const schedule = () => {
        if (timer || closed) return;
        timer = setTimeout(() => void send().catch(() => finish()), changes ? trainerBatchMs : batchMs);
      };
      changed = schedule;
      const unsubscribe = store.subscribe(session, listener);
      const ping = setInterval(() => void stream.write(": ping\n\n").catch(() => finish()), pingMs);
      stream.onAbort(() => finish());
      try {
        await stream.writeSSE({
          event: "state",
          data: JSON.stringify(changes ? fullTrainerView(session) : participantView(session, participant!)),
        });
        await ended;
        if (closeReason) await stream.writeSSE({ event: closeReason, data: "{}" }).catch(() => {});
      } finally {
        closed = true;
        if (timer) clearTimeout(timer);
        clearInterval(ping);
        unsubscribe();
        admitted.release();
      }
    });
  };

  const ticketFor = (c: Context, session: Session, role: "trainer" | "participant", token: string) =>
    c.json({ ticket: tickets.issue({ code: session.code, role, token }) }, 201);

  /** The stream's holder from its ?ticket=; a used, old or wrong ticket is refused. */
  const redeem = (c: Context, role: "trainer" | "participant") => {
    const holder = tickets.redeem(c.req.query("ticket") ?? "");
    if (!holder || holder.role !== role) throw new ApiError(403, "bad_ticket", exerciseMessages.badTicket);
    return holder;
  };

  // ---- trainer
  app.post("/api/oefening/sessions", rateLimit("sessions"), limit(128 * 1024), async (c) => {
    const body = await readJson(c, newSessionBody);
    try {
      const session = store.create(
        {
          ...(body.words ? { words: body.words } : {}),
          ...(body.letter ? { letter: { title: body.letter.title || "Uw eigen brief", text: body.letter.text } } : {}),
        },
        clientKey(c),
      );
      return c.json({ code: session.code, trainerToken: session.trainerToken, expiresAt: session.expiresAt }, 201);
    } catch (error) {
      if (!(error instanceof SessionLimitError)) throw error;
      const now = store.now();
      const freeIn = ((error.freeAt ?? now + 60_000) - now) / 1000;
      const retry = ((error.maybeFreeAt ?? error.freeAt ?? now + 60_000) - now) / 1000;
      if (error.limit === "client-sessions") return refuse(c, 429, "too_many_sessions_here", exerciseMessages.busyHere.replace("{tijd}", waitText(freeIn)), retry);
      return refuse(c, 503, "too_many_sessions", exerciseMessages.busy.replace("{tijd}", waitText(freeIn)), retry);
    }
  });
  app.get("/api/oefening/trainer/state", (c) => c.json(fullTrainerView(trainerSession(c))));
  app.get("/api/oefening/trainer/join", async (c) => {
    const session = trainerSession(c);
    return c.json(await joinInfo(options.publicBase ?? new URL(c.req.url).origin, session.code));
  });
  app.post("/api/oefening/trainer/ticket", rateLimit("tickets"), (c) => {
    const session = trainerSession(c);
    return ticketFor(c, session, "trainer", session.trainerToken);
  });
  app.get("/api/oefening/trainer/events", (c) => {
    const holder = redeem(c, "trainer");
    const session = store.byTrainerToken(holder.token);
    if (!session) throw new ApiError(403, "not_trainer", exerciseMessages.notTrainer);
    return live(c, session, "trainer", holder.token);
  });
  app.post("/api/oefening/trainer/reveal", (c) => {
    const session = trainerSession(c);
    session.revealed = true;
    store.publish(session, "all");
    return c.json(fullTrainerView(session));
  });
  app.post("/api/oefening/trainer/spotlight", limit(4 * 1024), async (c) => {
    const session = trainerSession(c);
    const { participantId } = await readJson(c, spotlightBody);
    await setSpotlight(session, participantId ? [...session.participants.values()].find((p) => p.id === participantId) : undefined);
    store.publish(session, "trainer");
    return c.json(fullTrainerView(session));
  });
  app.post("/api/oefening/trainer/remove", limit(4 * 1024), async (c) => {
    const session = trainerSession(c);
    const { participantId } = await readJson(c, removeBody);
    if (store.remove(session, participantId)) store.publish(session, "trainer", { removedId: participantId });
    return c.json(fullTrainerView(session));
  });
  app.post("/api/oefening/trainer/end", (c) => {
    store.end(trainerSession(c));
    return c.json({ ended: true });
  });

  // ---- participants
  app.post("/api/oefening/join", rateLimit("joins"), limit(4 * 1024), async (c) => {
    const client = clientKey(c);
    const wrongCodes = limiters.failedJoins.peek(client);
    if (wrongCodes > 0) return refuse(c, 429, "too_many_wrong_codes", exerciseMessages.tooManyWrongCodes, wrongCodes);
    const { code, nickname } = await readJson(c, joinBody);
    const session = store.byCode(code);
    if (!session) {
      limiters.failedJoins.take(client);
      throw new ApiError(404, "unknown_code", exerciseMessages.unknownCode);
    }
    let participant: Participant;
    try {
      participant = store.join(session, nickname ?? "", client);
    } catch (error) {
      if (!(error instanceof SessionLimitError)) throw error;
      throw new ApiError(409, "session_full", error.limit === "client-participants" ? exerciseMessages.fullFromHere : exerciseMessages.full);
    }
    store.touch(session);
    store.publish(session, "trainer", { participantId: participant.id });
    return c.json({ participantToken: participant.token, state: participantView(session, participant) }, 201);
  });
  app.get("/api/oefening/s/:code/state", (c) => {
    const { session, participant } = participantOf(c);
    return c.json(participantView(session, participant));
  });
  app.post("/api/oefening/s/:code/ticket", rateLimit("tickets"), (c) => {
    const { session, participant } = participantOf(c);
    return ticketFor(c, session, "participant", participant.token);
  });
  app.get("/api/oefening/s/:code/events", (c) => {
    const holder = redeem(c, "participant");
    const session = store.byCode(c.req.param("code"));
    const participant = session && holder.code === session.code ? store.participant(session, holder.token) : undefined;
    if (!session || !participant) throw new ApiError(403, "not_participant", exerciseMessages.notParticipant);
    return live(c, session, "participant", participant.token, participant);
  });
  app.post("/api/oefening/s/:code/answers", rateLimit("answers"), limit(8 * 1024), async (c) => {
    const { session, participant } = participantOf(c);
    const { index, text } = await readJson(c, answerBody);
    const item = session.words[index];
    if (!item) throw new ApiError(400, "invalid_request", exerciseMessages.badRequest);
    const result = checkAnswer(checker, item, text);
    const open = openJudgement(checker, item, text);
    participant.answers[index] = { text: text.trim().slice(0, MAX_ANSWER_LENGTH), result, open, at: store.now() };
    store.publish(session, "trainer", { participantId: participant.id });
    const state = participantView(session, participant);
    return c.json({ index, ...state.answers[index]!, state });
  });
  app.get("/api/oefening/s/:code/letter", rateLimit("letters"), async (c) => {
    const { session, participant } = participantOf(c);
    const mine = participant.letter;
    return c.json({
      title: session.letter.title,
      text: session.letter.text,
      reflection: REFLECTION_QUESTIONS,
      mine: mine ? { text: mine.text, score: await score(session.letter.text, mine.text) } : null,
    });
  });
  app.post("/api/oefening/s/:code/letter", rateLimit("letters"), limit(128 * 1024), async (c) => {
    const { session, participant } = participantOf(c);
    const { text } = await readJson(c, letterBody);
    if (text.trim() === "") throw new ApiError(400, "empty_text", exerciseMessages.emptyLetter);
    if (text.length > MAX_LETTER_LENGTH) throw new ApiError(413, "payload_too_large", exerciseMessages.tooLong);
    const result = await score(session.letter.text, text);
    const first = ![...session.participants.values()].some((p) => p.letter);
    participant.letter = { text, summary: summarizeLetter(result), at: store.now() };
    const onScreen = session.spotlight === participant.id;
    if (onScreen) spotlights.set(session, { participantId: participant.id, text, score: result });
    store.publish(session, "trainer", { participantId: participant.id, session: first || onScreen });
    return c.json({ score: result });
  });

  if (options.pages !== false) app.route("/", exercisePages());
  return app;
}
