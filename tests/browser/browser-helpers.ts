// Shared set-up for the browser tests: the real Helder server on a free port, and headless Chromium.
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { serve, type ServerType } from "@hono/node-server";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { createApp } from "../../server/app.ts";
import { afterAll, beforeAll } from "vitest";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Starts the real server on a free port, or uses HELDER_TEST_URL when it is set (a server you run yourself). */
export async function startServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const given = process.env.HELDER_TEST_URL;
  if (given) return { url: given.replace(/\/+$/, ""), close: async () => {} };
  const app = createApp();
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** Messages of every dialog (alert, confirm …) the page tried to open. */
  dialogs: string[];
  /** Errors thrown in the page. */
  errors: string[];
}

/** Opens the Helder page and counts check results (helder-findings events) in window.__checks. */
export async function openPage(
  browser: Browser,
  url: string,
  options: { width?: number; height?: number; bypassCSP?: boolean } = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1360, height: options.height ?? 900 },
    bypassCSP: options.bypassCSP ?? false,
  });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: url });
  const page = await context.newPage();
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${url}/`);
  await page.waitForFunction(() => customElements.get("helder-checker") !== undefined);
  await page.evaluate(() => {
    const w = window as unknown as { __checks: number };
    w.__checks = 0;
    document.addEventListener("helder-findings", () => w.__checks++);
  });
  return { context, page, dialogs, errors };
}

export function checksSoFar(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __checks: number }).__checks);
}

/** Waits until a check result newer than `seen` is shown. */
export async function waitForCheckAfter(page: Page, seen: number): Promise<void> {
  await page.waitForFunction((n) => (window as unknown as { __checks: number }).__checks > n, seen);
}

/** Pastes text into the text box the way a user does: clipboard, then Ctrl+V. */
export async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press("Control+V");
}

export async function pasteAndWait(page: Page, text: string): Promise<void> {
  const seen = await checksSoFar(page);
  await page.locator("helder-checker textarea").focus();
  await paste(page, text);
  await waitForCheckAfter(page, seen);
}

export interface ShownFinding {
  id: string;
  rule: string;
  start: number;
  end: number;
  text: string;
  safe: boolean;
}

export function shownFindings(page: Page): Promise<ShownFinding[]> {
  return page.evaluate(() =>
    document.querySelector("helder-checker")!.visibleFindings.map((f) => ({
      id: f.id,
      rule: f.rule,
      start: f.start,
      end: f.end,
      text: f.text,
      safe: f.suggestions.some((s) => s.safe),
    })),
  );
}

export function valueOf(page: Page): Promise<string> {
  return page.evaluate(() => document.querySelector("helder-checker")!.value);
}

/** The highlight marks as drawn: each with its offsets in the text and its classes. */
export function drawnMarks(page: Page): Promise<Array<{ start: number; end: number; classes: string[] }>> {
  return page.evaluate(() => {
    const backdrop = document.querySelector("helder-checker")!.shadowRoot!.querySelector(".backdrop")!;
    const marks: Array<{ start: number; end: number; classes: string[] }> = [];
    // the layer holds a block per paragraph with text and marks inside: count the text in document order
    const walker = document.createTreeWalker(backdrop, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    let offset = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) offset += node.textContent!.length;
      else if (node instanceof HTMLElement && node.tagName === "MARK") marks.push({ start: offset, end: offset + node.textContent!.length, classes: [...node.classList] });
    }
    return marks;
  });
}

/** Starts Chromium and the server before a test file and stops both after it; read them from the result. */
export function useBrowserAndServer(): { browser: Browser; server: Awaited<ReturnType<typeof startServer>> } {
  const env = {} as { browser: Browser; server: Awaited<ReturnType<typeof startServer>> };
  beforeAll(async () => {
    [env.browser, env.server] = await Promise.all([launchBrowser(), startServer()]);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}


const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/**
 * axe-core's violations on the page (WCAG 2.1 A and AA, and with `bestPractice` its best practices too), each as
 * "rule (nodes) first target". axe is injected once per page load, so the page must allow it (bypassCSP).
 */
export async function axeViolations(page: Page, options: { bestPractice?: boolean } = {}): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: axePath });
  const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", ...(options.bestPractice ? ["best-practice"] : [])];
  return page.evaluate(async (values) => {
    type Result = { violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> };
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<Result> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values } });
    return result.violations.map((v) => `${v.id} (${v.nodes.length}) ${JSON.stringify(v.nodes[0]?.target)}`);
  }, tags);
}
