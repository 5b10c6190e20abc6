// Node loader for the Dutch word frequencies (CC BY-SA 4.0: wordfreq by Robyn Speer,
// includes SUBTLEX-NL by Keuleers, Brysbaert & New 2010; see README.md and wordfreq_NOTICE.md).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cachedByHashV8, projectFiles } from "../cached-by-hash.ts";
import { parseWordFrequencies, type WordFrequencies } from "../../engine/checks/data/wordfreq.ts";
import { adoptSplitterState, splitterState } from "../../engine/checks/compound-split.ts";
import type { PartTrieState } from "../../engine/checks/part-trie.ts";
import { projectRoot } from "../../server/project-root.ts";

const listPath = "data/wordfreq-nl/nl_wordfreq_large_top50000.tsv";
export const wordFrequencyFile = join(projectRoot(), listPath);

/** The code that turns the list into the kept data: a change to it makes the data again. */
const makers = ["engine/checks/data/wordfreq.ts", "engine/checks/compound-split.ts", "engine/checks/part-trie.ts"];

let cached: WordFrequencies | undefined;

/**
 * Reads and parses the frequency list once per process. The shipped list comes with its compound-part trie from
 * dist/wordfreq-cache.v8: parsing the list and building the trie cost 100-120 ms of every start-up, reading them
 * back about 25 ms.
 */
export function loadWordFrequencies(file: string = wordFrequencyFile): WordFrequencies {
  if (file !== wordFrequencyFile) return parseWordFrequencies(readFileSync(file, "utf8"));
  if (cached) return cached;
  const files = projectFiles([listPath, ...makers]);
  const kept = cachedByHashV8<{ frequencies: Map<string, number>; trie: PartTrieState }>("wordfreq", files, () => {
    const frequencies = parseWordFrequencies(files[0]!.text);
    return { frequencies, trie: splitterState(frequencies) };
  });
  adoptSplitterState(kept.frequencies, kept.trie);
  return (cached = kept.frequencies);
}
