// POST /api/review with real multipart bodies: the JSON of `helder review --format json`, files in the order
// sent, unreadable files as entries, the limits, and the check workers doing the work.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createApp } from "../server/app.ts";
import { defaultChecker } from "../server/default-checker.ts";
import { createCheckPool, type CheckPool } from "../server/pool/check-pool.ts";
import { runReview } from "../cli/review/run-review.ts";
import { formatJson } from "../cli/review/format-json.ts";
import { totalsOf } from "../cli/review/totals.ts";
import { reviewApiMessages } from "../server/review-messages.ts";
import { reviewPageTexts, totalsSentence } from "../web/review-page/review-texts.ts";
import { folderWith, plainDocx, templateDocx } from "./review-fixtures.ts";
import { renderPage } from "../scripts/page-shell.ts";

const app = createApp();
const letter = readFileSync(new URL("./fixtures/huurachterstand.txt", import.meta.url), "utf8");
const short = "Geachte heer/mevrouw ACHTERNAAM,\n\nIndien u vragen heeft, kunt u ons bellen.\n\nMet vriendelijke groet,\n";

type Upload = [name: string, content: string | Uint8Array];

function form(files: Upload[], fields: Record<string, string> = {}): FormData {
  const body = new FormData();
  for (const [name, content] of files) body.append("files", new Blob([typeof content === "string" ? content : new Uint8Array(content)]), name);
  for (const [name, value] of Object.entries(fields)) body.append(name, value);
  return body;
}

const review = (target: ReturnType<typeof createApp>, files: Upload[], fields?: Record<string, string>) =>
  target.request("/api/review", { method: "POST", body: form(files, fields) });

async function expectError(res: Response, status: number, code: string, message?: string) {
  expect(res.status).toBe(status);
  const body = (await res.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe(code);
  if (message) expect(body.error.message).toBe(message);
  expect(body.error.message).toMatch(/^[A-Z].{10,}\.$/);
}

describe("POST /api/review", () => {
  it("gives for a .txt and a Word file the JSON `helder review --format json` gives for the same files", async () => {
    const docx = await templateDocx();
    const res = await review(app, [["brief.txt", letter], ["sjabloon.docx", docx]]);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    const body = await res.json();

    const dir = folderWith({ "brief.txt": letter, "sjabloon.docx": docx });
    const run = await runReview([join(dir, "brief.txt"), join(dir, "sjabloon.docx")], { withText: false, threads: 0 });
    const cli = JSON.parse(formatJson(run, totalsOf(run)));
    for (const f of cli.files) f.path = f.path.slice(dir.length + 1);
    expect(body).toEqual(cli);

    expect(body.files.map((f: { path: string; format: string }) => [f.path, f.format])).toEqual([["brief.txt", "txt"], ["sjabloon.docx", "docx"]]);
    expect(body.files[0].report).toEqual(JSON.parse(JSON.stringify(defaultChecker().check(letter))));
    expect(body.totals).toMatchObject({ files: 2, reviewed: 2, unreadable: 0, skipped: 0 });
    expect(body.totals.warnings).toBeGreaterThan(0);
  });

  it("keeps Word merge fields as placeholders and gives the text when asked (text=true)", async () => {
    const res = await review(app, [["sjabloon.docx", await templateDocx()]], { text: "true" });
    const [file] = (await res.json()).files;
    expect(file.text).toContain("Beste «Naam»,");
    expect(file.report.placeholders.map((p: { text: string }) => p.text)).toEqual(expect.arrayContaining(["«Naam»", "«Achternaam»"]));
    for (const f of file.report.findings) expect(file.text.slice(f.start, f.end)).toBe(f.text);
    const plain = await (await review(app, [["sjabloon.docx", await templateDocx()]])).json();
    expect(plain.files[0]).not.toHaveProperty("text");
  });

  it("reports a broken Word file, an old .doc and a binary file as entries and still reviews the rest, in the order sent", async () => {
    const res = await review(app, [
      ["kapot.docx", "dit is geen zip"],
      ["oud.docx", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0])],
      ["brief.md", "# Uw aanvraag\n\nWij hebben uw aanvraag ontvangen. Indien u vragen heeft, bel ons.\n"],
      ["plaatje.txt", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1])],
      ["kort.docx", await plainDocx("Beste {naam},\n\nWij hebben uw brief gekregen.")],
    ]);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.files.map((f: { path: string }) => f.path)).toEqual(["kapot.docx", "oud.docx", "brief.md", "plaatje.txt", "kort.docx"]);
    expect(body.files[0].error).toEqual({ code: "broken-file", message: expect.stringMatching(/kan dit Word-bestand niet openen/) });
    expect(body.files[1].error.code).toBe("old-word");
    expect(body.files[2].report.findings.some((f: { id: string }) => f.id === "lexicon/indien")).toBe(true);
    expect(body.files[3].error.code).toBe("binary");
    expect(body.files[4].format).toBe("docx");
    expect(body.totals).toMatchObject({ files: 5, reviewed: 2, unreadable: 3 });
  });

  it("lists files of another kind as skipped, as the CLI does", async () => {
    const body = await (await review(app, [["foto.jpg", "xx"], ["brief.txt", short]])).json();
    expect(body.skipped).toEqual([{ path: "foto.jpg", reason: expect.stringMatching(/kan dit soort bestand niet lezen/) }]);
    expect(body.files).toHaveLength(1);
    expect(body.totals).toMatchObject({ files: 1, skipped: 1 });
  });

  it("gives a file over 10 MB an entry of its own and reviews the others", async () => {
    const big = "Wij bellen u. ".repeat(800_000); // 11.2 MB
    const body = await (await review(app, [["groot.txt", big], ["brief.txt", short]])).json();
    expect(body.files[0]).toEqual({ path: "groot.txt", error: { code: "too-large", message: expect.stringMatching(/groter dan 10 MB/) } });
    expect(body.files[1].report.findings.length).toBeGreaterThan(0);
  });

  it("refuses more than 200 files, or more than 20 MB together, with 413 and a B1 message", async () => {
    const many = Array.from({ length: 201 }, (_, i): Upload => [`brief-${i}.txt`, short]);
    await expectError(await review(app, many), 413, "too_many_files", reviewApiMessages.tooMany);
    const nine = "a".repeat(9 * 1024 * 1024);
    await expectError(await review(app, [["a.txt", nine], ["b.txt", nine], ["c.txt", nine]]), 413, "payload_too_large", reviewApiMessages.tooLarge);
  });

  it("asks for multipart/form-data with at least one file", async () => {
    const json = await app.request("/api/review", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text: short }) });
    await expectError(json, 415, "unsupported_media_type");
    await expectError(await review(app, []), 400, "no_files", reviewApiMessages.noFiles);
    const onlyText = new FormData();
    onlyText.append("files", "geen bestand");
    await expectError(await app.request("/api/review", { method: "POST", body: onlyText }), 400, "no_files");
    const broken = await app.request("/api/review", { method: "POST", headers: { "content-type": "multipart/form-data; boundary=xyz" }, body: "--abc\r\nkapot" });
    await expectError(broken, 400, "bad_form");
  });

  it("writes nothing to the log, whatever the files hold", async () => {
    const spies = (["log", "info", "warn", "error", "debug"] as const).map((m) => vi.spyOn(console, m).mockImplementation(() => {}));
    try {
      await review(app, [["kapot.docx", "GEHEIM-123"], ["brief.txt", `GEHEIM-456 ${short}`]]);
      for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });
});

