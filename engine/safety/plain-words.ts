// Words that no check can flag: common (Zipf 4.5 or more), short, lower case, and in no lexicon pattern. A
// replacement made only of such words needs no re-check in the safety gate: it cannot bring in a finding. Words on
// -en are left out, because a pattern's {INF} (an infinitive) could match them.
import type { LexiconEntry } from "../lexicon/schema.ts";

const COMMON_ZIPF = 4.5;
const WORD = /^\p{Ll}{1,13}$/u;

export function createPlainWordTest(lexicon: readonly LexiconEntry[], frequencies: ReadonlyMap<string, number> | undefined): (word: string) => boolean {
  if (!frequencies) return () => false;
  const literals = new Set<string>();
  const prefixes: string[] = [];
  for (const entry of lexicon) {
    for (const m of entry.match) {
      const pattern = typeof m === "string" ? m : m.pattern;
      for (const element of pattern.split(/\s+/)) {
        for (const option of element.replace(/^\(|\)$/g, "").split("|")) {
          const word = option.toLowerCase();
          if (word.endsWith("*")) prefixes.push(word.slice(0, -1));
          else if (word) literals.add(word);
        }
      }
    }
  }
  const cache = new Map<string, boolean>();
  return (word) => {
    let plain = cache.get(word);
    if (plain === undefined) {
      plain =
        WORD.test(word) &&
        !word.endsWith("en") &&
        (frequencies.get(word) ?? 0) >= COMMON_ZIPF &&
        !literals.has(word) &&
        !prefixes.some((p) => word.startsWith(p));
      if (cache.size < 50_000) cache.set(word, plain);
    }
    return plain;
  };
}
