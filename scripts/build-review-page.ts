// Builds the "Sjablonen controleren" page (web/review-page): its script with Lit inside, the read-once script the
// checker page loads (open-in-checker.js), the page CSS with the NL Design System CSS bundled in, and the HTML,
// into dist/review-page. The same pattern as scripts/build-exercise.ts; the server calls ensureReviewPageBuild().
import { mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { projectRoot } from "../server/project-root.ts";
import { browserModuleOptions, outputIsStale, writeAtomically, sharedPageInputs } from "./build-shared.ts";
import { readPage } from "./page-shell.ts";

const root = projectRoot();
const thisScript = join(root, "scripts", "build-review-page.ts");
const sourceDir = join(root, "web", "review-page");
export const reviewPageOutDir = join(root, "dist", "review-page");
const SCRIPTS = ["review-page", "open-in-checker"] as const;
export const REVIEW_PAGE_FILES = [...SCRIPTS.map((s) => `${s}.js`), "review-page.css", "index.html"];

export async function buildReviewPage(outDir: string = reviewPageOutDir): Promise<{ milliseconds: number; bytes: Record<string, number> }> {
  const started = performance.now();
  const esbuild = await import("esbuild");
  await mkdir(outDir, { recursive: true });
  const [scripts, css] = await Promise.all([
    esbuild.build({ entryPoints: SCRIPTS.map((s) => join(sourceDir, `${s}.ts`)), ...browserModuleOptions(root), outdir: outDir }),
    esbuild.build({ entryPoints: [join(sourceDir, "review-page.css")], bundle: true, minify: true, write: false, logLevel: "silent" }),
  ]);
  const outputs: Array<[string, Uint8Array]> = scripts.outputFiles.map((f) => [f.path.slice(outDir.length + 1), f.contents]);
  outputs.push(["review-page.css", css.outputFiles[0]!.contents], ["index.html", await readPage(join(sourceDir, "index.html"))]);
  await Promise.all(outputs.map(([name, contents]) => writeAtomically(join(outDir, name), contents)));
  return { milliseconds: Math.round(performance.now() - started), bytes: Object.fromEntries(outputs.map(([name, c]) => [name, c.byteLength])) };
}

/** Builds when a file is missing or older than a source (web/review-page/**, web/page.css or the build scripts). */
export async function ensureReviewPageBuild(outDir: string = reviewPageOutDir): Promise<string> {
  const shared = [...sharedPageInputs(root), thisScript];
  if (await outputIsStale(outDir, REVIEW_PAGE_FILES, [sourceDir], shared)) await buildReviewPage(outDir);
  return outDir;
}

if (process.argv[1] && resolve(process.argv[1]) === thisScript) {
  const result = await buildReviewPage();
  console.log(`review page build in ${result.milliseconds} ms → ${reviewPageOutDir}: ${Object.keys(result.bytes).join(", ")}`);
}
