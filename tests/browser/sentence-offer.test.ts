// Sentence rewrites where the sentence is (issue 12, item 4): the card of any remark in a sentence that a rewrite
// rule or split can fix offers the whole new sentence with its fact check; using it changes only that sentence.
import { mkdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { checksSoFar, openPage, pasteAndWait, useBrowserAndServer, valueOf, waitForCheckAfter, axeViolations } from "./browser-helpers.ts";

const letter = readFileSync(new URL("../fixtures/huurachterstand.txt", import.meta.url), "utf8");
const env = useBrowserAndServer();
const checker = (page: Page) => page.locator("helder-checker");

interface Proposal {
  start: number;
  end: number;
  replacement: string;
}

/** The sentence rewrites the API proposes for the whole letter. */
async function proposals(): Promise<Proposal[]> {
  const response = await fetch(`${env.server.url}/api/rewrite`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ text: letter, accept: [] }),
  });
  const answer = (await response.json()) as { findings: Array<{ rule: string; start: number; end: number; suggestions: Array<{ replacement: string }> }> };
  return answer.findings.filter((f) => f.rule === "rewrite").map((f) => ({ start: f.start, end: f.end, replacement: f.suggestions[0]!.replacement }));
}

/** Opens the card of the first shown remark that starts inside [start, end). */
async function openCardIn(page: Page, start: number, end: number): Promise<void> {
  await page.evaluate(
    ([s, e]) => {
      const el = document.querySelector("helder-checker")!;
      const finding = el.shownFindings.find((f) => f.start >= s! && f.start < e!);
      if (!finding) throw new Error("no remark in this sentence");
      el.open(finding, true);
    },
    [start, end],
  );
  await checker(page).locator(".card").waitFor();
}

describe("a sentence rewrite in the card", () => {
  it("offers the new sentence with its fact check, replaces only that sentence, and undo brings it back", async () => {
    const all = await proposals();
    // a sentence with an amount in it, so the fact check has something to keep
    const target = all.find((p) => /€/.test(letter.slice(p.start, p.end)))!;
    expect(target).toBeDefined();
    const { page, context } = await openPage(env.browser, env.server.url, { bypassCSP: true });
    try {
      await pasteAndWait(page, letter);
      await openCardIn(page, target.start, target.end);
      const offer = checker(page).locator(".card .sentence-offer");
      await offer.waitFor();
      expect(await offer.locator(".proposal").textContent()).toBe(target.replacement);
      expect(await offer.locator(".offer-facts").textContent()).toMatch(/(feit staat|feiten staan) nog in de tekst/);
      expect(await offer.locator(".offer-facts").getAttribute("class")).toContain("ok");
      // the word suggestions are still there beside it
      expect(await checker(page).locator(".card .message").count()).toBe(1);

      expect(await axeViolations(page, { bestPractice: true })).toEqual([]);
      mkdirSync("test-artifacts", { recursive: true });
      await checker(page).locator(".card").screenshot({ path: "test-artifacts/page-sentence-offer.png" });

      const seen = await checksSoFar(page);
      await offer.getByRole("button", { name: "Gebruik deze zin" }).click();
      expect(await valueOf(page)).toBe(letter.slice(0, target.start) + target.replacement + letter.slice(target.end));
      await waitForCheckAfter(page, seen);

      await page.locator("helder-checker textarea").focus();
      await page.keyboard.press("Control+Z");
      expect(await valueOf(page)).toBe(letter);
    } finally {
      await context.close();
    }
  });

  it("offers nothing for a sentence no rule can make simpler", async () => {
    const all = await proposals();
    const { page, context } = await openPage(env.browser, env.server.url);
    try {
      await pasteAndWait(page, letter);
      const free = await page.evaluate(
        (taken) => {
          const el = document.querySelector("helder-checker")!;
          return el.shownFindings.find((f) => !taken.some(([s, e]) => f.start >= s! && f.start < e!));
        },
        all.map((p) => [p.start, p.end]),
      );
      expect(free).toBeDefined();
      // the rewrite request for this sentence must have been answered
      const answered = page.waitForResponse((r) => r.url().endsWith("/api/rewrite"));
      await openCardIn(page, free!.start, free!.start + 1);
      await answered;
      await page.waitForTimeout(200);
      expect(await checker(page).locator(".card .sentence-offer").count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
