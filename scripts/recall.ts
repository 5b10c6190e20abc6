// Prints Helder's recall on the officialese lists and the guide pairs, with every miss (issue 9).
// Usage: npx tsx scripts/recall.ts [--misses] [--heldout-misses]
// The held-out list is for measuring only: its misses are not printed unless asked, so nobody tunes on them.
import { readFileSync } from "node:fs";
import "./quiet-on-closed-pipe.ts";
import { defaultChecker } from "../server/default-checker.ts";
import { measurePairs, measureRecall, parseMarked, parsePairs } from "./recall-measure.ts";

const dir = new URL("../tests/fixtures/recall/", import.meta.url);
const read = (name: string) => readFileSync(new URL(name, dir), "utf8");
const showMisses = process.argv.includes("--misses");
const showHeldOut = process.argv.includes("--heldout-misses");
const checker = defaultChecker();
const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)} % (${a}/${b})`;

for (const file of ["officialese-sentences.txt", "officialese-heldout.txt", "officialese-round4.txt", "officialese-round5.txt"]) {
  const r = measureRecall(checker, parseMarked(read(file)));
  console.log(`${file}: recall ${pct(r.found, r.total)}`);
  for (const [kind, k] of r.byKind) console.log(`  ${kind}: ${pct(k.found, k.total)}`);
  const show = file.includes("heldout") ? showHeldOut : showMisses;
  if (show) for (const m of r.misses) console.log(`  MISS [${m.text.slice(m.start, m.end)}] ${m.text}`);
}

for (const file of ["guide-pairs.txt", "guide-pairs-round2.txt"]) {
  const p = measurePairs(checker, parsePairs(read(file)));
  console.log(`${file}: VOOR with a finding ${pct(p.beforeFlagged, p.pairs)}, with a warning ${pct(p.beforeWarned, p.pairs)}`);
  console.log(`  NA without warnings ${pct(p.afterQuiet, p.pairs)}; findings per sentence VOOR ${(p.beforeFindings / p.pairs).toFixed(2)}, NA ${(p.afterFindings / p.pairs).toFixed(2)}`);
  if (showMisses) {
    for (const s of p.silentBefore) console.log(`  SILENT VOOR ${s}`);
    for (const l of p.loudAfter) console.log(`  LOUD NA ${l.text} → ${l.ids.join(", ")}`);
  }
}
