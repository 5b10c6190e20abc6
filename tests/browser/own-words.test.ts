// Own words and lasting ignore (issue 12, item 5): "Dit woord is goed" and "Negeer deze regel" last after a reload
// (localStorage), can be switched back, and download as a helder.config.yaml that the CLI's loader accepts.
import { mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { loadConfig } from "../../cli/review/config.ts";
import { loadLexicon } from "../../lexicon/load.ts";
import { openPage, pasteAndWait, shownFindings, useBrowserAndServer, type ShownFinding, axeViolations } from "./browser-helpers.ts";

const letter = readFileSync(new URL("../fixtures/huurachterstand.txt", import.meta.url), "utf8");
const env = useBrowserAndServer();
const checker = (page: Page) => page.locator("helder-checker");

async function openCard(page: Page, finding: ShownFinding): Promise<void> {
  await page.evaluate(({ id, start }) => {
    const el = document.querySelector("helder-checker")!;
    el.open(el.visibleFindings.find((f) => f.id === id && f.start === start)!, true);
  }, finding);
  await checker(page).locator(".card").waitFor();
}

describe("own words and rules switched off", () => {
  it("hides a good word and a rule, keeps both after a reload, switches them back, and downloads them as config", async () => {
    const { page, context } = await openPage(env.browser, env.server.url, { bypassCSP: true });
    try {
      await pasteAndWait(page, letter);
      const before = await shownFindings(page);
      const all = await page.evaluate(() => document.querySelector("helder-checker")!.shownFindings.map((f) => ({ id: f.id, rule: f.rule, start: f.start })));
      const shown = before.filter((f) => all.some((a) => a.id === f.id && a.start === f.start));
      const words = shown.filter((f) => ["lexicon", "hard-word", "abbreviation"].includes(f.rule) && /^\p{L}+$/u.test(f.text));
      // the word that occurs most often, so 'everywhere' is tested
      const count = (t: string) => words.filter((f) => f.text.toLowerCase() === t.toLowerCase()).length;
      await openCard(page, [...words].sort((a, b) => count(b.text) - count(a.text))[0]!);
      const word = (await checker(page).locator(".card-title").textContent())!.slice(1, -1);
      await checker(page).getByRole("button", { name: "Dit woord is goed" }).click();
      expect(await checker(page).locator(".card").count()).toBe(0);
      let left = await shownFindings(page);
      expect(left.some((f) => f.text.toLowerCase() === word.toLowerCase() && f.rule !== "sentence-length")).toBe(false);

      const ruleFinding = left.find((f) => f.rule === "lexicon" && before.filter((b) => b.id === f.id).length >= 1)!;
      await openCard(page, ruleFinding);
      await checker(page).getByRole("button", { name: "Negeer deze regel" }).click();
      left = await shownFindings(page);
      expect(left.some((f) => f.id === ruleFinding.id)).toBe(false);

      const panel = checker(page).locator(".own-choices");
      expect(await panel.locator(".own-words li").count()).toBe(1);
      expect(await panel.locator(".own-rules li").count()).toBe(1);
      expect(await axeViolations(page, { bestPractice: true })).toEqual([]);
      mkdirSync("test-artifacts", { recursive: true });
      await panel.screenshot({ path: "test-artifacts/page-own-words.png" });

      const downloading = page.waitForEvent("download");
      await panel.getByRole("button", { name: "Download als helder.config.yaml" }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toBe("helder.config.yaml");
      const dir = mkdtempSync(join(tmpdir(), "helder-own-"));
      const file = join(dir, "helder.config.yaml");
      await download.saveAs(file);
      const config = loadConfig(file, new Set(loadLexicon().map((e) => e.id)));
      expect(config.keep.map((k) => k.term)).toEqual([word]);
      expect(config.disable.map((d) => d.match)).toEqual([ruleFinding.id]);

      await page.reload();
      await page.waitForFunction(() => customElements.get("helder-checker") !== undefined);
      await page.evaluate(() => {
        const w = window as unknown as { __checks: number };
        w.__checks = 0;
        document.addEventListener("helder-findings", () => w.__checks++);
      });
      await pasteAndWait(page, letter);
      left = await shownFindings(page);
      expect(left.some((f) => f.id === ruleFinding.id)).toBe(false);
      expect(left.some((f) => f.text.toLowerCase() === word.toLowerCase() && f.rule !== "sentence-length")).toBe(false);

      await panel.getByRole("button", { name: `Weghalen: ${word}` }).click();
      await panel.getByRole("button", { name: /^Zet weer aan/ }).click();
      expect(await panel.count()).toBe(0);
      expect((await shownFindings(page)).length).toBe(before.length);
      expect(await page.evaluate(() => JSON.parse(localStorage.getItem("helder.own")!))).toEqual({ keep: [], disable: [] });
    } finally {
      await context.close();
    }
  });
});
