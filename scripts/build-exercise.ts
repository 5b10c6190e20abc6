// Builds the workshop pages (web/exercise): one ES module per page with Lit inside, the page CSS with the
// NL Design System CSS bundled in, and the three HTML pages, into dist/exercise.
// Run `tsx scripts/build-exercise.ts`; the server calls ensureExerciseBuild() at start-up.
import { mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { projectRoot } from "../server/project-root.ts";
import { browserModuleOptions, outputIsStale, writeAtomically, sharedPageInputs } from "./build-shared.ts";
import { readPage } from "./page-shell.ts";

const root = projectRoot();
const thisScript = join(root, "scripts", "build-exercise.ts");
const sourceDir = join(root, "web", "exercise");
export const exerciseOutDir = join(root, "dist", "exercise");
const SCRIPTS = ["start", "trainer", "participant"] as const;
const PAGES = ["start.html", "trainer.html", "participant.html"] as const;
export const EXERCISE_FILES = [...SCRIPTS.map((s) => `${s}.js`), "exercise.css", ...PAGES];

export async function buildExercise(outDir: string = exerciseOutDir): Promise<{ milliseconds: number; bytes: Record<string, number> }> {
  const started = performance.now();
  const esbuild = await import("esbuild");
  await mkdir(outDir, { recursive: true });
  const [scripts, css] = await Promise.all([
    esbuild.build({
      entryPoints: SCRIPTS.map((s) => join(sourceDir, `${s}.ts`)),
      ...browserModuleOptions(root),
      outdir: outDir,
    }),
    esbuild.build({ entryPoints: [join(sourceDir, "exercise.css")], bundle: true, minify: true, write: false, logLevel: "silent" }),
  ]);
  const outputs: Array<[string, Uint8Array]> = scripts.outputFiles.map((f) => [f.path.slice(outDir.length + 1), f.contents]);
  outputs.push(["exercise.css", css.outputFiles[0]!.contents]);
  for (const page of PAGES) outputs.push([page, await readPage(join(sourceDir, page))]);
  await Promise.all(outputs.map(([name, contents]) => writeAtomically(join(outDir, name), contents)));
  return {
    milliseconds: Math.round(performance.now() - started),
    bytes: Object.fromEntries(outputs.map(([name, contents]) => [name, contents.byteLength])),
  };
}

/** Builds when a file is missing or older than a source (web/exercise/**, web/page.css or this script). */
export async function ensureExerciseBuild(outDir: string = exerciseOutDir): Promise<string> {
  const shared = [...sharedPageInputs(root), thisScript];
  if (await outputIsStale(outDir, EXERCISE_FILES, [sourceDir], shared)) await buildExercise(outDir);
  return outDir;
}

if (process.argv[1] && resolve(process.argv[1]) === thisScript) {
  const result = await buildExercise();
  console.log(`exercise build in ${result.milliseconds} ms → ${exerciseOutDir}: ${Object.keys(result.bytes).join(", ")}`);
}
