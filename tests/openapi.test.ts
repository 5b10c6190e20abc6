// The OpenAPI document: valid OpenAPI 3.1, and real answers of every documented route match their schemas.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { validate } from "@readme/openapi-parser";
import { Ajv2020 } from "ajv/dist/2020.js";
import { createApp } from "../server/app.ts";

const app = createApp();
const letter = readFileSync(new URL("./fixtures/huurachterstand.txt", import.meta.url), "utf8");
const doc = (await (await app.request("/api/openapi.json")).json()) as {
  openapi: string;
  paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: object }> }> }>>;
};
const ajv = new Ajv2020({ strict: false, allErrors: true });

function expectMatches(path: string, method: string, status: number, body: unknown) {
  const schema = doc.paths[path]![method]!.responses[String(status)]!.content!["application/json"]!.schema;
  const check = ajv.compile(schema);
  expect(check(body), JSON.stringify(check.errors?.slice(0, 3))).toBe(true);
}

const post = (path: string, body: unknown) => app.request(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

describe("GET /api/openapi.json", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    expect(doc.openapi).toBe("3.1.0");
    const result = await validate(structuredClone(doc) as never);
    expect(result.valid, JSON.stringify((result as { errors?: unknown }).errors)).toBe(true);
  });

  it("describes the answers of /api/check, /api/rewrite, /api/review, /api/health and /api/ready", async () => {
    const check = await post("/api/check", { text: letter });
    expectMatches("/api/check", "post", 200, await check.json());
    const bad = await post("/api/check", { tekst: "x" });
    expectMatches("/api/check", "post", 400, await bad.json());
    const rewrite = await post("/api/rewrite", { text: letter });
    expectMatches("/api/rewrite", "post", 200, await rewrite.json());
    expectMatches("/api/health", "get", 200, await (await app.request("/api/health")).json());
    expectMatches("/api/ready", "get", 200, await (await app.request("/api/ready")).json());
    const upload = new FormData();
    upload.append("files", new Blob([letter], { type: "text/plain" }), "brief.txt");
    upload.append("files", new Blob(["PK\u0003\u0004 kapot"], { type: "application/octet-stream" }), "kapot.docx");
    const review = await app.request("/api/review", { method: "POST", body: upload });
    expect(review.status).toBe(200);
    expectMatches("/api/review", "post", 200, await review.json());
  });

  it("describes the LanguageTool answers", async () => {
    const res = await app.request("/v2/check", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams({ text: letter, language: "nl" }).toString() });
    expectMatches("/v2/check", "post", 200, await res.json());
    expectMatches("/v2/languages", "get", 200, await (await app.request("/v2/languages")).json());
  });

  it("takes the request schemas from the validators: an option the document does not know is refused", async () => {
    const schema = (doc.paths["/api/check"]!.post as unknown as { requestBody: { content: Record<string, { schema: object }> } }).requestBody.content["application/json"]!.schema;
    const validRequest = ajv.compile(schema);
    expect(validRequest({ text: "x", options: { sentenceWarnWords: 30 } })).toBe(true);
    expect(validRequest({ text: "x", options: { nieuw: 1 } })).toBe(false);
    expect((await post("/api/check", { text: "x", options: { nieuw: 1 } })).status).toBe(400);
  });
});

describe("GET /api/docs", () => {
  it("shows every documented route on a Dutch page", async () => {
    const res = await app.request("/api/docs");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/<html lang="nl"/);
    for (const path of Object.keys(doc.paths)) expect(html).toContain(path);
  });
});
