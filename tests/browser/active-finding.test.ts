// The open card's finding on the letter: one frame around the whole sentence however many word marks it holds,
// and the card names the other remarks at the same place by their words.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { drawnMarks, openPage, pasteAndWait, useBrowserAndServer } from "./browser-helpers.ts";

const env = useBrowserAndServer();
const letter = readFileSync(new URL("../fixtures/huurachterstand.txt", import.meta.url), "utf8");

describe("the open card's finding", () => {
  it("is framed once from its first to its last letter, and the card names the words inside it", async () => {
    const { page, context } = await openPage(env.browser, env.server.url);
    try {
      await pasteAndWait(page, letter);
      await page.locator("helder-checker .begin-here .step").first().click();
      const card = page.locator("helder-checker .card");
      await card.waitFor();
      const sentence = await page.evaluate(() => {
        const el = document.querySelector("helder-checker")!;
        const key = (el as unknown as { activeKey: string }).activeKey;
        const f = el.visibleFindings.find((x) => `${x.id}|${x.start}|${x.end}` === key)!;
        return { start: f.start, end: f.end };
      });
      const pieces = (await drawnMarks(page)).filter((m) => m.classes.includes("is-active"));
      // the sentence holds word marks, so it is drawn in pieces that together cover it exactly
      expect(pieces.length).toBeGreaterThan(2);
      expect(pieces[0]!.start).toBe(sentence.start);
      expect(pieces.at(-1)!.end).toBe(sentence.end);
      for (let i = 1; i < pieces.length; i++) expect(pieces[i]!.start).toBe(pieces[i - 1]!.end);
      // a side only at the two ends: inside, pieces meet without a line between them
      expect(pieces.filter((p) => p.classes.includes("active-start")).map((p) => p.start)).toEqual([sentence.start]);
      expect(pieces.filter((p) => p.classes.includes("active-end")).map((p) => p.end)).toEqual([sentence.end]);
      const styles = await page.evaluate(() =>
        [...document.querySelector("helder-checker")!.shadowRoot!.querySelectorAll("mark.is-active")].map((m) => {
          const s = getComputedStyle(m);
          return { outline: s.outlineStyle, radius: s.borderTopLeftRadius, frame: s.boxShadow !== "none" };
        }),
      );
      for (const s of styles) expect(s).toEqual({ outline: "none", radius: "0px", frame: true });

      const words = await page.evaluate((s) => {
        const el = document.querySelector("helder-checker")!;
        return el.visibleFindings.filter((f) => f.rule !== "sentence-length" && f.start < s.end && f.end > s.start && f.severity !== "info").map((f) => f.text);
      }, sentence);
      const links = await card.locator(".also button").allInnerTexts();
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) expect(words.some((w) => link.startsWith(`“${w.replace(/\s+/g, " ").slice(0, 20)}`))).toBe(true);
      expect(new Set(links).size).toBe(links.length);
    } finally {
      await context.close();
    }
  });
});
