// The checker with Helder's own data, for the Node adapters (server, CLI, bench). Loads data once.
import { createChecker, type Checker } from "../engine/index.ts";
import { abbreviationsCheck } from "../engine/checks/abbreviations.ts";
import { createHardWordsCheck } from "../engine/checks/hard-words.ts";
import { nominalStyleCheck } from "../engine/checks/nominal-style.ts";
import { passiveCheck } from "../engine/checks/passive.ts";
import { loadWordFrequencies } from "../data/wordfreq-nl/load.ts";
import { loadLexicon } from "../lexicon/load.ts";

let cached: Checker | undefined;

export function defaultChecker(): Checker {
  cached ??= createChecker({
    lexicon: loadLexicon(),
    // after the lexicon and sentence length; a word the lexicon already flags is not flagged again
    checks: [passiveCheck, nominalStyleCheck, abbreviationsCheck, createHardWordsCheck(loadWordFrequencies())],
  });
  return cached;
}
