// Node loader for the Dutch word frequencies (CC BY-SA 4.0: wordfreq by Robyn Speer,
// includes SUBTLEX-NL by Keuleers, Brysbaert & New 2010; see README.md and wordfreq_NOTICE.md).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseWordFrequencies, type WordFrequencies } from "../../engine/checks/data/wordfreq.ts";
import { projectRoot } from "../../server/project-root.ts";

export const wordFrequencyFile = join(projectRoot(), "data", "wordfreq-nl", "nl_wordfreq_large_top50000.tsv");

let cached: WordFrequencies | undefined;

/** Reads and parses the frequency list once per process. */
export function loadWordFrequencies(file: string = wordFrequencyFile): WordFrequencies {
  if (file !== wordFrequencyFile) return parseWordFrequencies(readFileSync(file, "utf8"));
  cached ??= parseWordFrequencies(readFileSync(file, "utf8"));
  return cached;
}
