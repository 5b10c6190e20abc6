// The API over a real Node HTTP server: there the body is read from the request stream itself (server/request-body.ts),
// not through app.request's web Request. Same answers, same limits, declared and chunked.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { request as httpRequest } from "node:http";
import { connect, type AddressInfo } from "node:net";
import { readFileSync } from "node:fs";
import { serve, type ServerType } from "@hono/node-server";
import { createApp } from "../server/app.ts";

const app = createApp();
const letter = readFileSync(new URL("./fixtures/huurachterstand.txt", import.meta.url), "utf8");
let server: ServerType;
let port: number;

beforeAll(async () => {
  server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s));
  });
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** POSTs the chunks; without a declared length Node sends them chunked. */
function post(path: string, chunks: (string | Buffer)[], declareLength: boolean): Promise<{ status: number; body: string }> {
  const bytes = chunks.reduce((n, c) => n + Buffer.byteLength(c), 0);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: "127.0.0.1", port, path, method: "POST", headers: { "content-type": "application/json", ...(declareLength ? { "content-length": bytes } : {}) } },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (d: string) => (body += d));
        res.on("end", () => resolve({ status: res.statusCode!, body }));
      },
    );
    req.on("error", (error: NodeJS.ErrnoException) => (error.code === "EPIPE" || error.code === "ECONNRESET" ? undefined : reject(error)));
    for (const c of chunks) req.write(c);
    req.end();
  });
}

describe("a body read from the Node request stream", () => {
  it("gives the same report as app.request, with a declared length and chunked", async () => {
    const expected = await (await app.request("/api/check", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text: letter }) })).json();
    const json = JSON.stringify({ text: letter });
    const declared = await post("/api/check", [json], true);
    const chunked = await post("/api/check", [json.slice(0, 100), json.slice(100, 2000), json.slice(2000)], false);
    expect(declared.status).toBe(200);
    expect(JSON.parse(declared.body)).toEqual(expected);
    expect(chunked.status).toBe(200);
    expect(JSON.parse(chunked.body)).toEqual(expected);
  });

  it("reads UTF-8 split inside a character, and a leading byte order mark, as Request.text() does", async () => {
    const bytes = Buffer.from("\ufeff" + JSON.stringify({ text: "Wij wachten één week. Indien u betaalt, stopt het." }));
    const cut = bytes.indexOf(Buffer.from("é")) + 1; // in the middle of the two bytes of é
    const res = await post("/api/check", [bytes.subarray(0, cut), bytes.subarray(cut)], false);
    expect(res.status).toBe(200);
    const report = JSON.parse(res.body) as { findings: { text: string }[] };
    expect(report.findings.map((f) => f.text)).toContain("Indien");
  });

  it("answers 413 on more than 1 MB, declared or chunked, and on the rewrite route too", async () => {
    const big = JSON.stringify({ text: "woord ".repeat(200_000) });
    for (const path of ["/api/check", "/api/rewrite"]) {
      const declared = await post(path, [big], true);
      expect(declared.status).toBe(413);
      expect(JSON.parse(declared.body).error.code).toBe("payload_too_large");
      const chunks = Array.from({ length: 10 }, (_, i) => big.slice((i * big.length) / 10, ((i + 1) * big.length) / 10));
      const chunked = await post(path, chunks, false);
      expect(chunked.status).toBe(413);
      expect(JSON.parse(chunked.body).error.code).toBe("payload_too_large");
    }
  });

  it("still answers 400 on bad JSON and 415 on another content type", async () => {
    expect((await post("/api/check", ["{text:"], true)).status).toBe(400);
    const plain = await new Promise<number>((resolve, reject) => {
      const req = httpRequest({ host: "127.0.0.1", port, path: "/api/check", method: "POST", headers: { "content-type": "text/plain" } }, (res) => {
        res.resume();
        resolve(res.statusCode!);
      });
      req.on("error", reject);
      req.end("Indien u betaalt.");
    });
    expect(plain).toBe(415);
  });
});

describe("a client that goes away during its body", () => {
  it("ends the request without an internal error", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      for (let i = 0; i < 3; i++) {
        const socket = connect(port, "127.0.0.1");
        socket.write('POST /api/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"text":"Indien');
        await new Promise((resolve) => setTimeout(resolve, 30));
        socket.destroy();
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(errors).not.toHaveBeenCalled();
      expect((await post("/api/check", [JSON.stringify({ text: "Indien u betaalt, stopt het." })], true)).status).toBe(200);
    } finally {
      errors.mockRestore();
    }
  });
});
