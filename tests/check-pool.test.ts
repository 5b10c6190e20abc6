// Checks and rewrites in worker threads: the same answers as on one thread, a deadline that ends slow work
// with a 503 while other requests go on, and capped reports.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { createApp } from "../server/app.ts";
import { defaultChecker } from "../server/default-checker.ts";
import { createCheckPool, type CheckPool } from "../server/pool/check-pool.ts";
import { partStarts } from "../engine/report.ts";
import runInWorker from "../server/pool/check-worker.ts";
import { LARGE_TEXT_CHARS, NOT_STARTED } from "../server/pool/lanes.ts";

const letter = readFileSync(new URL("./fixtures/huurachterstand.txt", import.meta.url), "utf8");
const json = { "content-type": "application/json" };

let pool: CheckPool;
let tightPool: CheckPool;
let hastyPool: CheckPool;
beforeAll(async () => {
  pool = await createCheckPool({ workers: 1 });
  tightPool = await createCheckPool({ workers: 1, deadlineMs: 1_000 });
  hastyPool = await createCheckPool({ workers: 1, deadlineMs: 50 });
  await Promise.all([pool.ready, tightPool.ready, hastyPool.ready]);
});
afterAll(async () => {
  await Promise.all([pool?.close(), tightPool?.close(), hastyPool?.close()]);
});

describe("the check pool", () => {
  it("gives the same report as the checker on this thread", async () => {
    const viaPool = JSON.parse(await pool.run({ kind: "check", text: letter }));
    expect(viaPool).toEqual(JSON.parse(JSON.stringify(defaultChecker().check(letter))));
  });

  it("answers a rewrite of 64 KB of numbers within the deadline (the fact check is linear)", async () => {
    const app = createApp(undefined, { runner: pool });
    const text = "1 ".repeat(32_768);
    const res = await app.request("/api/rewrite", { method: "POST", headers: json, body: JSON.stringify({ text }) });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.draft).toBe(text);
    expect(body.factCheck.kept).toBe(32_768);
  });

  it("ends work past the deadline with a 503, while health and letters still answer", async () => {
    const app = createApp(undefined, { runner: tightPool });
    const slow = Promise.resolve(app.request("/api/check", { method: "POST", headers: json, body: JSON.stringify({ text: "indien ".repeat(149_000) }) }));
    const order: string[] = [];
    const slowDone = slow.then((r) => (order.push("slow"), r));
    const health = await app.request("/api/health");
    order.push("health");
    expect(health.status).toBe(200);
    const res = await slowDone;
    expect(order).toEqual(["health", "slow"]);
    expect(res.status).toBe(503);
    const body = await res.json();
    expect(body.error.code).toBe("too_slow");
    expect(body.error.message).toMatch(/duurde te lang/);
    // the lane for letters was never blocked, and the ended worker is replaced
    const again = await app.request("/api/check", { method: "POST", headers: json, body: JSON.stringify({ text: letter }) });
    expect(again.status).toBe(200);
  });
});

describe("the letter lane's deadline", () => {
  // a rewrite of a text just under the size of a large text: hundreds of milliseconds, far over 50 ms
  const longLetter = "Indien u belt, echter niet. ".repeat(Math.floor(LARGE_TEXT_CHARS / 28));

  it("answers a letter that runs or waits past its deadline with a 503, and takes letters again afterwards", async () => {
    expect(longLetter.length).toBeLessThanOrEqual(LARGE_TEXT_CHARS);
    const app = createApp(undefined, { runner: hastyPool });
    const rewrite = () => app.request("/api/rewrite", { method: "POST", headers: json, body: JSON.stringify({ text: longLetter }) });
    // one that runs, one the worker holds next, one in the queue
    const answers = await Promise.all([rewrite(), rewrite(), rewrite()]);
    for (const res of answers) {
      expect(res.status).toBe(503);
      expect((await res.json()).error.code).toBe("too_slow");
    }
    expect((await app.request("/api/health")).status).toBe(200);
    // the worker was not ended: once it is free, a letter gets its report
    let status = 0;
    for (let i = 0; i < 60 && status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 50));
      status = (await app.request("/api/check", { method: "POST", headers: json, body: JSON.stringify({ text: "Wij bellen u morgen." }) })).status;
    }
    expect(status).toBe(200);
  });

  it("is not started in the worker once its deadline has passed", async () => {
    expect(await runInWorker({ task: { kind: "check", text: letter }, startBy: Date.now() - 1 })).toBe(NOT_STARTED);
    const report = JSON.parse(await runInWorker({ task: { kind: "check", text: letter }, startBy: Date.now() + 60_000 }));
    expect(report.findings.length).toBeGreaterThan(10);
  });
});

describe("capped reports", () => {
  it("holds at most 5,000 findings and says how many there were", () => {
    const text = "Indien u belt, echter niet. ".repeat(3_000);
    const report = defaultChecker().check(text);
    expect(report.findings.length).toBe(5_000);
    expect(report.truncated?.findings).toBeGreaterThan(5_000);
    for (const f of report.findings.slice(-10)) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it("has no truncated field on a letter", () => {
    expect(defaultChecker().check(letter).truncated).toBeUndefined();
  });
});

describe("long texts in parts", () => {
  const paragraphs = Array.from({ length: 1_200 }, (_, i) => `Indien u vragen heeft over brief ${i}, kunt u ons bellen.\nWij helpen u graag.`);
  const lf = paragraphs.join("\n\n");

  it("splits CRLF and CR texts at blank lines like LF texts, and not at a single line end", () => {
    const crlf = lf.replace(/\n/g, "\r\n");
    const cr = lf.replace(/\n/g, "\r");
    expect(partStarts(lf).length).toBeGreaterThan(1);
    expect(partStarts(crlf).length).toBe(partStarts(lf).length);
    expect(partStarts(cr).length).toBe(partStarts(lf).length);
    for (const start of partStarts(crlf).slice(1)) expect(crlf.slice(start - 4, start)).toBe("\r\n\r\n");
    const oneBreak = `${"Wij bellen u morgen.\r\n".repeat(4_000)}`;
    expect(partStarts(oneBreak)).toEqual([0]);
  });

  it("gives a CRLF text the same findings as the LF text", () => {
    const crlf = lf.replace(/\n/g, "\r\n");
    const ids = (text: string) => defaultChecker().check(text).findings.map((f) => `${f.id}:${f.text}`);
    expect(ids(crlf)).toEqual(ids(lf));
  });
});
