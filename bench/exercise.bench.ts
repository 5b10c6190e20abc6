// Workshop load: 200 sessions with 20 participants each, all with a live stream open (participants and
// trainers), every participant answering the nine words. Prints latencies and memory; asserts nothing.
// Run: npx tsx bench/exercise.bench.ts [sessions] [participants]
import { createApp } from "../server/app.ts";
import { OEFENING2_WORDS } from "../server/exercise/oefening2.ts";

const SESSIONS = Number(process.argv[2] ?? 200);
const PARTICIPANTS = Number(process.argv[3] ?? 20);
const app = createApp();
const json = { "content-type": "application/json" };

async function post(path: string, body: unknown, token?: string) {
  const res = await app.request(path, { method: "POST", headers: { ...json, ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });
  return (await res.json()) as any;
}

let eventsReceived = 0;
let trainerEvents = 0;
const readers: Array<ReadableStreamDefaultReader<Uint8Array>> = [];
async function openStream(path: string, trainer = false) {
  const res = await app.request(path);
  const reader = res.body!.getReader();
  readers.push(reader);
  const decoder = new TextDecoder();
  void (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      const count = (decoder.decode(value).match(/^event: /gm) ?? []).length;
      eventsReceived += count;
      if (trainer) trainerEvents += count;
    }
  })();
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const heapBefore = process.memoryUsage().heapUsed;
let t = performance.now();
const sessions: Array<{ code: string; trainerToken: string; participants: string[] }> = [];
for (let i = 0; i < SESSIONS; i++) sessions.push({ ...(await post("/api/oefening/sessions", {})), participants: [] });
const createMs = performance.now() - t;

t = performance.now();
for (const s of sessions) {
  await openStream(`/api/oefening/trainer/events?token=${s.trainerToken}`, true);
  for (let p = 0; p < PARTICIPANTS; p++) {
    const joined = await post("/api/oefening/join", { code: s.code, nickname: `P${p}` });
    s.participants.push(joined.participantToken);
    await openStream(`/api/oefening/s/${s.code}/events?token=${joined.participantToken}`);
  }
}
const joinMs = performance.now() - t;

// every participant answers every word; sessions run in parallel, like a busy morning
const answers = ["maar", "echter", "fiets", "wanner", "klaar", "boetes", "als", "belasting achteraf", "moet nog"];
const latencies: number[] = [];
t = performance.now();
await Promise.all(
  sessions.map(async (s) => {
    for (let w = 0; w < OEFENING2_WORDS.length; w++) {
      for (const token of s.participants) {
        const started = performance.now();
        await post(`/api/oefening/s/${s.code}/answers`, { index: w, text: answers[w]! }, token);
        latencies.push(performance.now() - started);
        // app.request never waits for I/O; yield like a network server would, so live updates can go out
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
  }),
);
const answerMs = performance.now() - t;
latencies.sort((a, b) => a - b);

t = performance.now();
for (const s of sessions) await post("/api/oefening/trainer/reveal", {}, s.trainerToken);
const revealMs = performance.now() - t;
await new Promise((resolve) => setTimeout(resolve, 200));
const heapAfter = process.memoryUsage().heapUsed;

const streams = readers.length;
console.log(`exercise bench: ${SESSIONS} sessions × ${PARTICIPANTS} participants, ${streams} live streams open`);
console.log(`  start sessions: ${createMs.toFixed(0)} ms; join + open stream: ${joinMs.toFixed(0)} ms (${(joinMs / (SESSIONS * PARTICIPANTS)).toFixed(2)} ms each)`);
console.log(
  `  ${latencies.length} answers in ${answerMs.toFixed(0)} ms (${Math.round(latencies.length / (answerMs / 1000))}/s); ` +
    `latency p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, max ${latencies.at(-1)!.toFixed(1)} ms (with ${SESSIONS} sessions answering at once)`,
);
console.log(`  reveal in all sessions: ${revealMs.toFixed(0)} ms; live events received: ${eventsReceived} (trainers: ${trainerEvents}, about ${Math.round(trainerEvents / SESSIONS)} each: changes are sent at most every 25 ms)`);
console.log(`  heap: +${((heapAfter - heapBefore) / 1024 / 1024).toFixed(1)} MB`);
for (const r of readers) await r.cancel().catch(() => {});
process.exit(0);
