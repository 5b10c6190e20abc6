// The HTML report of `helder review` in Chromium: self-contained, accessible (axe-core), sortable, linked charts.
// A screenshot goes to test-artifacts/review-report.png.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { htmlReport } from "../../cli/review/html-report.ts";
import { runReview } from "../../cli/review/run-review.ts";
import { totalsOf } from "../../cli/review/totals.ts";
import { folderWith, templateDocx } from "../review-fixtures.ts";
import { launchBrowser, axeViolations } from "./browser-helpers.ts";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8");

let browser: Browser;
let page: Page;
let html: string;
const requests: string[] = [];

beforeAll(async () => {
  const letters = ["ambtelijk-bezwaar-01.txt", "ambtelijk-gemeente-01.txt", "ambtelijk-bezwaar-03.txt", "ambtelijk-bezwaar-02-sjabloon.txt"];
  const files: Record<string, string | Buffer> = { "huur/herinnering.txt": fixture("huurachterstand.txt"), "huur/b1-versie.txt": fixture("plain-b1-huur.txt"), "uitnodiging.docx": await templateDocx() };
  for (const name of letters) files[`bezwaar/${name}`] = fixture(`letters/${name}`);
  // text that must stay text: markup in a template is shown, never run
  files["gevaarlijk.txt"] = 'Beste {naam},\n\nIndien u <script>window.__ran = true</script> of <img src=x onerror="window.__ran=true"> ziet, belt u ons.\n';
  files["kapot.docx"] = "geen Word-bestand";
  files["logo.png"] = "x";
  const dir = folderWith(files);
  const run = await runReview([dir], { withText: true, threads: 0 });
  html = htmlReport({ ...run, files: run.files.map((f) => ({ ...f, path: f.path.slice(dir.length + 1) })), skipped: run.skipped.map((s) => ({ ...s, path: s.path.slice(dir.length + 1) })) }, totalsOf(run));
  mkdirSync("test-artifacts", { recursive: true });
  writeFileSync("test-artifacts/review-report.html", html);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(`file://${join(process.cwd(), "test-artifacts/review-report.html")}`);
});

afterAll(async () => {
  await browser?.close();
});

describe("the review's HTML report", () => {
  it("loads nothing from elsewhere and runs no template text", async () => {
    expect(requests.filter((u) => !u.startsWith("file://"))).toEqual([]);
    expect(requests).toHaveLength(1);
    expect(await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined();
    const shown = await page.locator("section.file", { hasText: "gevaarlijk.txt" }).locator(".text").evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll("a.ref").forEach((ref) => ref.remove());
      return copy.textContent;
    });
    expect(shown).toContain('<script>window.__ran = true</script> of <img src=x onerror="window.__ran=true">');
  });

  it("passes an automated accessibility check (axe-core)", async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  it("shows every template in the table in the order of the folder, and sorts it by a column", async () => {
    const names = () => page.locator("#tabel tbody tr td:first-child").allTextContents();
    expect(await names()).toEqual(["bezwaar/ambtelijk-bezwaar-01.txt", "bezwaar/ambtelijk-bezwaar-02-sjabloon.txt", "bezwaar/ambtelijk-bezwaar-03.txt", "bezwaar/ambtelijk-gemeente-01.txt", "gevaarlijk.txt", "huur/b1-versie.txt", "huur/herinnering.txt", "kapot.docx", "uitnodiging.docx"]);
    await page.getByRole("button", { name: "Fouten" }).click();
    await page.getByRole("button", { name: "Fouten" }).click();
    expect(await page.locator("th", { hasText: "Fouten" }).getAttribute("aria-sort")).toBe("descending");
    const errors = (await page.locator("#tabel tbody tr td:nth-child(4)").evaluateAll((cells) => cells.map((c) => Number(c.getAttribute("data-value")))));
    expect(errors).toEqual([...errors].sort((a, b) => b - a));
    expect(await page.locator("section.file", { hasText: "kapot.docx" }).textContent()).toMatch(/Word-bestand niet openen/);
  });

  it("charts the levels and the hard terms; each term links to the templates it is in", async () => {
    expect(await page.locator('svg[aria-label="Aantal sjablonen per niveau"] rect').count()).toBe(3);
    const bars = page.locator('svg[aria-label="Moeilijke woorden die in de meeste sjablonen staan"] a');
    expect(await bars.count()).toBeGreaterThan(2);
    expect(await bars.count()).toBeLessThanOrEqual(20);
    const target = (await bars.first().getAttribute("href"))!;
    const listed = page.locator(`${target} a`);
    expect(await listed.count()).toBeGreaterThan(1);
    const fileTarget = (await listed.first().getAttribute("href"))!;
    expect(await page.locator(fileTarget).count()).toBe(1);
  });

  it("marks the findings in the text, each with a link to its explanation", async () => {
    const section = page.locator("section.file", { hasText: "huur/herinnering.txt" });
    expect(await section.locator("mark.w").count()).toBeGreaterThan(10);
    const ref = section.locator("a.ref").first();
    const href = (await ref.getAttribute("href"))!;
    expect(await page.locator(href).textContent()).toMatch(/^(Fout|Waarschuwing|Tip):/);
  });

  it("takes a screenshot (test-artifacts/review-report.png)", async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: "test-artifacts/review-report.png", fullPage: false });
    await page.locator("section.file", { hasText: "huur/herinnering.txt" }).screenshot({ path: "test-artifacts/review-report-template.png" });
    expect(readFileSync("test-artifacts/review-report.png").length).toBeGreaterThan(10_000);
  });
});
