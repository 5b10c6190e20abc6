// Builds a Node entry point (the server, the CLI, the check worker) into one ES module in dist/node/, with
// esbuild, when the bundle is missing or older than any source. Plain JavaScript, so Node loads it without a
// TypeScript loader: this keeps start-up fast (loading the sources through tsx costs about half a second).
import { mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

export const nodeEntries = { "server/main": "server/main.ts", "cli/helder": "cli/helder.ts", "server/check-worker": "server/pool/check-worker.ts", "cli/review-worker": "cli/review/review-worker.ts" };
const sourceDirs = ["engine", "server", "cli", "lexicon", "data", "scripts"];

function newestSource(dir) {
  let newest = 0;
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, d.name);
    if (d.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (/\.(?:ts|mjs)$/.test(d.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** The path of the entry's bundle under root, built first when needed. */
export async function ensureNodeBundle(root, entry) {
  const out = join(root, "dist", "node", `${entry}.mjs`);
  let builtAt = -1;
  try {
    builtAt = statSync(out).mtimeMs;
  } catch {
    /* not built yet */
  }
  const newest = Math.max(...sourceDirs.map((d) => newestSource(join(root, d))), statSync(join(root, "package-lock.json")).mtimeMs);
  if (newest > builtAt) {
    const { build } = await import("esbuild"); // only when building: loading esbuild costs ~80 ms of every start
    const result = await build({
      entryPoints: [join(root, nodeEntries[entry])],
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      // Packages are bundled too: resolving and parsing some hundred package files costs ~300 ms at every start.
      // Kept outside: esbuild (a native binary), piscina (starts its own worker file), and mammoth and jszip,
      // which only reading a Word file needs (loaded when needed).
      external: ["esbuild", "piscina", "mammoth", "jszip"],
      banner: { js: 'import { createRequire as __helderRequire } from "node:module"; const require = __helderRequire(import.meta.url);' },
      write: false,
      logLevel: "error",
    });
    mkdirSync(dirname(out), { recursive: true });
    const temp = `${out}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(temp, result.outputFiles[0].contents);
    renameSync(temp, out); // atomic: a second process never reads half a file
  }
  return out;
}
