// The calm page of issue 12 in real Chromium: the Zinnen view with sentence classes, filters that last, the level
// with reasons, "Begin hier", the "te lang" message and marks in forced colors (Windows High Contrast).
import { mkdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { drawnMarks, openPage, pasteAndWait, shownFindings, useBrowserAndServer, checksSoFar, waitForCheckAfter, axeViolations } from "./browser-helpers.ts";

const letter = readFileSync(new URL("../fixtures/huurachterstand.txt", import.meta.url), "utf8");
const env = useBrowserAndServer();

const checker = (page: Page) => page.locator("helder-checker");
const sentenceStart = (text: string) => letter.indexOf(text);

describe("the Zinnen view (default)", () => {
  it("colours whole sentences by class, draws no tips and no long-sentence band, and shows the level with reasons", async () => {
    const { page, context } = await openPage(env.browser, env.server.url);
    try {
      await pasteAndWait(page, letter);
      expect(await checker(page).locator('input[name="view"][value="zinnen"]').isChecked()).toBe(true);
      const marks = await drawnMarks(page);
      const classAt = (offset: number) => marks.find((m) => m.start <= offset && offset < m.end)?.classes.find((c) => c.startsWith("sc-"));
      expect(classAt(sentenceStart("Uit hoofde van") + 3)).toBe("sc-4");
      expect(classAt(sentenceStart("Indien wij voornoemd") + 3)).toBe("sc-4");
      expect(marks.some((m) => m.classes.includes("bg-lange-zin"))).toBe(false);
      expect(marks.some((m) => m.classes.includes("sev-info"))).toBe(false);
      expect(marks.some((m) => m.classes.includes("sev-error") || m.classes.includes("sev-warning"))).toBe(true);

      const verdict = checker(page).locator(".verdict");
      await expect.poll(() => verdict.locator(".level-label").textContent()).toBe("Deze tekst is ver boven B1-niveau.");
      const reasons = await verdict.locator(".reasons li").allTextContents();
      expect(reasons.length).toBeGreaterThanOrEqual(2);
      expect(reasons.join(" ")).toContain("23,4 woorden");
      // the verdict, the numbers and the list agree: 5 long sentences everywhere
      expect(reasons.join(" ")).toContain("5 zinnen zijn te lang");
      const metrics = await checker(page).locator(".metrics dd").allTextContents();
      expect(metrics[3]).toBe("5");
      expect(await checker(page).locator("#group-lange-zin .count").textContent()).toContain("5");

      mkdirSync("test-artifacts", { recursive: true });
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: "test-artifacts/page-zinnen.png", fullPage: true });
      await checker(page).locator(".panel").screenshot({ path: "test-artifacts/page-level-panel.png" });
    } finally {
      await context.close();
    }
  });

  it("shows every mark in the Alles view, hides a kind with its filter, and keeps the choice after a reload", async () => {
    const { page, context } = await openPage(env.browser, env.server.url);
    try {
      await pasteAndWait(page, letter);
      await checker(page).getByRole("radio", { name: "Alles" }).check();
      let marks = await drawnMarks(page);
      expect(marks.some((m) => m.classes.includes("bg-lange-zin"))).toBe(true);
      expect(marks.some((m) => m.classes.some((c) => c.startsWith("sc-")))).toBe(false);
      const all = (await shownFindings(page)).length;
      await expect.poll(() => checker(page).locator("#findings-title").textContent()).toBe(`Opmerkingen (${all})`);

      await checker(page).getByRole("checkbox", { name: "Lange zinnen" }).uncheck();
      marks = await drawnMarks(page);
      expect(marks.some((m) => m.classes.includes("bg-lange-zin"))).toBe(false);
      expect(await checker(page).locator("#group-lange-zin").count()).toBe(0);

      await page.reload();
      await page.waitForFunction(() => customElements.get("helder-checker") !== undefined);
      expect(await checker(page).getByRole("radio", { name: "Alles" }).isChecked()).toBe(true);
      expect(await checker(page).getByRole("checkbox", { name: "Lange zinnen" }).isChecked()).toBe(false);
      await checker(page).getByRole("checkbox", { name: "Lange zinnen" }).check();
      await checker(page).getByRole("radio", { name: "Zinnen" }).check();
      expect(await page.evaluate(() => JSON.parse(localStorage.getItem("helder.view")!))).toEqual({ view: "zinnen", hidden: [], tips: false });
    } finally {
      await context.close();
    }
  });

  it("jumps from a Begin hier step to its sentence and opens the card there", async () => {
    const { page, context } = await openPage(env.browser, env.server.url);
    try {
      await pasteAndWait(page, letter);
      const steps = checker(page).locator(".begin-here .step");
      expect(await steps.count()).toBeGreaterThanOrEqual(3);
      expect(await steps.count()).toBeLessThanOrEqual(5);
      await steps.first().click();
      const card = checker(page).locator(".card");
      await card.waitFor();
      expect(await card.locator(".kind").textContent()).toContain("Lange zin");
      const quoted = (await steps.first().locator(".step-quote").textContent())!.slice(1, 30);
      const active = (await drawnMarks(page)).filter((m) => m.classes.includes("is-active"));
      expect(active.length).toBeGreaterThan(0);
      expect(active[0]!.start).toBe(sentenceStart(quoted));
      // the step is the longest sentence of the letter
      const longest = (await shownFindings(page)).filter((f) => f.rule === "sentence-length").sort((a, b) => b.text.split(/\s+/).length - a.text.split(/\s+/).length)[0]!;
      expect(active[0]!.start).toBe(longest.start);
      expect(await page.evaluate(() => document.querySelector("helder-checker")!.shadowRoot!.activeElement?.classList.contains("card"))).toBe(true);
    } finally {
      await context.close();
    }
  });

  it("has no axe violations in the Zinnen view, the Alles view, with the card open and in forced colors", async () => {
    const { page, context } = await openPage(env.browser, env.server.url, { bypassCSP: true });
    try {
      await pasteAndWait(page, letter);
      expect(await axeViolations(page, { bestPractice: true })).toEqual([]);
      await checker(page).locator(".begin-here .step").first().click();
      await checker(page).locator(".card").waitFor();
      expect(await axeViolations(page, { bestPractice: true })).toEqual([]);
      await checker(page).getByRole("radio", { name: "Alles" }).check();
      expect(await axeViolations(page, { bestPractice: true })).toEqual([]);
      await page.emulateMedia({ forcedColors: "active" });
      expect(await axeViolations(page, { bestPractice: true })).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe("forced colors (Windows High Contrast)", () => {
  it("keeps the text box see-through and draws the marks in system colours", async () => {
    const { page, context } = await openPage(env.browser, env.server.url);
    try {
      await page.emulateMedia({ forcedColors: "active" });
      await pasteAndWait(page, letter);
      const look = await page.evaluate(() => {
        const root = document.querySelector("helder-checker")!.shadowRoot!;
        const textarea = getComputedStyle(root.querySelector("textarea")!);
        const word = root.querySelector<HTMLElement>("mark.sev-error, mark.sev-warning")!;
        const sentence = root.querySelector<HTMLElement>("mark.sc-4")!;
        return {
          forced: matchMedia("(forced-colors: active)").matches,
          textareaBackground: textarea.backgroundColor,
          wordLine: getComputedStyle(word).textDecorationLine,
          wordColor: getComputedStyle(word).textDecorationColor,
          sentenceShadow: getComputedStyle(sentence).boxShadow,
        };
      });
      expect(look.forced).toBe(true);
      expect(look.textareaBackground).toBe("rgba(0, 0, 0, 0)");
      expect(look.wordLine).toContain("underline");
      expect(look.wordColor).not.toBe("rgba(0, 0, 0, 0)");
      expect(look.sentenceShadow).toContain("inset");
      // and the marks can be seen: the editor has pixels in more than the two colours of text and background
      const shot = await checker(page).locator(".editor").screenshot({ path: "test-artifacts/page-forced-colors.png" });
      expect(shot.length).toBeGreaterThan(1000);
    } finally {
      await context.close();
    }
  });
});

describe("the toolbar", () => {
  it("fits on one row at 1366 px, and every action in it looks like a button", async () => {
    const { page, context } = await openPage(env.browser, env.server.url, { width: 1366, height: 768 });
    try {
      await pasteAndWait(page, letter);
      const boxes = await checker(page).locator(".toolbar button, .after-editor button").evaluateAll((buttons) =>
        buttons.map((b) => ({ top: Math.round(b.getBoundingClientRect().top), border: getComputedStyle(b).borderTopWidth, text: b.textContent!.trim() })),
      );
      expect(new Set(boxes.filter((b) => b.text !== "Kopieer tekst").map((b) => b.top)).size, JSON.stringify(boxes)).toBe(1);
      const copy = boxes.find((b) => b.text === "Kopieer tekst")!;
      expect(copy.border).not.toBe("0px");
    } finally {
      await context.close();
    }
  });
});

describe("a text that is too long", () => {
  it("says the text is too long, not to try again later", async () => {
    const { page, context } = await openPage(env.browser, env.server.url);
    try {
      const seen = await checksSoFar(page);
      await page.evaluate(() => {
        document.querySelector("helder-checker")!.value = "Dit is een zin. ".repeat(70_000);
      });
      const alert = checker(page).locator(".error[role=alert]");
      await alert.waitFor();
      expect(await alert.textContent()).toContain("te lang");
      expect(await alert.textContent()).not.toContain("later opnieuw");
      // a short text after it is checked as usual
      await page.evaluate(() => {
        document.querySelector("helder-checker")!.value = "Wij hebben uw brief ontvangen.";
      });
      await waitForCheckAfter(page, seen);
      expect(await alert.count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
