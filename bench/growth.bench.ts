// npm run bench: does any step grow faster than the text? The whole rewrite request (check, sentence
// rewrites, apply, fact check; what POST /api/rewrite runs in a worker) on texts of growing size made of
// hostile pieces: repeated numbers, amounts, dates, officialese, placeholders, full stops. A linear step
// gives a ratio of about 4 between 64K and 16K characters; a quadratic one about 16. Prints, asserts nothing.
import fc from "fast-check";
import { defaultChecker } from "../server/default-checker.ts";
import { runTask } from "../server/pool/tasks.ts";

const checker = defaultChecker();
const pieces = ["1 ", "€ 12,50 ", "1 mei 2024 ", "indien ", "echter ", "ACHTERNAAM ", "{naam} ", ". ", "a. ", "Jan ", "OTS ", "wordt betaald ", "\n", "\n\n", "(", ")", "Wmo (Wet maatschappelijke ondersteuning) "];

/** Texts of the given size from one seed: a random sequence of pieces, repeated to length. */
function texts(seed: number, count: number): string[] {
  return fc.sample(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 12 }), { seed, numRuns: count }).map((a) => a.join(""));
}
const grow = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** Best of three (one run moved the ratio by ±50 % on this machine), and the rewrite's number of rounds. */
function rewriteMs(text: string): { ms: number; rounds: number } {
  let best = Infinity;
  let rounds = 0;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const answer = runTask(checker, { kind: "rewrite", text, accept: "all-safe" }) as string;
    best = Math.min(best, performance.now() - t);
    rounds = (JSON.parse(answer) as { rounds: number }).rounds;
  }
  return { ms: best, rounds };
}

const rows: [string, number, number, string][] = [];
for (const unit of [...pieces.slice(0, 8).map((p) => p), ...texts(7, 12)]) {
  const small = rewriteMs(grow(unit, 16_384));
  const big = rewriteMs(grow(unit, 65_536));
  rows.push([JSON.stringify(unit).slice(0, 60), big.ms, big.ms / Math.max(small.ms, 0.5), `${small.rounds} → ${big.rounds}`]);
}
rows.sort((a, b) => b[2] - a[2]);
// A round applies what one report holds (at most MAX_FINDINGS), so a text with more safe suggestions than that
// takes more rounds (at most maxRounds): the ratio then grows with the rounds, each of which is linear.
console.log("rewrite request on repeated hostile pieces, 64K characters (best of 3; ratio to 16K, linear ≈ 4; rounds 16K → 64K):");
for (const [name, t, ratio, rounds] of rows) console.log(`  ${name.padEnd(62)} ${t.toFixed(0).padStart(5)} ms  ratio ${ratio.toFixed(1)}  rounds ${rounds}`);
console.log(`highest ratio ${rows[0]![2].toFixed(1)}, slowest ${Math.max(...rows.map((r) => r[1])).toFixed(0)} ms`);
