// The workshop start page in real Chromium: an "Eigen woorden" list Helder cannot read gets a B1 message with the
// lines and the format, and no session starts with the built-in words instead.
import { describe, expect, it } from "vitest";
import { useBrowserAndServer, axeViolations } from "./browser-helpers.ts";

const env = useBrowserAndServer();

describe("the start page with an own word list", () => {
  it("says which lines it cannot read and what format it expects; once fixed, the session uses those words", async () => {
    const context = await env.browser.newContext({ bypassCSP: true });
    try {
      const page = await context.newPage();
      const sessions: string[] = [];
      page.on("request", (r) => r.url().endsWith("/api/oefening/sessions") && sessions.push(r.postData() ?? ""));
      await page.goto(`${env.server.url}/oefening`);
      await page.getByText("Eigen woorden of een eigen brief gebruiken").click();
      await page.getByLabel("Eigen woorden (niet verplicht)").fill("echter maar toch\nindien = als\nsanctie -- straf");
      // the trainer closes the options again before starting: the message must still be seen
      await page.getByText("Eigen woorden of een eigen brief gebruiken").click();
      await page.getByRole("button", { name: "Start een sessie" }).click();

      const alert = page.locator("#words-error");
      await alert.waitFor();
      expect(await alert.isVisible()).toBe(true);
      const text = await alert.innerText();
      expect(text).toMatch(/^Helder kan deze regels niet lezen:/);
      expect(await alert.locator("li code").allInnerTexts()).toEqual(["echter maar toch", "sanctie -- straf"]);
      expect(text).toMatch(/=-teken/);
      expect(await alert.locator("code").last().innerText()).toBe("echter = maar / toch");
      const box = page.getByLabel("Eigen woorden (niet verplicht)");
      expect(await box.getAttribute("aria-invalid")).toBe("true");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("words");
      expect(page.url()).toMatch(/\/oefening$/);
      expect(sessions).toEqual([]);

      expect(await axeViolations(page)).toEqual([]);

      // fixed (a colon is fine too): the session starts with these words, not the nine built-in ones
      await box.fill("echter: maar / toch\nindien = als\nsanctie = straf");
      await page.getByRole("button", { name: "Start een sessie" }).click();
      await page.waitForURL(/\/oefening\/trainer#/);
      expect(JSON.parse(sessions[0]!).words).toEqual([
        { word: "echter", answers: ["maar", "toch"] },
        { word: "indien", answers: ["als"] },
        { word: "sanctie", answers: ["straf"] },
      ]);
      expect(await page.locator(".word-box").evaluateAll((boxes) => boxes.map((b) => b.getAttribute("data-word")))).toEqual(["echter", "indien", "sanctie"]);
    } finally {
      await context.close();
    }
  }, 30_000);
});
