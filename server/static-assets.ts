// Serves built files (the page, the workshop pages) from a folder that a build promise delivers.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { Hono } from "hono";
import { etag } from "hono/etag";

export interface Asset {
  file: string;
  type: string;
  /** May be loaded by other sites (the embeddable component on an intranet page). */
  embeddable?: boolean;
}

/** Routes for `assets`; each file is read once, after `ready` (the build) gives its folder. */
export function staticAssets(ready: Promise<string>, assets: Record<string, Asset>, what: string): Hono {
  ready.catch((error: unknown) => console.error(`helder: ${what} kon niet worden gebouwd (${(error as Error).name})`));
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
  for (const [path, asset] of Object.entries(assets)) {
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
