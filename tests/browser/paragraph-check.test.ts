// Typing in a long text checks only the changed paragraph at first, and the whole text when typing pauses longer.
// Marks elsewhere stay on their words the whole time: moved at once with the edit, untouched by the answer.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { checksSoFar, drawnMarks, openPage, pasteAndWait, useBrowserAndServer, valueOf, waitForCheckAfter } from "./browser-helpers.ts";
import { longText } from "./long-text.ts";

const env = useBrowserAndServer();

function findingsNow(page: Page) {
  return page.evaluate(() => document.querySelector("helder-checker")!.visibleFindings.map((f) => ({ id: f.id, rule: f.rule, start: f.start, end: f.end, text: f.text })));
}

/** The marks drawn inside [start, end), each as its offsets and classes. */
async function marksIn(page: Page, start: number, end: number): Promise<Array<{ start: number; end: number; classes: string[] }>> {
  return (await drawnMarks(page)).filter((m) => m.start >= start && m.end <= end);
}

const moved = <T extends { start: number; end: number }>(spans: T[], by: number) => spans.map((s) => ({ ...s, start: s.start + by, end: s.end + by }));

describe("checking a long text after an edit", () => {
  it("sends only the changed paragraph, keeps the marks of other paragraphs on their words, then checks the whole text", async () => {
    const text = longText();
    const { page, context } = await openPage(env.browser, env.server.url);
    try {
      await pasteAndWait(page, text);
      const bodies: string[] = [];
      page.on("request", (request) => {
        if (request.url().endsWith("/api/check")) bodies.push((JSON.parse(request.postData()!) as { text: string }).text);
      });
      // the edit goes at the end of paragraph 5; paragraph "far" is a later one with marks
      const starts = [0];
      for (let i = text.indexOf("\n\n"); i !== -1; i = text.indexOf("\n\n", i + 2)) starts.push(i + 2);
      const editAt = starts[6]! - 2;
      await page.evaluate(() => window.scrollTo(0, 0));
      await expect.poll(async () => (await marksIn(page, starts[9]!, text.length)).length).toBeGreaterThan(0);
      const far = { start: starts[9]!, end: starts[13]! - 2 };
      const farMarks = await marksIn(page, far.start, far.end);
      const farFindings = (await findingsNow(page)).filter((f) => f.start >= far.start && f.end <= far.end);
      expect(farMarks.length).toBeGreaterThan(0);
      // a word's first use depends on the text before it: the paragraph's answer must not change these
      const wholeText = (f: { rule: string }) => ["hard-word", "vocabulary", "abbreviation", "letter-structure"].includes(f.rule);
      const firstUses = (await findingsNow(page)).filter(wholeText);
      expect(firstUses.length).toBeGreaterThan(0);

      // answers wait until the state before them has been looked at
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route("**/api/check", async (route) => {
        await held;
        await route.continue();
      });
      const typed = " Dit wordt door ons gedaan.";
      const seen = await checksSoFar(page);
      await page.evaluate((at) => {
        const textarea = document.querySelector("helder-checker")!.shadowRoot!.querySelector("textarea")!;
        textarea.focus();
        textarea.setSelectionRange(at, at);
      }, editAt);
      await page.keyboard.type(typed);
      const edited = text.slice(0, editAt) + typed + text.slice(editAt);
      expect(await valueOf(page)).toBe(edited);

      // before the answer: the marks after the edit moved with it and every finding is on its text
      await expect.poll(() => bodies.length).toBe(1);
      expect(await marksIn(page, far.start + typed.length, far.end + typed.length)).toEqual(moved(farMarks, typed.length));
      for (const f of await findingsNow(page)) expect(edited.slice(f.start, f.end)).toBe(f.text);

      // the side panel is not drawn again for a key press, yet its remarks open where their words are now
      const target = farFindings.find((f) => f.rule !== "sentence-length")!;
      const index = (await findingsNow(page)).findIndex((f) => f.start === target.start + typed.length && f.id === target.id);
      await page.evaluate((i) => {
        const el = document.querySelector("helder-checker")!;
        const f = el.visibleFindings[i]!;
        const items = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>(".panel button.item")];
        // the list is grouped by kind: find the button by its text and place among those of the same words
        const same = el.visibleFindings.filter((x) => x.text === f.text);
        items.filter((b) => b.querySelector(".what")!.textContent === f.text.replace(/\s+/g, " ").trim())[same.indexOf(f)]!.click();
      }, index);
      await page.locator("helder-checker .card").waitFor();
      const active = (await drawnMarks(page)).filter((m) => m.classes.includes("is-active"));
      expect(active[0]!.start).toBe(target.start + typed.length);
      await page.keyboard.press("Escape");

      // the first check sends paragraph 5 alone, and its new passive gets a mark
      const paragraph = edited.slice(starts[5]!, editAt + typed.length);
      expect(bodies[0]).toBe(paragraph);
      release();
      await expect.poll(async () => (await findingsNow(page)).some((f) => f.rule === "passive" && f.text === "wordt door ons gedaan")).toBe(true);
      const afterPart = await findingsNow(page);
      for (const f of afterPart) expect(edited.slice(f.start, f.end)).toBe(f.text);
      expect(afterPart.filter((f) => f.start >= far.start + typed.length && f.end <= far.end + typed.length)).toEqual(
        farFindings.map((f) => ({ ...f, start: f.start + typed.length, end: f.end + typed.length })),
      );
      expect(afterPart.filter(wholeText)).toEqual(firstUses.map((f) => (f.start >= editAt ? { ...f, start: f.start + typed.length, end: f.end + typed.length } : f)));
      expect(await marksIn(page, far.start + typed.length, far.end + typed.length)).toEqual(moved(farMarks, typed.length));
      expect(await checksSoFar(page)).toBe(seen);

      // when typing pauses longer, the whole text is checked once, and its answer is what the page shows
      await waitForCheckAfter(page, seen);
      expect(bodies).toEqual([paragraph, edited]);
      const whole = await page.evaluate(async (t) => {
        const response = await fetch("/api/check", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text: t }) });
        return ((await response.json()) as { findings: Array<{ id: string; start: number; end: number }> }).findings.map((f) => `${f.id}@${f.start}-${f.end}`);
      }, edited);
      const shownAll = await page.evaluate(() => {
        const el = document.querySelector("helder-checker")!;
        return el.visibleFindings.length === el.report!.findings.length ? el.visibleFindings.map((f) => `${f.id}@${f.start}-${f.end}`) : [];
      });
      expect(shownAll).toEqual(whole);
    } finally {
      await context.close();
    }
  });
});
