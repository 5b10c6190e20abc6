// Runs an entry point (server/main or cli/helder) from a bundle in dist/, built with esbuild when it is missing
// or older than any source. Plain JavaScript, so Node starts it without a TypeScript loader: this keeps start-up
// fast (loading the sources through tsx costs about half a second). Usage: node scripts/run.mjs ENTRY [args…]
import { build } from "esbuild";
import { readdirSync, renameSync, statSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const entries = { "server/main": "server/main.ts", "cli/helder": "cli/helder.ts" };
const sourceDirs = ["engine", "server", "cli", "lexicon", "data", "scripts"];

const entry = process.argv[2];
if (!(entry in entries)) {
  process.stderr.write(`helder: kies ${Object.keys(entries).join(" of ")}\n`);
  process.exit(2);
}
process.argv.splice(2, 1); // the entry sees its own arguments, as if started directly

function newestSource(dir) {
  let newest = 0;
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, d.name);
    if (d.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (/\.(?:ts|mjs)$/.test(d.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

const out = join(root, "dist", "node", `${entry}.mjs`);
let builtAt = -1;
try {
  builtAt = statSync(out).mtimeMs;
} catch {
  /* not built yet */
}
const newest = Math.max(...sourceDirs.map((d) => newestSource(join(root, d))), statSync(join(root, "package-lock.json")).mtimeMs);
if (newest > builtAt) {
  const result = await build({
    entryPoints: [join(root, entries[entry])],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    write: false,
    logLevel: "error",
  });
  mkdirSync(dirname(out), { recursive: true });
  const temp = `${out}.${process.pid}.tmp`;
  writeFileSync(temp, result.outputFiles[0].contents);
  renameSync(temp, out); // atomic: a second process never reads half a file
}
await import(pathToFileURL(out).href);
