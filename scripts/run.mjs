// Runs an entry point (server/main or cli/helder) from its bundle in dist/ (see node-bundle.mjs).
// Usage: node scripts/run.mjs ENTRY [args…]
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { ensureNodeBundle } from "./node-bundle.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const runnable = ["server/main", "cli/helder"];

const entry = process.argv[2];
if (!runnable.includes(entry)) {
  process.stderr.write(`helder: kies ${runnable.join(" of ")}\n`);
  process.exit(2);
}
process.argv.splice(2, 1); // the entry sees its own arguments, as if started directly
const out = await ensureNodeBundle(root, entry); // the server's check pool builds its worker's bundle itself
await import(pathToFileURL(out).href);
