// npm run bench (part): `helder review` on a folder of 1,000 generated letters (about 1.5 MB) as a user runs it,
// start-up included, on one thread and on worker threads; and the checking alone, in this process.
// Also 100 Word letters, for the cost of reading .docx. Prints numbers; asserts nothing.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Document, Packer, Paragraph } from "docx";
import { runReview } from "../cli/review/run-review.ts";
import { defaultChecker } from "../server/default-checker.ts";
import { nodeFlagsOf } from "./node-flags.ts";
import { median } from "./timing.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const lettersDir = join(root, "tests/fixtures/letters");
const sources = readdirSync(lettersDir).filter((n) => n.endsWith(".txt")).map((n) => readFileSync(join(lettersDir, n), "utf8"));
const names = ["Jansen", "De Vries", "Bakker", "Visser", "Smit", "Meijer", "El Idrissi", "Yılmaz", "Van den Berg", "Mulder"];

/** Letter i: a source letter with another name, amount and file number, so no two files are the same. */
function letter(i: number): string {
  return sources[i % sources.length]!
    .replace(/ACHTERNAAM|\{naam\}|\[naam\]/g, names[i % names.length]!)
    .replace(/\b\d{4}-\d{3,5}\b/g, `2025-${String(1000 + i)}`)
    .concat(`\n\nKenmerk: BR-${String(i).padStart(5, "0")}\n`);
}

const dir = mkdtempSync(join(tmpdir(), "helder-review-bench-"));
let bytes = 0;
for (let i = 0; i < 1000; i++) {
  const sub = join(dir, `team-${i % 8}`);
  mkdirSync(sub, { recursive: true });
  const text = letter(i);
  bytes += Buffer.byteLength(text);
  writeFileSync(join(sub, `brief-${String(i).padStart(4, "0")}.txt`), text);
}
const MB = 1e6;
const rows: [string, string][] = [];
const rate = (files: number, b: number, ms: number) => `${(files / (ms / 1000)).toFixed(0)} files/s, ${(b / MB / (ms / 1000)).toFixed(2)} MB/s`;

const nodeFlags = nodeFlagsOf("helder");

function cli(folder: string, env: Record<string, string>): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [...nodeFlags, join(root, "scripts/run.mjs"), "cli/helder", "review", "--quiet", "--format", "json", "--out", join(tmpdir(), `helder-review-bench-${process.pid}.json`), folder], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, CI: "1", ...env },
  });
  if (r.status !== 0) throw new Error(`helder review failed: ${r.stderr}`);
  return performance.now() - t0;
}

cli(join(dir, "team-0"), {}); // builds the bundles once, outside the timings
for (const [label, env] of [
  ["default (threads by input size)", {}],
  ["one thread (HELDER_WORKERS=0)", { HELDER_WORKERS: "0" }],
  ["2 worker threads (HELDER_WORKERS=2)", { HELDER_WORKERS: "2" }],
] as const) {
  const times = [cli(dir, env), cli(dir, env), cli(dir, env)];
  const ms = median(times);
  rows.push([`1,000 letters (${(bytes / MB).toFixed(2)} MB), helder review, wall incl. start-up, ${label}`, `${ms.toFixed(0)} ms = ${rate(1000, bytes, ms)} (budget < 2 s)`]);
}

// The engine alone once V8 has optimised it (as in a long review or a server), in a process of its own: the same
// 1,000 texts, five rounds, the fastest round.
const warm = spawnSync(process.execPath, ["--max-semi-space-size=64", "--import", "tsx", fileURLToPath(new URL("./warm-engine.ts", import.meta.url)), dir], { cwd: root, encoding: "utf8" });
if (warm.status !== 0) throw new Error(`warm engine bench failed: ${warm.stderr}`);
const warmMs = Number(warm.stdout.trim());
rows.push(["1,000 letters, check only, warm engine (fastest of 5 rounds), one thread", `${warmMs.toFixed(0)} ms = ${rate(1000, bytes, warmMs)}`]);

defaultChecker();
await runReview([join(dir, "team-0")], { withText: false, threads: 0 }); // warm
const t0 = performance.now();
await runReview([dir], { withText: false, threads: 0 });
const checkMs = performance.now() - t0;
rows.push(["1,000 letters, read + check only, this process, one thread", `${checkMs.toFixed(0)} ms = ${rate(1000, bytes, checkMs)} (budget ≥ 5 MB/s)`]);

const wordDir = join(dir, "word");
mkdirSync(wordDir);
let wordBytes = 0;
for (let i = 0; i < 100; i++) {
  const text = letter(i);
  wordBytes += Buffer.byteLength(text);
  const doc = new Document({ sections: [{ children: text.split(/\n+/).map((p) => new Paragraph(p)) }] });
  writeFileSync(join(wordDir, `brief-${i}.docx`), await Packer.toBuffer(doc));
}
const t1 = performance.now();
await runReview([wordDir], { withText: false, threads: 0 });
const wordMs = performance.now() - t1;
rows.push(["100 Word letters (.docx), read + check only, one thread", `${wordMs.toFixed(0)} ms = ${(wordMs / 100).toFixed(1)} ms per file, ${rate(100, wordBytes, wordMs)} of text`]);

rmSync(dir, { recursive: true, force: true });
const width = Math.max(...rows.map(([k]) => k.length));
console.log("\nhelder review");
for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);
