// POST /api/rewrite through app.request: the draft, changes, remaining findings and fact check; errors as /api/check.
// And the command line: helder rewrite FILE.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createApp } from "../server/app.ts";
import { suggestionRef } from "../engine/rewrite/apply.ts";
import type { Finding } from "../engine/types.ts";

const app = createApp();
const letter = readFileSync(new URL("./fixtures/huurachterstand.txt", import.meta.url), "utf8");
const post = (path: string, body: BodyInit, type = "application/json") =>
  app.request(path, { method: "POST", body, headers: { "content-type": type } });
const rewrite = (body: unknown) => post("/api/rewrite", JSON.stringify(body));

interface Change {
  start: number;
  end: number;
  newStart: number;
  newEnd: number;
  replacement: string;
}

async function expectError(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  const body = (await res.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe(code);
  expect(body.error.message).toMatch(/^[A-Z].{10,}\.$/);
}

describe("POST /api/rewrite", () => {
  it("rewrites the letter with all safe suggestions and keeps every fact", async () => {
    const res = await rewrite({ text: letter, accept: "all-safe" });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.draft).not.toBe(letter);
    for (const f of body.findings as Finding[]) expect(body.draft.slice(f.start, f.end)).toBe(f.text);
    for (const c of body.changes as Change[]) expect(body.draft.slice(c.newStart, c.newEnd)).toBe(c.replacement);
    expect(body.factCheck.facts).toHaveLength(6);
    expect(body.factCheck.kept).toBe(6);
    expect(body.factCheck.findings).toEqual([]);
    expect(body.findings.filter((f: Finding) => f.severity !== "info").length).toBeLessThanOrEqual(10);
    expect(body.metrics.sentences).toBeGreaterThan(0);
  });

  it("takes all-safe as the default", async () => {
    const a = await (await rewrite({ text: letter })).json();
    const b = await (await rewrite({ text: letter, accept: "all-safe" })).json();
    expect(a.draft).toBe(b.draft);
  });

  it("applies named suggestions from the check report", async () => {
    const report = await (await post("/api/check", JSON.stringify({ text: letter }))).json();
    const reeds = (report.findings as Finding[]).filter((f) => f.id === "lexicon/reeds");
    const refs = reeds.map((f) => suggestionRef(f, 0));
    const body = await (await rewrite({ text: letter, accept: [...refs, "lexicon/nope@0-1#0"] })).json();
    expect(body.changes).toHaveLength(reeds.length);
    expect(body.draft).not.toMatch(/\breeds\b/);
    expect(body.unknown).toEqual(["lexicon/nope@0-1#0"]);
    expect(body.rounds).toBe(1);
    expect(body.factCheck.findings).toEqual([]);
  });

  it("gives back the text with its rewrite proposals for an empty list, and applies a named rewrite", async () => {
    const body = await (await rewrite({ text: letter, accept: [] })).json();
    expect(body.draft).toBe(letter);
    expect(body.changes).toEqual([]);
    const proposal = (body.findings as Finding[]).find((f) => f.id === "rewrite/in-afwachting")!;
    expect(proposal.suggestions[0]!.replacement).toBe("Wij wachten op uw betaling.");
    const applied = await (await rewrite({ text: letter, accept: [suggestionRef(proposal, 0)] })).json();
    expect(applied.draft).toContain("Wij wachten op uw betaling.\nMet vriendelijke groet,");
  });

  it("answers 400 on a wrong accept value", async () => expectError(await rewrite({ text: letter, accept: "alles" }), 400, "invalid_request"));
  it("answers 400 without text", async () => expectError(await rewrite({ accept: "all-safe" }), 400, "invalid_request"));
  it("answers 400 on empty text", async () => expectError(await rewrite({ text: " \n" }), 400, "empty_text"));
  it("answers 400 on broken JSON", async () => expectError(await post("/api/rewrite", "{text"), 400, "bad_json"));
  it("answers 400 on binary data", async () => expectError(await rewrite({ text: "PK\u0003\u0004\u0000\u0000" }), 400, "binary_text"));
  it("answers 415 on a wrong content type", async () => expectError(await post("/api/rewrite", "tekst", "text/plain"), 415, "unsupported_media_type"));
  it("answers 413 on a body over 1 MB", async () =>
    expectError(await post("/api/rewrite", JSON.stringify({ text: "woord ".repeat(200_000) })), 413, "payload_too_large"));
});

describe("helder rewrite", () => {
  const root = fileURLToPath(new URL("..", import.meta.url));
  const run = (args: string[], input?: string) =>
    spawnSync(process.execPath, ["--import", "tsx", "cli/helder.ts", ...args], { cwd: root, encoding: "utf8", input });

  it("writes the draft to standard output and the fact check to standard error", async () => {
    const r = run(["rewrite", fileURLToPath(new URL("./fixtures/huurachterstand.txt", import.meta.url))]);
    expect(r.status).toBe(0);
    const api = await (await rewrite({ text: letter })).json();
    expect(r.stdout).toBe(api.draft);
    expect(r.stderr).toBe("Feitencheck: 6 van de 6 feiten staan nog in de tekst.\n");
  });

  it("gives JSON with --format json and reads standard input", () => {
    const r = run(["rewrite", "--format", "json", "-"], "Er is sprake van een huurachterstand van € 500.");
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).draft).toBe("U heeft een huurachterstand van € 500.");
  });
});