describe("POST /api/review on the check workers", () => {
  let pool: CheckPool;
  beforeAll(async () => {
    pool = await createCheckPool({ workers: 2 });
    await pool.ready;
  });
  afterAll(async () => {
    await pool?.close();
  });

  it("gives the same answer as on one thread, in the order sent, Word files included", async () => {
    const files: Upload[] = [["sjabloon.docx", await templateDocx()], ["kapot.docx", "geen zip"]];
    for (let i = 0; i < 10; i++) files.push([`brief-${i}.txt`, i % 3 === 0 ? letter : `${short}Uw nummer is ${i}.\n`]);
    files.push(["pagina.html", "<h1>Uw aanvraag</h1><p>Indien u vragen heeft, bel ons.</p><script>geheim()</script>"]);
    const pooled = createApp(undefined, { runner: pool });
    const [viaPool, inline] = await Promise.all([review(pooled, files, { text: "true" }), review(app, files, { text: "true" })]);
    expect(viaPool.status).toBe(200);
    const body = await viaPool.json();
    expect(body).toEqual(await inline.json());
    expect(body.files.map((f: { path: string }) => f.path)).toEqual(files.map(([name]) => name));
    expect(body.files.at(-1).text).not.toContain("geheim");
  });
});

describe("the texts of POST /api/review and the Sjablonen controleren page are B1", () => {
  const checker = defaultChecker();
  const html = renderPage("index.html", readFileSync(new URL("../web/review-page/index.html", import.meta.url), "utf8"));
  const htmlTexts = [...html.matchAll(/>([^<>]*[a-z][^<>]*)</g), ...html.matchAll(/content="([^"]+)"/g)].map((m) => m[1]!.trim().replace(/\s+/g, " ")).filter((t) => t.length > 3);
  const totals = { reviewed: 3, unreadable: 1, errors: 1, warnings: 5, tips: 2, levels: { B1: 1 } };
  const texts = [...Object.values(reviewApiMessages), ...Object.values(reviewPageTexts), totalsSentence(totals), totalsSentence({ ...totals, reviewed: 1, unreadable: 0, errors: 0 }), ...htmlTexts];

  it("has the page's own texts in the list", () => {
    expect(htmlTexts).toEqual(expect.arrayContaining(["Sjablonen controleren", "Helder bewaart uw sjablonen niet. De bestanden gaan alleen naar deze server om te controleren."]));
  });

  it.each(texts)("%s", (message) => {
    const quoted = [...message.matchAll(/'[^']*'|"[^"]*"|\([^)]*\)/g)].map((m): [number, number] => [m.index, m.index + m[0].length]);
    const loud = checker
      .check(message)
      .findings.filter((f) => f.severity !== "info" && f.rule !== "letter-structure" && !quoted.some(([s, e]) => s <= f.start && f.end <= e));
    expect(loud.map((f) => `${f.id} "${f.text}"`)).toEqual([]);
  });
});
