// What every Helder page shares (the first lines of its head; the skip link, the band, the site header and footer),
// filled in at build time where a page's HTML has <!-- helder:head -->, <!-- helder:header skip="…" tagline="…" -->
// and <!-- helder:footer text="…" -->.
// The five pages (the checker, the template review, the three workshop pages) had these lines written out each.
import { readFile } from "node:fs/promises";

const HEAD = `<meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />`;

const header = (skip: string, tagline: string) => `<a class="skip-link utrecht-link" href="#main">${skip}</a>
    <div class="band"></div>
    <header class="site-header">
      <div class="site-header__content">
        <span class="logo" aria-hidden="true">H</span>
        <div>
          <p class="site-name">Helder</p>
          <p class="site-tagline">${tagline}</p>
        </div>
      </div>
    </header>`;

const footer = (text: string) => `<footer class="site-footer">
      <div class="site-footer__content">
        <p>${text}</p>
      </div>
    </footer>`;

const HEAD_MARK = /<!-- helder:head -->/;
const HEADER_MARK = /<!-- helder:header skip="([^"<>]+)" tagline="([^"<>]+)" -->/;
const FOOTER_MARK = /<!-- helder:footer text="([^"<>]+)" -->/;

/** The page with the shared parts filled in; throws, naming the page, when a mark is missing. */
export function renderPage(name: string, html: string): string {
  for (const mark of [HEAD_MARK, HEADER_MARK, FOOTER_MARK])
    if (!mark.test(html)) throw new Error(`${name}: missing the mark ${mark.source.replace(/\(\[[^)]*\)/g, "…")}`);
  return html
    .replace(HEAD_MARK, HEAD)
    .replace(HEADER_MARK, (_, skip: string, tagline: string) => header(skip, tagline))
    .replace(FOOTER_MARK, (_, text: string) => footer(text));
}

/** A page's HTML file with the shared parts filled in, as bytes to write. */
export async function readPage(path: string): Promise<Uint8Array> {
  return Buffer.from(renderPage(path, await readFile(path, "utf8")));
}
