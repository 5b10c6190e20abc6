// The participant's page of the exercise on a phone (390 px): nothing sticks out sideways, every button is at least
// 44 × 44 px, and axe finds nothing.
import { mkdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { useBrowserAndServer, axeViolations } from "./browser-helpers.ts";

const env = useBrowserAndServer();

describe("the exercise on a phone", () => {
  it("fits 390 px with buttons of at least 44 × 44 px", async () => {
    const trainerContext = await env.browser.newContext();
    const phoneContext = await env.browser.newContext({ viewport: { width: 390, height: 844 }, bypassCSP: true });
    try {
      const trainer = await trainerContext.newPage();
      await trainer.goto(`${env.server.url}/oefening`);
      await trainer.getByRole("button", { name: "Start een sessie" }).click();
      await trainer.waitForURL(/\/oefening\/trainer#/);
      const code = (await trainer.locator(".join-code").getAttribute("data-code"))!;

      const phone = await phoneContext.newPage();
      await phone.goto(`${env.server.url}/oefening/meedoen?code=${code}`);
      await phone.getByRole("button", { name: "Doe mee" }).click();
      await phone.locator(".word-item").first().waitFor();
      const item = phone.locator(".word-item").first();
      await item.locator("input").fill("maar");
      await item.getByRole("button", { name: "Controleer" }).click();
      await item.locator(".feedback").waitFor();

      const layout = await phone.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
        small: [...document.querySelectorAll("button")]
          .filter((b) => b.offsetParent !== null)
          .map((b) => ({ text: b.textContent!.trim(), w: b.getBoundingClientRect().width, h: b.getBoundingClientRect().height }))
          .filter((b) => b.w < 44 || b.h < 44),
        outside: [...document.querySelectorAll(".word-form *")]
          .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
          .map((el) => el.tagName),
      }));
      expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth);
      expect(layout.small).toEqual([]);
      expect(layout.outside).toEqual([]);

      mkdirSync("test-artifacts", { recursive: true });
      await phone.screenshot({ path: "test-artifacts/exercise-phone.png", fullPage: true });
      expect(await axeViolations(phone)).toEqual([]);
    } finally {
      await phoneContext.close();
      await trainerContext.close();
    }
  });
});
