// What the page build and the workshop build share: writing outputs atomically, the newest source time, and
// the esbuild options for a browser module.
import { readdir, rename, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { BuildOptions } from "esbuild";

/** The files besides its own sources that a page build (workshop, template review) depends on: the shared page CSS and this module. */
export function sharedPageInputs(root: string): string[] {
  return [join(root, "web", "page.css"), join(root, "web", "helder-palette.css"), join(root, "scripts", "build-shared.ts"), join(root, "scripts", "page-shell.ts")];
}

/** Writes through a temporary file, so a server never serves half a file. */
export async function writeAtomically(path: string, contents: string | Uint8Array): Promise<void> {
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temporary, contents);
  await rename(temporary, path);
}

/** The newest modification time of any file below dir. */
export async function newestSourceTime(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? await newestSourceTime(path) : (await stat(path)).mtimeMs);
  }
  return newest;
}

/** One minified ES module per entry, for current browsers, with Lit bundled in. */
export function browserModuleOptions(root: string): BuildOptions & { write: false } {
  return {
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    legalComments: "eof",
    write: false,
    tsconfig: join(root, "tsconfig.json"),
    logLevel: "silent",
  };
}

/**
 * True when one of the outputs is missing or older than a source: a file below one of the folders, or one of the
 * single files (the shared page CSS, the build scripts).
 */
export async function outputIsStale(outDir: string, outputs: readonly string[], sourceDirs: readonly string[], sourceFiles: readonly string[]): Promise<boolean> {
  let oldest = Infinity;
  try {
    for (const file of outputs) oldest = Math.min(oldest, (await stat(join(outDir, file))).mtimeMs);
  } catch {
    return true;
  }
  const newest = Math.max(...(await Promise.all(sourceDirs.map(newestSourceTime))), ...(await Promise.all(sourceFiles.map(async (f) => (await stat(f)).mtimeMs))));
  return newest > oldest;
}
