// npm run lexicon-stats: the lexicon's entries per category and per file, with patterns and safe alternatives.
import { loadLexicon } from "../lexicon/load.ts";

const entries = loadLexicon();
const rows = new Map<string, { entries: number; patterns: number; safe: number }>();
const add = (key: string, e: (typeof entries)[number]) => {
  const row = rows.get(key) ?? { entries: 0, patterns: 0, safe: 0 };
  row.entries++;
  row.patterns += e.match.length;
  const alternatives = [...e.alternatives, ...e.match.flatMap((m) => (typeof m === "string" ? [] : m.alternatives))];
  row.safe += alternatives.filter((a) => a.safe).length;
  rows.set(key, row);
};
for (const e of entries) {
  add(`categorie ${e.category}`, e);
  add(`bestand ${e.source}`, e);
}
console.log("| | entries | patterns | safe alternatives |\n| --- | ---: | ---: | ---: |");
for (const [key, r] of [...rows].sort((a, b) => (a[0] < b[0] ? -1 : 1))) console.log(`| ${key} | ${r.entries} | ${r.patterns} | ${r.safe} |`);
console.log(`| **total** | **${entries.length}** | **${entries.reduce((n, e) => n + e.match.length, 0)}** | |`);
