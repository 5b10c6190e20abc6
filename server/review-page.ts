// The "Sjablonen controleren" page: /sjablonen, its script and CSS, and /sjablonen/assets/open-in-checker.js,
// which the checker page loads to open a template. Built by scripts/build-review-page.ts when missing or stale.
import type { Hono } from "hono";
import { ensureReviewPageBuild, reviewPageOutDir } from "../scripts/build-review-page.ts";
import { staticAssets, type Asset } from "./static-assets.ts";

const JS = "text/javascript; charset=utf-8";

const ASSETS: Record<string, Asset> = {
  "/sjablonen": { file: "index.html", type: "text/html; charset=utf-8" },
  "/sjablonen/assets/review-page.js": { file: "review-page.js", type: JS },
  "/sjablonen/assets/open-in-checker.js": { file: "open-in-checker.js", type: JS },
  "/sjablonen/assets/review-page.css": { file: "review-page.css", type: "text/css; charset=utf-8" },
};

export function reviewPage(outDir: string = reviewPageOutDir): Hono {
  return staticAssets(ensureReviewPageBuild(outDir), ASSETS, "de pagina Sjablonen controleren");
}
