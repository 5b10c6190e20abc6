// The web page: GET / (index.html), /helder-checker.js (the component as one ES module) and /page.css
// (page layout with the NL Design System CSS bundled in). Built by scripts/build-web.ts when missing or stale.
import type { Hono } from "hono";
import { ensureWebBuild, webOutDir } from "../scripts/build-web.ts";
import { staticAssets, type Asset } from "./static-assets.ts";

const ASSETS: Record<string, Asset> = {
  "/": { file: "index.html", type: "text/html; charset=utf-8" },
  "/index.html": { file: "index.html", type: "text/html; charset=utf-8" },
  "/helder-checker.js": { file: "helder-checker.js", type: "text/javascript; charset=utf-8", embeddable: true },
  "/page.css": { file: "page.css", type: "text/css; charset=utf-8" },
};

export interface WebRoutesOptions {
  /** Folder with the built files. Default: dist/web, built at start-up when missing or stale. */
  outDir?: string;
  /** Build when missing or stale (default true). */
  build?: boolean;
}

export function webRoutes(options: WebRoutesOptions = {}): Hono {
  const outDir = options.outDir ?? webOutDir;
  // Start the build now (in the background) so the server can listen at once.
  const ready = options.build === false ? Promise.resolve(outDir) : ensureWebBuild(outDir);
  const app = staticAssets(ready, ASSETS, "de webpagina");
  // mounted last: every address nothing else answers gets this page in Dutch, not "404 Not Found"
  app.all("*", (c) => c.html(NOT_FOUND_PAGE, 404));
  return app;
}

export const NOT_FOUND_PAGE = `<!doctype html>
<html lang="nl" class="voorbeeld-theme utrecht-root">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Deze pagina bestaat niet – Helder</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="/page.css" />
  </head>
  <body class="utrecht-body utrecht-document">
    <main id="main" class="site-main">
      <h1 class="utrecht-heading-1">Deze pagina bestaat niet</h1>
      <p class="utrecht-paragraph">Misschien is het adres niet goed. Of de pagina is weg.</p>
      <p class="utrecht-paragraph"><a class="utrecht-link" href="/">Ga naar Helder</a> en controleer daar uw brief.</p>
    </main>
  </body>
</html>
`;
