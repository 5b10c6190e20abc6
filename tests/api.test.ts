// The API's status codes and error bodies, through app.request (no port, no server process).
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { createApp } from "../server/app.ts";

const app = createApp();
const letter = readFileSync(new URL("./fixtures/huurachterstand.txt", import.meta.url), "utf8");
const post = (body: BodyInit, type = "application/json") =>
  app.request("/api/check", { method: "POST", body, headers: { "content-type": type } });

async function expectError(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toMatch(/application\/json/);
  const body = (await res.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe(code);
  expect(body.error.message).toMatch(/^[A-Z].{10,}\.$/);
  expect(JSON.stringify(body)).not.toMatch(/at .*\.ts|Error:|stack/);
}

describe("GET /api/health", () => {
  it("answers 200", async () => {
    const res = await app.request("/api/health");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", version: 1 });
  });
});

describe("GET /api/ready", () => {
  it("answers 200 when the server takes work, 503 with a reason while starting or stopping", async () => {
    expect((await app.request("/api/ready")).status).toBe(200);
    for (const state of ["starting", "stopping"] as const) {
      const res = await createApp(undefined, { readiness: () => state }).request("/api/ready");
      await expectError(res, 503, "not_ready");
    }
  });
});

describe("POST /api/check", () => {
  it("returns a report for the letter", async () => {
    const res = await post(JSON.stringify({ text: letter }));
    expect(res.status).toBe(200);
    const report = await res.json();
    expect(report.version).toBe(1);
    expect(report.metrics.longSentences).toBe(5);
    for (const f of report.findings) expect(letter.slice(f.start, f.end)).toBe(f.text);
  });

  it("takes options", async () => {
    const res = await post(JSON.stringify({ text: letter, options: { disable: ["sentence-length"] } }));
    const report = await res.json();
    expect(report.findings.some((f: { id: string }) => f.id === "sentence-length")).toBe(false);
  });

  it("accepts a charset in the content type", async () => {
    const res = await post(JSON.stringify({ text: "Wij bellen u." }), "application/json; charset=utf-8");
    expect(res.status).toBe(200);
  });

  it("answers 400 on broken JSON", async () => expectError(await post("{text: "), 400, "bad_json"));
  it("answers 400 without text", async () => expectError(await post(JSON.stringify({ tekst: "hoi" })), 400, "invalid_request"));
  it("answers 400 when text is not a string", async () => expectError(await post(JSON.stringify({ text: 12 })), 400, "invalid_request"));
  it("answers 400 on empty text", async () => expectError(await post(JSON.stringify({ text: "  \n " })), 400, "empty_text"));
  it("answers 400 on binary data", async () =>
    expectError(await post(JSON.stringify({ text: "PK\u0003\u0004\u0000\u0000\u0014\u0000" })), 400, "binary_text"));
  it("answers 415 on a wrong content type", async () => expectError(await post("Indien u vragen heeft", "text/plain"), 415, "unsupported_media_type"));
  it("answers 415 on a JSON-like type that is not JSON", async () => {
    for (const type of ["application/json-patch+json", "application/jsonx", "text/json"])
      await expectError(await post(JSON.stringify({ text: "Wij bellen u." }), type), 415, "unsupported_media_type");
  });
  it("answers 400 when the warning threshold is above the error threshold", async () => {
    await expectError(await post(JSON.stringify({ text: "Wij bellen u.", options: { sentenceWarnWords: 30, sentenceErrorWords: 22 } })), 400, "invalid_options");
    await expectError(await post(JSON.stringify({ text: "Wij bellen u.", options: { sentenceWarnWords: 40 } })), 400, "invalid_options");
    expect((await post(JSON.stringify({ text: "Wij bellen u.", options: { sentenceWarnWords: 40, sentenceErrorWords: 50 } }))).status).toBe(200);
  });
  it("answers 413 on a body over 1 MB", async () =>
    expectError(await post(JSON.stringify({ text: "woord ".repeat(200_000) })), 413, "payload_too_large"));
  it("answers 404 as JSON for an unknown API path", async () => expectError(await app.request("/api/nope"), 404, "not_found"));

  it("answers 500 without details when the engine fails", async () => {
    const failing = createApp({ check: () => { throw new Error("geheime tekst in de fout"); }, sharingPhrases: (work) => work() });
    const res = await failing.request("/api/check", { method: "POST", body: JSON.stringify({ text: "Hallo." }), headers: { "content-type": "application/json" } });
    await expectError(res, 500, "internal_error");
  });
});

describe("calls from an embedding site (CORS)", () => {
  const embedded = createApp(undefined, { allowedOrigins: ["https://intranet.example.nl"] });
  const from = (origin: string, method = "POST") =>
    embedded.request("/api/check", {
      method,
      headers: { origin, "content-type": "application/json", "access-control-request-method": "POST" },
      ...(method === "POST" ? { body: JSON.stringify({ text: "Wij bellen u." }) } : {}),
    });

  it("allows a listed site, also in the preflight", async () => {
    expect((await from("https://intranet.example.nl")).headers.get("access-control-allow-origin")).toBe("https://intranet.example.nl");
    const preflight = await from("https://intranet.example.nl", "OPTIONS");
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-methods")).toMatch(/POST/);
  });

  it("gives no CORS permission to another site, nor by default", async () => {
    expect((await from("https://elders.example.com")).headers.get("access-control-allow-origin")).toBeNull();
    const res = await app.request("/api/check", { method: "POST", headers: { origin: "https://intranet.example.nl", "content-type": "application/json" }, body: JSON.stringify({ text: "Wij bellen u." }) });
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
  });
});
