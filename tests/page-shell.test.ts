// The shared head and site header of the five pages are filled in at build time (scripts/page-shell.ts).
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { renderPage } from "../scripts/page-shell.ts";

const pages = ["web/index.html", "web/review-page/index.html", "web/exercise/start.html", "web/exercise/trainer.html", "web/exercise/participant.html"];

describe("the page shell", () => {
  it.each(pages)("fills in %s: one charset first in the head, one skip link to #main, the site header with its tagline, the footer", (page) => {
    const source = readFileSync(new URL(`../${page}`, import.meta.url), "utf8");
    const tagline = /tagline="([^"]+)"/.exec(source)![1]!;
    const html = renderPage(page, source);
    expect(html).not.toContain("helder:");
    expect(html.match(/<meta charset="utf-8" \/>/g)).toHaveLength(1);
    expect(html.indexOf('<meta charset="utf-8" />')).toBeLessThan(html.indexOf("<title>"));
    expect(html.match(/class="skip-link utrecht-link" href="#main"/g)).toHaveLength(1);
    expect(html).toContain('<main id="main"');
    expect(html).toContain(`<p class="site-tagline">${tagline}</p>`);
    expect(html).toMatch(/<footer class="site-footer">\s*<div class="site-footer__content">\s*<p>Helder bewaart [^<]+<\/p>/);
  });

  it("stops the build, naming the page, when a mark is missing", () => {
    expect(() => renderPage("web/nieuw.html", "<html><head><!-- helder:head --></head><body></body></html>")).toThrow(/web\/nieuw\.html/);
  });
});
