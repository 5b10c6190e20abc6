// The "Herschreven versie" view of <helder-checker> in real Chromium against the real server and engine.
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { checksSoFar, openPage, pasteAndWait, valueOf, waitForCheckAfter, useBrowserAndServer, axeViolations } from "./browser-helpers.ts";

const letter = readFileSync(new URL("../fixtures/huurachterstand.txt", import.meta.url), "utf8");

const env = useBrowserAndServer();

interface ViewState {
  draft: string;
  changes: Array<{ start: number; end: number; newStart: number; newEnd: number; replacement: string }>;
  /** The text as drawn: everything in the draft box except struck-through words, buttons and screen-reader hints. */
  drawn: string;
  inserted: number;
  removed: number;
  facts: string;
  announcement: string;
}

function viewState(page: Page): Promise<ViewState> {
  return page.evaluate(() => {
    const view = document.querySelector("helder-checker")!.shadowRoot!.querySelector("helder-rewrite-view")!;
    const root = view.shadowRoot!;
    const box = root.querySelector(".draft")!;
    let drawn = "";
    const walk = (node: Node) => {
      if (node.nodeType === Node.TEXT_NODE) drawn += node.textContent ?? "";
      if (node instanceof Element && (node.tagName === "DEL" || node.tagName === "BUTTON" || node.classList.contains("sr-only"))) return;
      node.childNodes.forEach(walk);
    };
    box.childNodes.forEach(walk);
    return {
      draft: view.draft,
      changes: view.changes,
      drawn,
      inserted: root.querySelectorAll(".draft ins").length,
      removed: root.querySelectorAll(".draft del").length,
      facts: root.querySelector(".facts")?.textContent?.replace(/\s+/g, " ").trim() ?? "",
      announcement: root.querySelector("[role=status]")?.textContent ?? "",
    };
  });
}

async function openRewrite(page: Page): Promise<void> {
  const button = page.locator("helder-checker").getByRole("button", { name: "Maak B1-versie", exact: true });
  await button.focus();
  await page.keyboard.press("Enter");
  await expect.poll(() => page.locator("helder-rewrite-view .undo").count(), { timeout: 10_000 }).toBeGreaterThan(0);
}

describe("the Herschreven versie view", () => {
  it("shows the changes, undoes one back to the original words, and puts the draft in the editor (undoable)", async () => {
    const { page, context, errors } = await openPage(env.browser, env.server.url);
    try {
      await pasteAndWait(page, letter);
      await openRewrite(page);

      const before = await viewState(page);
      expect(before.changes.length).toBeGreaterThanOrEqual(5);
      expect(await page.locator("helder-rewrite-view .undo", { hasText: "Terugzetten" }).count()).toBe(before.changes.length);
      expect(before.drawn).toBe(before.draft);
      expect(before.draft).not.toBe(letter);
      expect(before.inserted).toBeGreaterThanOrEqual(5);
      expect(before.removed).toBeGreaterThanOrEqual(5);
      expect(before.facts).toBe("Alle 6 feiten staan nog in de tekst.");
      expect(before.announcement).toContain(`${before.changes.length} wijzigingen`);
      // the focus moves to the view's heading
      const focused = () =>
        page.evaluate(() => {
          let el: Element | null = document.activeElement;
          while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
          return { tag: el?.tagName, text: el?.textContent?.trim() };
        });
      expect(await focused()).toEqual({ tag: "H2", text: "Herschreven versie" });

      // undo the change of the "in gebreke" sentence, with the keyboard
      const index = before.changes.findIndex((c) => letter.slice(c.start, c.end).includes("in gebreke"));
      expect(index).toBeGreaterThanOrEqual(0);
      const change = before.changes[index]!;
      await page.locator(`helder-rewrite-view .change[data-change="${index}"] + .undo`).focus();
      await page.keyboard.press("Enter");
      const expected = before.draft.slice(0, change.newStart) + letter.slice(change.start, change.end) + before.draft.slice(change.newEnd);
      await expect.poll(async () => (await viewState(page)).draft).toBe(expected);
      const after = await viewState(page);
      expect(after.drawn).toBe(expected);
      expect(after.draft).toContain("zien wij ons genoodzaakt");
      expect(after.announcement).toContain("teruggezet");
      expect(await page.locator("helder-rewrite-view .undo", { hasText: "Terugzetten" }).count()).toBe(before.changes.length - 1);
      expect(await focused()).toEqual({ tag: "BUTTON", text: "Opnieuw wijzigen" });

      // make it again, and undo it again
      await page.keyboard.press("Enter");
      await expect.poll(async () => (await viewState(page)).draft).toBe(before.draft);
      await page.keyboard.press("Enter");
      await expect.poll(async () => (await viewState(page)).draft).toBe(expected);

      // use this version: the draft (with the undone change) goes into the editor
      const seen = await checksSoFar(page);
      await page.locator("helder-checker").getByRole("button", { name: "Gebruik deze versie" }).click();
      await waitForCheckAfter(page, seen);
      expect(await valueOf(page)).toBe(expected);
      expect(await page.locator("helder-rewrite-view").count()).toBe(0);
      expect(await focused()).toEqual({ tag: "TEXTAREA", text: "" });

      // and that is one step on the undo stack
      const seenUndo = await checksSoFar(page);
      await page.keyboard.press("Control+Z");
      await waitForCheckAfter(page, seenUndo);
      expect(await valueOf(page)).toBe(letter);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("goes back to the text unchanged with the button or Escape", async () => {
    const { page, context } = await openPage(env.browser, env.server.url);
    try {
      await pasteAndWait(page, letter);
      await openRewrite(page);
      await page.locator("helder-checker").getByRole("button", { name: "Terug naar uw tekst" }).click();
      await expect.poll(() => page.locator("helder-checker textarea").count()).toBe(1);
      expect(await valueOf(page)).toBe(letter);

      await openRewrite(page);
      await page.keyboard.press("Escape");
      await expect.poll(() => page.locator("helder-checker textarea").count()).toBe(1);
      expect(await valueOf(page)).toBe(letter);
      const focusedClass = await page.evaluate(() => document.querySelector("helder-checker")!.shadowRoot!.activeElement?.className ?? "");
      expect(focusedClass).toContain("rewrite-open");
    } finally {
      await context.close();
    }
  });

  it("passes an automated accessibility check (axe-core) with the view open", async () => {
    const { page, context } = await openPage(env.browser, env.server.url, { bypassCSP: true });
    try {
      await pasteAndWait(page, letter);
      await openRewrite(page);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
