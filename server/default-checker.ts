// The checker with Helder's own data, for the Node adapters (server, CLI, bench). Loads data once.
import { createChecker, type Checker } from "../engine/index.ts";
import { loadLexicon } from "../lexicon/load.ts";

let cached: Checker | undefined;

export function defaultChecker(): Checker {
  cached ??= createChecker({ lexicon: loadLexicon() });
  return cached;
}
