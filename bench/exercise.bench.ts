// Workshop load: 200 sessions with 20 participants each (each session its own school address), all with a
// live stream open (participants and trainers), every participant answering the nine words; then the
// memory one submitted letter keeps. Prints latencies and memory; asserts nothing.
// Run: node --expose-gc --import tsx bench/exercise.bench.ts [sessions] [participants]
import { readFileSync } from "node:fs";
import { Hono } from "hono";
import { defaultChecker } from "../server/default-checker.ts";
import { ApiError, errorBody } from "../server/errors.ts";
import { OEFENING2_WORDS } from "../server/exercise/oefening2.ts";
import { exerciseRoutes } from "../server/exercise/routes.ts";

const SESSIONS = Number(process.argv[2] ?? 200);
const PARTICIPANTS = Number(process.argv[3] ?? 20);
const checker = defaultChecker();
const app = new Hono();
app.onError((err, c) => (err instanceof ApiError ? c.json(errorBody(err.code, err.message), err.status) : c.json({}, 500)));
// the client is the school: one address per session, as behind a school's NAT
app.route("/", exerciseRoutes(checker, { pages: false, clientKey: (c) => c.req.header("x-school") ?? "school" }));

async function post(path: string, body: unknown, token?: string, school = "school") {
  const headers: Record<string, string> = { "content-type": "application/json", "x-school": school };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await app.request(path, { method: "POST", headers, body: JSON.stringify(body) });
  return (await res.json()) as any;
}

let eventsReceived = 0;
let trainerEvents = 0;
let trainerBytes = 0;
const readers: Array<ReadableStreamDefaultReader<Uint8Array>> = [];
async function openStream(ticketPath: string, eventsPath: string, token: string, school: string, trainer = false) {
  const { ticket } = await post(ticketPath, {}, token, school);
  const res = await app.request(`${eventsPath}?ticket=${ticket}`);
  const reader = res.body!.getReader();
  readers.push(reader);
  const decoder = new TextDecoder();
  void (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      const count = (decoder.decode(value).match(/^event: /gm) ?? []).length;
      eventsReceived += count;
      if (trainer) {
        trainerEvents += count;
        trainerBytes += value!.byteLength;
      }
    }
  })();
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const gc = (globalThis as { gc?: () => void }).gc;
const heapUsed = () => {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
};

const heapBefore = heapUsed();
let t = performance.now();
const sessions: Array<{ code: string; trainerToken: string; school: string; participants: string[] }> = [];
for (let i = 0; i < SESSIONS; i++) {
  const school = `school ${i}`;
  sessions.push({ ...(await post("/api/oefening/sessions", {}, undefined, school)), school, participants: [] });
}
const createMs = performance.now() - t;

t = performance.now();
for (const s of sessions) {
  await openStream("/api/oefening/trainer/ticket", "/api/oefening/trainer/events", s.trainerToken, s.school, true);
  for (let p = 0; p < PARTICIPANTS; p++) {
    const joined = await post("/api/oefening/join", { code: s.code, nickname: `P${p}` }, undefined, s.school);
    s.participants.push(joined.participantToken);
    await openStream(`/api/oefening/s/${s.code}/ticket`, `/api/oefening/s/${s.code}/events`, joined.participantToken, s.school);
  }
}
const joinMs = performance.now() - t;
const trainerBytesAfterJoin = trainerBytes;

// every participant answers every word; sessions run in parallel, like a busy morning
const answers = ["maar", "echter", "fiets", "wanner", "klaar", "boetes", "als", "belasting achteraf", "moet nog"];
const latencies: number[] = [];
let refused = 0;
t = performance.now();
await Promise.all(
  sessions.map(async (s) => {
    for (let w = 0; w < OEFENING2_WORDS.length; w++) {
      for (const token of s.participants) {
        const started = performance.now();
        const result = await post(`/api/oefening/s/${s.code}/answers`, { index: w, text: answers[w]! }, token, s.school);
        if (result.error) refused++;
        latencies.push(performance.now() - started);
        // app.request never waits for I/O; yield like a network server would, so live updates can go out
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
  }),
);
const answerMs = performance.now() - t;
latencies.sort((a, b) => a - b);
await new Promise((resolve) => setTimeout(resolve, 400));
const trainerBytesAnswers = trainerBytes - trainerBytesAfterJoin;

t = performance.now();
for (const s of sessions) await post("/api/oefening/trainer/reveal", {}, s.trainerToken, s.school);
const revealMs = performance.now() - t;
await new Promise((resolve) => setTimeout(resolve, 400));
const heapAfter = heapUsed();

const streams = readers.length;
console.log(`exercise bench: ${SESSIONS} sessions × ${PARTICIPANTS} participants, ${streams} live streams open`);
console.log(`  start sessions: ${createMs.toFixed(0)} ms; join + ticket + open stream: ${joinMs.toFixed(0)} ms (${(joinMs / (SESSIONS * PARTICIPANTS)).toFixed(2)} ms each)`);
console.log(
  `  ${latencies.length} answers (${refused} refused) in ${answerMs.toFixed(0)} ms (${Math.round(latencies.length / (answerMs / 1000))}/s); ` +
    `latency p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, max ${latencies.at(-1)!.toFixed(1)} ms (with ${SESSIONS} sessions answering at once)`,
);
console.log(
  `  reveal in all sessions: ${revealMs.toFixed(0)} ms; live events received: ${eventsReceived} (trainers: ${trainerEvents}, about ${Math.round(trainerEvents / SESSIONS)} each); ` +
    `trainer bytes during the answers: ${(trainerBytesAnswers / 1024 / 1024).toFixed(1)} MB (${Math.round(trainerBytesAnswers / latencies.length)} bytes per answer)`,
);
console.log(`  heap: +${((heapAfter - heapBefore) / 1024 / 1024).toFixed(1)} MB${gc ? "" : " (run with --expose-gc for a steadier number)"}`);
for (const r of readers) await r.cancel().catch(() => {});

// memory per submitted letter: the huurachterstand letter pasted back, and a 20,000-character letter full of hard words
const letter = readFileSync(new URL("../tests/fixtures/huurachterstand.txt", import.meta.url), "utf8");
const hostile = "Indien u de sanctie voltooid heeft. ".repeat(Math.floor(19_990 / 36));
for (const [name, original, rewrite, count] of [
  ["huurachterstand letter, 1.4K characters", undefined, (i: number) => `${letter} ${i}`, 100],
  ["20K characters of hard words", hostile, (i: number) => `${hostile.slice(0, -4)} ${i}`, 50],
] as const) {
  const school = `letters ${name}`;
  const s = await post("/api/oefening/sessions", original ? { letter: { text: original } } : {}, undefined, school);
  const tokens: string[] = [];
  for (let i = 0; i < count; i++) tokens.push((await post("/api/oefening/join", { code: s.code }, undefined, school)).participantToken);
  await post(`/api/oefening/s/${s.code}/letter`, { text: rewrite(0) }, tokens[0], school);
  const before = heapUsed();
  for (let i = 1; i < count; i++) await post(`/api/oefening/s/${s.code}/letter`, { text: rewrite(i) }, tokens[i], school);
  const after = heapUsed();
  console.log(`  memory per submitted letter (${name}): ${((after - before) / 1024 / (count - 1)).toFixed(1)} KB`);
}
process.exit(0);
