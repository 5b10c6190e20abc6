// The trainer page in real Chromium: the anonymous view for a projector ("Namen verbergen"), kept per tab, and
// the warning beside the QR code when the join address works only on this computer.
import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowserAndServer, axeViolations } from "./browser-helpers.ts";

const env = useBrowserAndServer();

async function startSession(browser: Browser, url: string): Promise<{ trainer: Page; code: string }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, bypassCSP: true });
  const trainer = await context.newPage();
  await trainer.goto(`${url}/oefening`);
  await trainer.getByRole("button", { name: "Start een sessie" }).click();
  await trainer.waitForURL(/\/oefening\/trainer#/);
  return { trainer, code: (await trainer.locator(".join-code").getAttribute("data-code"))! };
}

async function joinAndAnswer(browser: Browser, url: string, code: string, name: string, word: string, text: string) {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${url}/oefening/meedoen?code=${code}`);
  await page.getByLabel("Uw naam (niet verplicht)").fill(name);
  await page.getByRole("button", { name: "Doe mee" }).click();
  const item = page.locator(`li.word-item[data-word="${word}"]`);
  await item.locator("input").fill(text);
  await item.getByRole("button", { name: "Controleer" }).click();
  await item.locator(".feedback").waitFor();
  return page;
}

describe("the trainer page on a projector", () => {
  it("'Namen verbergen' shows numbers and counts instead of names and per-person 'nog niet', and lasts after a reload", async () => {
    const { trainer, code } = await startSession(env.browser, env.server.url);
    await joinAndAnswer(env.browser, env.server.url, code, "Anna", "echter", "maar");
    await joinAndAnswer(env.browser, env.server.url, code, "Bram", "echter", "echter");
    const echter = trainer.locator('.word-box[data-word="echter"]');
    await echter.locator("li.verdict-rejected", { hasText: "echter" }).waitFor();
    // the normal view names people and who is not there yet
    expect(await echter.innerText()).toMatch(/Bram, nog niet/);

    await trainer.getByLabel("Namen verbergen").check();
    const main = () => trainer.locator("main").innerText();
    await echter.locator(".tally").waitFor();
    expect(await echter.locator(".tally").innerText()).toBe("2 antwoorden: 1 goed, 0 makkelijk, 1 nog niet.");
    expect(await echter.locator(".responses li").allInnerTexts()).toEqual(["maar"]);
    await trainer.locator(".participant-list summary").click();
    expect(await trainer.locator(".participant-name").allInnerTexts()).toEqual(["Deelnemer 1", "Deelnemer 2"]);
    expect(await main()).not.toMatch(/Anna|Bram/);
    expect(await trainer.locator(".verdict-rejected").count()).toBe(0);
    mkdirSync("test-artifacts", { recursive: true });
    await trainer.screenshot({ path: "test-artifacts/exercise-trainer-anonymous.png", fullPage: true });
    expect(await axeViolations(trainer)).toEqual([]);

    // kept in this tab: a reload of the projected screen stays anonymous
    await trainer.reload();
    await trainer.locator('.word-box[data-word="echter"] .tally').waitFor();
    expect(await trainer.getByLabel("Namen verbergen").isChecked()).toBe(true);
    expect(await main()).not.toMatch(/Anna|Bram/);

    // and it can be switched off again
    await trainer.getByLabel("Namen verbergen").uncheck();
    await trainer.locator('.word-box[data-word="echter"] li', { hasText: "Bram, nog niet" }).waitFor();
    expect(await trainer.evaluate(() => sessionStorage.length)).toBe(0);
  }, 30_000);

  it("shows no 'Antwoorden (alleen voor u)' fold-outs on the projected screen, and the answers for everyone once revealed", async () => {
    const { trainer } = await startSession(env.browser, env.server.url);
    const voltooid = trainer.locator('.word-box[data-word="voltooid"]');
    await voltooid.locator("details.trainer-answers").waitFor();
    expect(await voltooid.locator("summary").innerText()).toBe("Antwoorden (alleen voor u)");

    await trainer.getByLabel("Namen verbergen").check();
    await voltooid.locator(".tally").waitFor();
    // not closed but gone: nothing to open, and the answers are nowhere in the page, also not hidden
    expect(await trainer.locator(".trainer-answers").count()).toBe(0);
    expect(await trainer.locator("main details").count()).toBe(0);
    expect(await trainer.locator("main").evaluate((m) => m.textContent)).not.toMatch(/alleen voor u|om in te kijken|belasting achteraf/);
    expect(await axeViolations(trainer)).toEqual([]);
    await trainer.reload();
    await voltooid.locator(".tally").waitFor();
    expect(await trainer.locator(".trainer-answers").count()).toBe(0);

    // revealed to everyone: then the projector shows them too
    await trainer.getByRole("button", { name: "Laat de antwoorden zien aan iedereen" }).click();
    await voltooid.locator("p.trainer-answers").waitFor();
    expect(await voltooid.locator("p.trainer-answers").innerText()).toBe("Antwoorden: af / klaar");
    expect(await trainer.locator("details.trainer-answers").count()).toBe(0);
  }, 30_000);
});

describe("the join address outside LAN mode", () => {
  it("warns beside the QR code that other devices cannot use a 127.0.0.1 address, and says how to start with --lan", async () => {
    const { trainer } = await startSession(env.browser, env.server.url);
    const panel = trainer.locator(".join-panel");
    await panel.locator(".join-qr").waitFor();
    expect(await trainer.locator(".join-url").innerText()).toMatch(/^http:\/\/127\.0\.0\.1:/);
    const warning = panel.locator(".local-only-warning");
    expect(await warning.isVisible()).toBe(true);
    expect(await warning.innerText()).toMatch(/werkt alleen op deze computer/);
    expect(await warning.locator("code").innerText()).toBe("npm start -- --lan");
    // beside the QR code: right below it, in the same panel
    const [qr, box] = await Promise.all([panel.locator(".join-qr").boundingBox(), warning.boundingBox()]);
    expect(box!.y).toBeGreaterThanOrEqual(qr!.y + qr!.height);
    expect(box!.y - (qr!.y + qr!.height)).toBeLessThan(40);
    expect(await axeViolations(trainer)).toEqual([]);
  }, 30_000);
});
