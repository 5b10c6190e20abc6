// npm run bench: engine timings against the brief's budgets (§4). Prints numbers; asserts nothing.
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { defaultChecker } from "../server/default-checker.ts";
import { checkMedianMs, median, timeIt, timings } from "./timing.ts";

const here = fileURLToPath(new URL(".", import.meta.url));
const letter = readFileSync(join(here, "../tests/fixtures/huurachterstand.txt"), "utf8");
const checker = defaultChecker();

/** ≥ size characters of varied Dutch: the project's seed documents and fixtures, repeated. */
function dutchCorpus(size: number): string {
  const dir = join(here, "data");
  let sources: string[] = [];
  try {
    sources = readdirSync(dir).filter((n) => n.endsWith(".txt")).map((n) => readFileSync(join(dir, n), "utf8"));
  } catch {
    /* bench/data is optional */
  }
  for (const n of readdirSync(join(here, "../tests/fixtures")).filter((n) => n.endsWith(".txt")))
    sources.push(readFileSync(join(here, "../tests/fixtures", n), "utf8"));
  let out = "";
  while (out.length < size) for (const s of sources) out += s + "\n\n";
  return out.slice(0, size);
}

const MB = 1024 * 1024;
const rows: [string, string][] = [];

const letterMs = checkMedianMs(checker, letter, 1000);
rows.push(["letter (huurachterstand, one page): median", `${letterMs.toFixed(3)} ms (budget < 1 ms)`]);

for (const size of [1 * MB, 2 * MB]) {
  const corpus = dutchCorpus(size);
  checker.check(corpus);
  const times = timings(() => checker.check(corpus), 9);
  const ms = median(times);
  const best = Math.min(...times);
  const rate = (t: number) => (size / MB / (t / 1000)).toFixed(1);
  rows.push([`varied Dutch text, ${size / MB} MB: median (best)`, `${ms.toFixed(0)} ms = ${rate(ms)} MB/s (best ${best.toFixed(0)} ms = ${rate(best)} MB/s; budget ≥ 5 MB/s)`]);
}

function randomUnicode(size: number): string {
  let seed = 42;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const parts: string[] = [];
  let n = 0;
  while (n < size) {
    const plane = Math.floor(rnd() * 17);
    let cp = plane * 0x10000 + Math.floor(rnd() * 0x10000);
    if (cp >= 0xd800 && cp <= 0xdfff) cp = 0x20;
    const ch = String.fromCodePoint(cp);
    parts.push(ch);
    n += ch.length;
  }
  return parts.join("");
}

const hostile: [string, (size: number) => string][] = [
  ["one word", (s) => "a".repeat(s)],
  ["one capitalised word", (s) => "A".repeat(s)],
  ["no spaces or full stops", (s) => "ab,cd;ef-".repeat(Math.ceil(s / 9)).slice(0, s)],
  ["dotted letters (a.a.a.)", (s) => "a.".repeat(s / 2)],
  ["nested brackets", (s) => "(".repeat(s / 2) + ")".repeat(s / 2)],
  ["one long sentence of officialese", (s) => "indien u dient te betalen thans middels ".repeat(Math.ceil(s / 40)).slice(0, s)],
  ["digits and dots", (s) => "1.2.".repeat(s / 4)],
  ["e-mail look-alikes", (s) => "a@b.".repeat(s / 4)],
  ["random Unicode, all planes", randomUnicode],
];
for (const [name, make] of hostile) {
  const small = make(MB / 4);
  const big = make(MB);
  const tSmall = timeIt(() => checker.check(small), 3);
  const tBig = timeIt(() => checker.check(big), 3);
  rows.push([`hostile: ${name}, 1 MB`, `${tBig.toFixed(0)} ms (¼ MB: ${tSmall.toFixed(0)} ms, ratio ${(tBig / tSmall).toFixed(1)}; linear ≈ 4; budget ≤ 2000 ms)`]);
}

const width = Math.max(...rows.map(([k]) => k.length));
for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
