// The workshop pages: /oefening (start), /oefening/trainer (trainer view; the token is in the #fragment),
// /oefening/meedoen (participants) and their scripts and CSS under /oefening/assets/.
// Built by scripts/build-exercise.ts when missing or stale.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { Hono } from "hono";
import { etag } from "hono/etag";
import { ensureExerciseBuild, exerciseOutDir } from "../../scripts/build-exercise.ts";

const HTML = "text/html; charset=utf-8";
const JS = "text/javascript; charset=utf-8";

const ASSETS: Record<string, { file: string; type: string }> = {
  "/oefening": { file: "start.html", type: HTML },
  "/oefening/trainer": { file: "trainer.html", type: HTML },
  "/oefening/meedoen": { file: "participant.html", type: HTML },
  "/oefening/assets/start.js": { file: "start.js", type: JS },
  "/oefening/assets/trainer.js": { file: "trainer.js", type: JS },
  "/oefening/assets/participant.js": { file: "participant.js", type: JS },
  "/oefening/assets/exercise.css": { file: "exercise.css", type: "text/css; charset=utf-8" },
};

export function exercisePages(outDir: string = exerciseOutDir): Hono {
  const ready = ensureExerciseBuild(outDir);
  ready.catch((error: unknown) => console.error(`helder: de oefenpagina's konden niet worden gebouwd (${(error as Error).name})`));
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
      return c.body(new Uint8Array(body));
    });
  }
  return app;
}
