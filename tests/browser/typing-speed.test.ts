// Typing in the middle of a long text (issue 12, item 6): prints the time from a key press to the next frame, p95
// and worst, and the longest task. No timing assertion (speed is measured, not tested); the test checks that the
// typed text arrives and that the marks are right again after the check.
import { describe, expect, it } from "vitest";
import { checksSoFar, drawnMarks, openPage, pasteAndWait, useBrowserAndServer, valueOf, waitForCheckAfter } from "./browser-helpers.ts";
import { longText } from "./long-text.ts";

const env = useBrowserAndServer();

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))]!;

describe("typing in a long text", () => {
  it("prints the time per key in the middle of a 3,000-word text", async () => {
    const text = longText();
    const { page, context } = await openPage(env.browser, env.server.url);
    try {
      await pasteAndWait(page, text);
      const middle = text.indexOf("\n\n", Math.floor(text.length / 2));
      await page.evaluate((at) => {
        const w = window as unknown as { __keys: number[]; __longest: number };
        w.__keys = [];
        w.__longest = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
        }).observe({ type: "longtask", buffered: false });
        const textarea = document.querySelector("helder-checker")!.shadowRoot!.querySelector("textarea")!;
        textarea.addEventListener(
          "keydown",
          () => {
            const t0 = performance.now();
            requestAnimationFrame(() => setTimeout(() => w.__keys.push(performance.now() - t0), 0));
          },
          true,
        );
        textarea.focus();
        textarea.setSelectionRange(at, at);
      }, middle);
      const typed = " Wij helpen u graag verder met uw vraag.";
      const seen = await checksSoFar(page);
      // three bursts, each followed by a pause long enough for a check, as someone who writes a sentence and reads it
      for (let burst = 0; burst < 3; burst++) {
        await page.keyboard.type(typed, { delay: 40 });
        await page.waitForTimeout(700);
      }
      await waitForCheckAfter(page, seen);
      const { keys, longest } = await page.evaluate(() => {
        const w = window as unknown as { __keys: number[]; __longest: number };
        return { keys: w.__keys, longest: w.__longest };
      });
      console.log(
        `typing in the middle of ${text.split(/\s+/).length} words: ${keys.length} keys, p50 ${percentile(keys, 50).toFixed(1)} ms, ` +
          `p95 ${percentile(keys, 95).toFixed(1)} ms, worst ${Math.max(...keys).toFixed(1)} ms, longest task ${longest.toFixed(0)} ms`,
      );
      expect(keys.length).toBe(typed.length * 3);
      const expected = text.slice(0, middle) + typed.repeat(3) + text.slice(middle);
      expect(await valueOf(page)).toBe(expected);
      // after the check every mark sits on the text it marks again: its finding's text is there
      const marks = await drawnMarks(page);
      const findings = await page.evaluate(() => document.querySelector("helder-checker")!.visibleFindings.map((f) => [f.start, f.end, f.text] as const));
      for (const [start, end, t] of findings) expect(expected.slice(start, end)).toBe(t);
      expect(marks.length).toBeGreaterThan(0);
      // marks are drawn for the part on screen: scrolled to the end, the end of the text has its marks
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await expect.poll(async () => (await drawnMarks(page)).some((m) => m.start > expected.length * 0.9)).toBe(true);
    } finally {
      await context.close();
    }
  });
});
