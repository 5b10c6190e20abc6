// The workshop in real Chromium: one trainer and two participants. Join by code, answers checked right
// away, answers hidden on the wire until the reveal (HTTP bodies and server-sent events, read through the
// DevTools protocol), and the reveal reaching both participants.
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { OEFENING2_WORDS } from "../../server/exercise/oefening2.ts";
import { useBrowserAndServer } from "./browser-helpers.ts";

const ALL_ANSWERS = [...new Set(OEFENING2_WORDS.flatMap((w) => w.answers))];

const env = useBrowserAndServer();

interface Wire {
  /** Every API response body and every server-sent event this page received. */
  payloads: string[];
  errors: string[];
}

interface Recorded {
  page: Page;
  wire: Wire;
  /** Every URL the page asked for. */
  urls: string[];
}

/** A new page that records what reaches it from the API: response bodies and EventSource messages. */
async function recordedPage(): Promise<Recorded> {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const wire: Wire = { payloads: [], errors: [] };
  const urls: string[] = [];
  page.on("request", (request) => urls.push(request.url()));
  page.on("pageerror", (e) => wire.errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && wire.errors.push(m.text()));
  page.on("response", async (response) => {
    if (!response.url().includes("/api/") || (response.headers()["content-type"] ?? "").includes("event-stream")) return;
    wire.payloads.push(await response.text().catch(() => ""));
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  cdp.on("Network.eventSourceMessageReceived", (event) => wire.payloads.push(`event: ${event.eventName}\ndata: ${event.data}`));
  return { page, wire, urls };
}

function leakedAnswers(payloads: string[], typed: string[]): string[] {
  // ids and tickets are random letters and digits: "…3af9…" holds "af" between two digits, which is no word
  const text = payloads.join("\n").toLowerCase().replace(/(?=[\w-]*\d)[\w-]{8,}/g, " ");
  return ALL_ANSWERS.filter((a) => !typed.includes(a) && new RegExp(`(^|[^\\p{L}])${a}($|[^\\p{L}])`, "u").test(text));
}

async function answer(page: Page, word: string, text: string, verdict: "accepted" | "rejected" | "plain") {
  const item = page.locator(`li.word-item[data-word="${word}"]`);
  await item.locator("input").fill(text);
  await item.getByRole("button", { name: "Controleer" }).click();
  await item.locator(`.feedback.verdict-${verdict}`).waitFor();
  return (await item.locator(".feedback").textContent()) ?? "";
}

describe("Oefening 2 with one trainer and two participants", () => {
  it("join by code, answers checked, hidden on the wire until the reveal, and the reveal reaches both", async () => {
    const trainer = await recordedPage();
    await trainer.page.goto(`${env.server.url}/oefening`);
    await trainer.page.getByRole("button", { name: "Start een sessie" }).click();
    await trainer.page.waitForURL(/\/oefening\/trainer#[\w-]{32}$/);
    const code = (await trainer.page.locator(".join-code").getAttribute("data-code"))!;
    expect(code).toMatch(/^[A-Z0-9]{6}$/);
    expect(await trainer.page.locator(".join-url").textContent()).toBe(`${env.server.url}/oefening/meedoen?code=${code}`);

    // participant 1 types the code; participant 2 follows the join link
    const anna = await recordedPage();
    await anna.page.goto(`${env.server.url}/oefening/meedoen`);
    await anna.page.getByLabel("Code van de trainer").fill(code.toLowerCase());
    await anna.page.getByLabel("Uw naam (niet verplicht)").fill("Anna");
    await anna.page.getByRole("button", { name: "Doe mee" }).click();
    const bram = await recordedPage();
    await bram.page.goto(`${env.server.url}/oefening/meedoen?code=${code}`);
    await bram.page.getByRole("button", { name: "Doe mee" }).click();
    await anna.page.locator(".exercise-meta").getByText("Anna").waitFor();
    await bram.page.locator(".exercise-meta").getByText("Deelnemer 2").waitFor();
    await trainer.page.locator(".participant-count").getByText("2 deelnemers doen mee.").waitFor();

    // answers are checked right away; before the reveal only as plain or not plain (not: on the trainer's list)
    const onList = await answer(anna.page, "echter", "maar", "plain");
    expect(onList).toMatch(/^Makkelijk woord: Dit is een makkelijk woord\./);
    expect(await answer(bram.page, "echter", "echter", "rejected")).toMatch(/het moeilijke woord zelf/);
    await answer(bram.page, "indien", "middels", "rejected");
    expect(await answer(bram.page, "sanctie", "fiets", "plain")).toBe(onList);
    await answer(anna.page, "sanctie", "gevolgen", "plain");

    // the trainer sees them live, per word, with the full judgement
    const echterBox = trainer.page.locator('.word-box[data-word="echter"]');
    await echterBox.locator("li.verdict-accepted", { hasText: "maar" }).waitFor();
    await echterBox.locator("li.verdict-rejected", { hasText: "echter" }).waitFor();
    await trainer.page.locator('.word-box[data-word="sanctie"] li', { hasText: "gevolgen" }).waitFor();

    // nothing on either participant's wire gives the answers away (only what they typed themselves)
    expect(anna.wire.payloads.some((p) => p.startsWith("event: state"))).toBe(true);
    expect(leakedAnswers(anna.wire.payloads, ["maar"])).toEqual([]);
    expect(leakedAnswers(bram.wire.payloads, [])).toEqual([]);
    expect(await anna.page.locator(".trainer-answers").count()).toBe(0);

    // one button reveals the answers to everyone
    await trainer.page.getByRole("button", { name: "Laat de antwoorden zien aan iedereen" }).click();
    await trainer.page.locator(".reveal-done").waitFor();
    for (const p of [anna, bram]) {
      await p.page.locator('li.word-item[data-word="ter inzage"] .trainer-answers', { hasText: "om in te kijken" }).waitFor();
      expect(await p.page.locator(".trainer-answers").count()).toBe(OEFENING2_WORDS.length);
      // and now the wire does carry them: the recording above could see answers if they were there
      expect(leakedAnswers(p.wire.payloads, [])).toEqual(ALL_ANSWERS);
    }
    // after the reveal Anna's answer shows as on the list
    await anna.page.locator('li.word-item[data-word="echter"] .feedback.verdict-accepted').waitFor();
    // the token never appears in a URL: live updates use one-use tickets
    for (const p of [trainer, anna, bram]) expect(p.urls.filter((u) => /[?&]token=/.test(u))).toEqual([]);
    expect(anna.urls.some((u) => /\/events\?ticket=/.test(u))).toBe(true);

    // the trainer takes Bram out: his page says so at once, and his token stops working
    trainer.page.on("dialog", (dialog) => void dialog.accept());
    await trainer.page.locator(".participant-list summary").click();
    await trainer.page.locator(".participant-list li", { hasText: "Deelnemer 2" }).getByRole("button", { name: "Haal uit de sessie" }).click();
    await bram.page.getByText("De trainer heeft u uit de sessie gehaald.").waitFor();
    await trainer.page.locator(".participant-count").getByText("1 deelnemer doet mee.").waitFor();
    expect([...trainer.wire.errors, ...anna.wire.errors, ...bram.wire.errors]).toEqual([]);
  }, 30_000);

  it("part 2: a B1 rewrite scores clearly better than the letter pasted back, and a lost amount is named", async () => {
    const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8");
    const trainer = await recordedPage();
    await trainer.page.goto(`${env.server.url}/oefening`);
    await trainer.page.getByRole("button", { name: "Start een sessie" }).click();
    await trainer.page.waitForURL(/\/oefening\/trainer#/);
    const code = (await trainer.page.locator(".join-code").getAttribute("data-code"))!;

    const join = async (name: string) => {
      const p = await recordedPage();
      await p.page.goto(`${env.server.url}/oefening/meedoen?code=${code}`);
      await p.page.getByLabel("Uw naam (niet verplicht)").fill(name);
      await p.page.getByRole("button", { name: "Doe mee" }).click();
      await p.page.getByRole("button", { name: "Open de brief" }).click();
      return p;
    };
    const submit = async (page: Page, text: string) => {
      await page.locator("#rewrite").fill(text);
      const answered = page.waitForResponse((r) => r.url().endsWith("/letter") && r.request().method() === "POST");
      await page.getByRole("button", { name: "Controleer mijn tekst" }).click();
      const { score } = (await (await answered).json()) as { score: { rewrite: { score: number }; messages: string[] } };
      // the page shows what the server said
      await page.locator(".letter-verdict", { hasText: `Score: ${score.rewrite.score} van 100` }).waitFor();
      const messages = await page.locator(".letter-messages li").allTextContents();
      expect(messages).toEqual(score.messages);
      return { score: score.rewrite.score, messages };
    };

    const anna = await join("Anna");
    const bram = await join("Bram");
    const pastedBack = await submit(anna.page, fixture("huurachterstand.txt"));
    const plain = await submit(bram.page, fixture("plain-b1-huur.txt"));
    expect(plain.score).toBeGreaterThanOrEqual(pastedBack.score + 50);

    const withoutAmount = await submit(bram.page, fixture("plain-b1-huur.txt").replace("U moet nog € 2.550 betalen.", "U moet nog geld betalen."));
    expect(withoutAmount.messages.join(" ")).toMatch(/€ 2\.550 staat niet meer in uw tekst/);

    // the trainer sees both scores and can put one on the big screen, without a name
    await trainer.page.locator(".score-table tr", { hasText: "Anna" }).waitFor();
    await trainer.page.locator(".score-table tr", { hasText: "Bram" }).getByRole("button", { name: "Toon op scherm" }).click();
    await trainer.page.locator(".spotlight").waitFor();
    expect(await trainer.page.locator(".spotlight").textContent()).not.toMatch(/Bram/);

    // the printed overview has everyone's answers and scores, without the join panel and the buttons
    await trainer.page.getByRole("button", { name: "Print het overzicht" }).waitFor();
    await trainer.page.emulateMedia({ media: "print" });
    expect(await trainer.page.locator(".join-panel").isVisible()).toBe(false);
    expect(await trainer.page.locator(".score-table").isVisible()).toBe(true);
    expect(await trainer.page.getByRole("button", { name: "Print het overzicht" }).isVisible()).toBe(false);
    // the paper can be passed around: it does not say "Deel hem niet" about a link it does not show
    expect(await trainer.page.locator("main").innerText()).not.toContain("Deel hem niet");
    await trainer.page.emulateMedia({ media: "screen" });
    expect(await trainer.page.locator("main").innerText()).toContain("Deel hem niet");

    // reflection answers survive a reload of the tab
    await anna.page.locator("#r0").fill("Ik schrijf kortere zinnen.");
    await anna.page.reload();
    await anna.page.getByRole("button", { name: "Open de brief" }).click().catch(() => undefined);
    await anna.page.locator("#r0").waitFor();
    expect(await anna.page.locator("#r0").inputValue()).toBe("Ik schrijf kortere zinnen.");
    expect([...trainer.wire.errors, ...anna.wire.errors, ...bram.wire.errors]).toEqual([]);
  }, 30_000);
});
