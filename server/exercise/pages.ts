// The workshop pages: /oefening (start), /oefening/trainer (trainer view; the token is in the #fragment),
// /oefening/meedoen (participants) and their scripts and CSS under /oefening/assets/.
// Built by scripts/build-exercise.ts when missing or stale.
import type { Hono } from "hono";
import { ensureExerciseBuild, exerciseOutDir } from "../../scripts/build-exercise.ts";
import { staticAssets, type Asset } from "../static-assets.ts";

const HTML = "text/html; charset=utf-8";
const JS = "text/javascript; charset=utf-8";

const ASSETS: Record<string, Asset> = {
  "/oefening": { file: "start.html", type: HTML },
  "/oefening/trainer": { file: "trainer.html", type: HTML },
  "/oefening/meedoen": { file: "participant.html", type: HTML },
  "/oefening/assets/start.js": { file: "start.js", type: JS },
  "/oefening/assets/trainer.js": { file: "trainer.js", type: JS },
  "/oefening/assets/participant.js": { file: "participant.js", type: JS },
  "/oefening/assets/exercise.css": { file: "exercise.css", type: "text/css; charset=utf-8" },
};

export function exercisePages(outDir: string = exerciseOutDir): Hono {
  return staticAssets(ensureExerciseBuild(outDir), ASSETS, "de oefenpagina's");
}
