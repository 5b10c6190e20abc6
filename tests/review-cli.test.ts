// helder review as a user runs it, and the review run itself (order, threads, broken files).
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { reviewMain } from "../cli/review/main.ts";
import { runReview } from "../cli/review/run-review.ts";
import { folderWith, plainDocx, templateDocx } from "./review-fixtures.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const run = (args: string[], cwd = root) =>
  spawnSync(process.execPath, ["--import", "tsx", join(root, "cli/helder.ts"), ...args], { cwd, encoding: "utf8", env: { ...process.env, CI: "1" } });

const letter = fixture("huurachterstand.txt");
const plain = fixture("plain-b1-huur.txt");

describe("helder review", { timeout: 90_000 }, () => {
  it("gives for a .txt file exactly the report that helder check gives", () => {
    const dir = folderWith({ "brief.txt": letter });
    const review = run(["review", "--format", "json", dir]);
    expect(review.status).toBe(0);
    const check = run(["check", "--format", "json", join(dir, "brief.txt")]);
    const json = JSON.parse(review.stdout);
    expect(json.version).toBe(1);
    expect(json.files).toHaveLength(1);
    expect(json.files[0].path).toBe(join(dir, "brief.txt"));
    expect(json.files[0].format).toBe("txt");
    expect(json.files[0].report).toEqual(JSON.parse(check.stdout));
  });

  it("reports a broken Word file with a clear message and still reviews the other files", async () => {
    const dir = folderWith({ "a-kapot.docx": "dit is geen Word-bestand", "b-brief.docx": await templateDocx(), "c-brief.txt": plain, "d-foto.png": "x" });
    const r = run(["review", "--format", "json", dir]);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.files.map((f: { path: string }) => f.path.slice(dir.length + 1))).toEqual(["a-kapot.docx", "b-brief.docx", "c-brief.txt"]);
    expect(json.files[0].error).toEqual({ code: "broken-file", message: expect.stringMatching(/kan dit Word-bestand niet openen/) });
    expect(json.files[1].report.placeholders.map((p: { text: string }) => p.text)).toContain("«Naam»");
    expect(json.files[2].report.metrics.words).toBeGreaterThan(50);
    expect(json.skipped).toEqual([{ path: join(dir, "d-foto.png"), reason: expect.stringMatching(/kan dit soort bestand niet lezen/) }]);
    expect(json.totals).toMatchObject({ files: 3, reviewed: 2, unreadable: 1, skipped: 1 });
  });

  it("stops with code 1 on --fail-on, depending on the findings", async () => {
    // lexicon/indien is a warning; the huurachterstand letter has errors (sentences over 25 words)
    const dir = folderWith({ "fouten.txt": letter, "waarschuwing.txt": "Indien u vragen heeft, belt u ons.", "rustig.txt": "Wij bellen u morgen." });
    const exitCode = (...args: string[]) => reviewMain(["--quiet", "--out", join(dir, "uit.txt"), ...args]);
    expect(await exitCode("--fail-on", "error", join(dir, "fouten.txt"))).toBe(1);
    expect(await exitCode("--fail-on", "error", join(dir, "waarschuwing.txt"))).toBe(0);
    expect(await exitCode("--fail-on", "warning", join(dir, "waarschuwing.txt"))).toBe(1);
    expect(await exitCode("--fail-on", "warning", join(dir, "rustig.txt"))).toBe(0);
    expect(await exitCode(join(dir, "fouten.txt"))).toBe(0);
    const broken = folderWith({ "kapot.docx": "geen zip", "rustig.txt": "Wij bellen u morgen." });
    expect(await exitCode("--fail-on", "error", broken)).toBe(1);
    expect(await exitCode("--fail-on", "fout", broken)).toBe(2);
  });

  it("writes a text list with each file's level and the totals, and prints no progress on a pipe", () => {
    const dir = folderWith({ "b1.txt": plain, "moeilijk.txt": letter });
    const r = run(["review", dir]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/b1\.txt \(niveau: B1\): \d+ woorden/);
    expect(r.stdout).toMatch(/moeilijk\.txt \(niveau: ver boven B1\)/);
    expect(r.stdout).toMatch(/Totaal: 2 sjablonen gecontroleerd\. Op B1-niveau: 1\. Net boven B1: 0\. Ver boven B1: 1\./);
    expect(r.stderr).toBe("");
  });

  it("writes the HTML report to --out and says where it is", () => {
    const dir = folderWith({ "brief.txt": letter });
    const out = join(dir, "rapport.html");
    const r = run(["review", "--format", "html", "--out", out, join(dir, "brief.txt")]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/rapport\.html/);
    const html = readFileSync(out, "utf8");
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/(?:src|href)="https?:/);
  });

  it("says clearly when a path does not exist or the call is wrong", () => {
    const r = run(["review", "--format", "json", "/geen/map"]);
    expect(JSON.parse(r.stdout).files[0]).toEqual({ path: "/geen/map", error: { code: "not-found", message: expect.stringMatching(/er niet/) } });
    const wrong = run(["review", "--format", "pdf", "x"]);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/Kies text, json of html/);
    expect(run(["review"]).stderr).toMatch(/Gebruik: helder review/);
  });
});

