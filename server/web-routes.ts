// The web page: GET / (index.html), /helder-checker.js (the component as one ES module) and /page.css
// (page layout with the NL Design System CSS bundled in). Built by scripts/build-web.ts when missing or stale.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { Hono } from "hono";
import { etag } from "hono/etag";
import { ensureWebBuild, webOutDir } from "../scripts/build-web.ts";

interface Asset {
  file: string;
  type: string;
  /** The component may be embedded on other sites (intranet pages): allow cross-origin loading. */
  embeddable?: boolean;
}

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
  ready.catch((error: unknown) => console.error(`helder: de webpagina kon niet worden gebouwd (${(error as Error).name})`));
  const cache = new Map<string, Promise<Buffer>>();
  const load = (file: string) => {
    let body = cache.get(file);
    if (!body) {
      body = ready.then((dir) => readFile(join(dir, file)));
      body.catch(() => cache.delete(file));
      cache.set(file, body);
    }
    return body;
  };

  const app = new Hono();
  for (const [path, asset] of Object.entries(ASSETS)) {
    app.get(path, etag(), async (c) => {
      const body = await load(asset.file);
      c.header("content-type", asset.type);
      c.header("cache-control", "no-cache");
      if (asset.embeddable) {
        c.header("access-control-allow-origin", "*");
        c.header("cross-origin-resource-policy", "cross-origin");
      }
      return c.body(new Uint8Array(body));
    });
  }
  return app;
}
