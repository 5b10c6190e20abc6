// API budgets (brief §4): server start to first answer, and 1-page letters from 64 connections on loopback.
// Starts `npm start`'s command on a free port, sends a bounded number of requests, stops the server.
import { spawn } from "node:child_process";
import { Agent, request } from "node:http";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const letter = readFileSync(new URL("../tests/fixtures/huurachterstand.txt", import.meta.url), "utf8");
const CONNECTIONS = 64;
const REQUESTS = 3000;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const t0 = performance.now();
// the same command as `npm start` (without npm itself)
const server = spawn(process.execPath, ["--max-semi-space-size=64", "scripts/run.mjs", "server/main"], {
  cwd: root,
  env: { ...process.env, PORT: String(port) },
  stdio: "ignore",
});

async function firstAnswer(): Promise<number> {
  for (let i = 0; i < 400; i++) {
    try {
      const res = await fetch(`${base}/api/check`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text: letter }) });
      if (res.ok) return performance.now() - t0;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error("server did not answer within 4 s");
}

const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });

/** One POST over a kept-alive connection (lighter on the load side than fetch); resolves with the status. */
function post(body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${base}/api/check`,
      { method: "POST", agent, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) } },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

try {
  const startMs = await firstAnswer();
  const body = JSON.stringify({ text: letter });
  // warm up (JIT, connection pool) with a few sequential requests; the numbers below are for a warm server
  // open all connections before measuring: a burst of new connections can meet the OS's SYN retry (1 s, 3 s)
  await Promise.all(Array.from({ length: CONNECTIONS }, async () => { for (let i = 0; i < 5; i++) await post(body); }));
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (next < REQUESTS) {
        next++;
        const t = performance.now();
        try {
          if ((await post(body)) !== 200) errors++;
        } catch {
          errors++;
        }
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const max = latencies[latencies.length - 1]!.toFixed(1);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!.toFixed(1);
  console.log(`server start to first answer       ${startMs.toFixed(0)} ms (budget < 1000 ms)`);
  console.log(`API (warm), ${REQUESTS} letters, ${CONNECTIONS} connections  ${errors} errors, ${(REQUESTS / seconds).toFixed(0)} req/s, p50 ${pct(50)} ms, p99 ${pct(99)} ms, max ${max} ms (budget: 0 errors, p99 < 50 ms)`);
} finally {
  agent.destroy();
  server.kill();
}