describe("the review run", () => {
  it("gives the same outcomes in the same order on worker threads as on one thread", async () => {
    const files: Record<string, string | Buffer> = { "z.docx": await plainDocx("Indien u vragen heeft, belt u ons.\n\nMet vriendelijke groet,") };
    const letters = ["ambtelijk-bezwaar-01.txt", "ambtelijk-gemeente-01.txt", "ambtelijk-bezwaar-03.txt"];
    letters.forEach((name, i) => (files[`map-${i % 2}/${name}`] = fixture(`letters/${name}`)));
    files["a.md"] = "# Uw aanvraag\n\nIndien u **vragen** heeft, lees [de uitleg](https://example.org/uitleg).\n";
    files["b.html"] = "<h1>Uw aanvraag</h1><p>Indien u vragen heeft, bel ons.</p><script>geheim()</script>";
    files["kapot.odt"] = "geen zip";
    const dir = folderWith(files);
    const inline = await runReview([dir], { withText: true, threads: 0 });
    const threaded = await runReview([dir], { withText: true, threads: 2 });
    expect(threaded).toEqual(inline);
    expect(inline.files.map((f) => f.path.slice(dir.length + 1))).toEqual(["a.md", "b.html", "kapot.odt", "map-0/ambtelijk-bezwaar-01.txt", "map-0/ambtelijk-bezwaar-03.txt", "map-1/ambtelijk-gemeente-01.txt", "z.docx"]);
    const md = inline.files[0]!;
    expect("text" in md && md.text).toContain("Indien u   vragen   heeft, lees  de uitleg");
    expect("text" in md && md.text).not.toContain("example.org");
    const html = inline.files[1]!;
    expect("text" in html && html.text).toBe("Uw aanvraag\n\nIndien u vragen heeft, bel ons.\n");
    expect(inline.files[2]).toMatchObject({ error: { code: "broken-file" } });
  });

  it("reads a Windows-1252 text file as its letters, and refuses a binary file", async () => {
    const dir = folderWith({ "oud.txt": Buffer.from([0x43, 0x6c, 0x69, 0xeb, 0x6e, 0x74, 0x2e]), "data.txt": Buffer.from([0x50, 0x4b, 0, 0, 1]) });
    const result = await runReview([dir], { withText: true, threads: 0 });
    expect(result.files[0]).toMatchObject({ error: { code: "binary" } });
    expect(result.files[1]).toMatchObject({ text: "Cliënt." });
  });

  it("does not read a file over 10 MB, and reviews the files beside it", async () => {
    const dir = folderWith({ "groot.txt": Buffer.alloc(10 * 1024 * 1024 + 1, 0x61), "klein.txt": Buffer.from("Indien u belt.") });
    const result = await runReview([dir], { withText: false, threads: 0 });
    expect(result.files[0]).toMatchObject({ error: { code: "too-large", message: expect.stringMatching(/groter dan 10 MB/) } });
    expect(result.files[1]).toMatchObject({ format: "txt", summary: expect.anything() });
  });
});
