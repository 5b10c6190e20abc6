// The "Sjablonen controleren" page in Chromium: upload templates (file picker and drag and drop), see the
// table, open a template in the checker; axe-core finds nothing. A screenshot goes to test-artifacts/review-page.png.
import { describe, expect, it } from "vitest";
import { mkdirSync, readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { OPEN_TEMPLATE_KEY } from "../../web/review-page/open-key.ts";
import { templateDocx } from "../review-fixtures.ts";
import { useBrowserAndServer, axeViolations } from "./browser-helpers.ts";

const letter = readFileSync(new URL("../fixtures/huurachterstand.txt", import.meta.url), "utf8");
const env = useBrowserAndServer();

/** bypassCSP only lets the test add axe-core; the page itself runs under the server's strict CSP otherwise. */
async function openReviewPage(bypassCSP = false): Promise<{ page: Page; errors: string[] }> {
  const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${env.server.url}/sjablonen`);
  await page.waitForFunction(() => customElements.get("helder-review-page") !== undefined);
  return { page, errors };
}

const rows = (page: Page) =>
  page.locator(".review-table tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("th, td")].map((c) => c.textContent!.trim().replace(/\s+/g, " "))));

describe("the Sjablonen controleren page", () => {
  it("reviews two templates chosen with the file picker and shows them in a table", async () => {
    const { page, errors } = await openReviewPage(true);
    await page.locator("#template-files").setInputFiles([
      { name: "uitnodiging.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: await templateDocx() },
      { name: "herinnering.txt", mimeType: "text/plain", buffer: Buffer.from(letter) },
      { name: "kapot.docx", mimeType: "application/octet-stream", buffer: Buffer.from("geen Word-bestand") },
    ]);
    await page.locator(".review-table").waitFor();
    const table = await rows(page);
    expect(table.map((r) => r[0])).toEqual(["uitnodiging.docx", "herinnering.txt", "kapot.docx"]);
    expect(table[1]![1]).toMatch(/B1/);
    expect(Number(table[1]![3])).toBeGreaterThan(0); // warnings in the officialese letter
    expect(table[2]![1]).toMatch(/Word-bestand niet openen/);
    expect(await page.getByRole("button", { name: "Open in Helder herinnering.txt" }).count()).toBe(1);
    expect(await page.locator(".review-totals").textContent()).toMatch(/^2 sjablonen gecontroleerd\. .*1 bestand kon Helder niet lezen\.$/);
    expect(await page.getByRole("status").textContent()).toMatch(/Klaar/);

    expect(await axeViolations(page)).toEqual([]);
    mkdirSync("test-artifacts", { recursive: true });
    await page.screenshot({ path: "test-artifacts/review-page.png", fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("takes files dropped on the upload area", async () => {
    const { page } = await openReviewPage();
    await page.locator(".drop-zone").evaluate((zone) => {
      const data = new DataTransfer();
      data.items.add(new File(["Geachte heer,\n\nIndien u vragen heeft, bel ons.\n"], "gesleept.txt", { type: "text/plain" }));
      zone.dispatchEvent(new DragEvent("dragover", { dataTransfer: data, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    await page.locator(".review-table").waitFor();
    expect((await rows(page)).map((r) => r[0])).toEqual(["gesleept.txt"]);
    await page.close();
  });

  it("opens a template in the checker once, with its placeholders", async () => {
    const { page } = await openReviewPage();
    await page.locator("#template-files").setInputFiles([
      { name: "uitnodiging.docx", mimeType: "application/octet-stream", buffer: await templateDocx() },
    ]);
    await page.getByRole("button", { name: "Open in Helder uitnodiging.docx" }).click();
    await page.waitForURL(`${env.server.url}/`);
    await page.waitForFunction(() => (document.querySelector("helder-checker") as unknown as { value?: string } | null)?.value?.includes("«Naam»"));
    const value = await page.evaluate(() => (document.querySelector("helder-checker") as unknown as { value: string }).value);
    expect(value).toContain("Beste «Naam»,");
    expect(value).toContain("Gemeente Lindenhoven");
    expect(await page.evaluate((key) => sessionStorage.getItem(key), OPEN_TEMPLATE_KEY)).toBeNull();
    await page.reload();
    await page.waitForFunction(() => customElements.get("helder-checker") !== undefined);
    expect(await page.evaluate(() => (document.querySelector("helder-checker") as unknown as { value: string }).value)).toBe("");
    await page.close();
  });

  it("shows the server's message when the upload is refused", async () => {
    const { page } = await openReviewPage();
    const many = Array.from({ length: 201 }, (_, i) => ({ name: `brief-${i}.txt`, mimeType: "text/plain", buffer: Buffer.from("Wij bellen u.") }));
    await page.locator("#template-files").setInputFiles(many);
    await expect.poll(() => page.getByRole("status").textContent()).toMatch(/hoogstens 200 bestanden/);
    expect(await page.locator(".review-table").count()).toBe(0);
    await page.close();
  });
});
