// npm run review-suggestions -- FILE…: every safe suggestion Helder makes on these files, applied in its
// sentence (before → after, with the finding id), so a person can read a few hundred in minutes.
// Options: --rewrites also lists the sentence rewrites of "Herschreven versie".
import "./quiet-on-closed-pipe.ts";
import { readFileSync } from "node:fs";
import { safeEditsOf } from "../engine/safety/safe-edits.ts";
import { reportWithRewrites } from "../engine/rewrite/rewrite.ts";
import { defaultChecker } from "../server/default-checker.ts";

const args = process.argv.slice(2);
const withRewrites = args.includes("--rewrites");
const files = args.filter((a) => !a.startsWith("--"));
if (files.length === 0) {
  process.stderr.write("Gebruik: npm run review-suggestions -- BESTAND… [--rewrites]\n");
  process.exit(2);
}

const checker = defaultChecker();
const oneLine = (s: string) => s.replace(/\s*\n\s*/g, " ⏎ ");
let total = 0;
for (const file of files) {
  const text = readFileSync(file, "utf8");
  const report = withRewrites ? reportWithRewrites(checker, text) : checker.check(text);
  for (const edit of safeEditsOf(text, report)) {
    total++;
    const line = text.slice(0, edit.start).split("\n").length;
    console.log(`${file}:${line}  ${edit.finding.id}  «${oneLine(text.slice(edit.start, edit.end))}» → «${oneLine(edit.suggestion.replacement)}»`);
    console.log(`  - ${oneLine(edit.before)}`);
    console.log(`  + ${oneLine(edit.after)}`);
  }
}
console.log(`${total} veilige suggesties in ${files.length} bestand(en).`);
