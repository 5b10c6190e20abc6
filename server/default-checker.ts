// The checker with Helder's own data, for the Node adapters (server, CLI, bench). Loads data once.
import { createChecker, type Checker } from "../engine/index.ts";
import { abbreviationsCheck } from "../engine/checks/abbreviations.ts";
import { createHardWordsCheck } from "../engine/checks/hard-words.ts";
import { nominalStyleCheck } from "../engine/checks/nominal-style.ts";
import { passiveCheck } from "../engine/checks/passive.ts";
import { letterStructureCheck } from "../engine/checks/letter-structure.ts";
import { createVocabularyCheck } from "../engine/checks/vocabulary.ts";
import { loadWordFrequencies } from "../data/wordfreq-nl/load.ts";
import { loadLexicon, loadLexiconPatterns } from "../lexicon/load.ts";
import { withSentenceRewrites } from "../engine/rewrite/rewrite.ts";
import { loadRewriteRules } from "../rewrites/load.ts";

let cached: Checker | undefined;

export function defaultChecker(): Checker {
  if (cached) return cached;
  const lexicon = loadLexicon();
  const checker = createChecker({
    lexicon,
    // after the lexicon and sentence length; a word the lexicon already flags is not flagged again
    checks: [passiveCheck, nominalStyleCheck, abbreviationsCheck, createHardWordsCheck(loadWordFrequencies()), createVocabularyCheck(loadWordFrequencies(), lexicon), letterStructureCheck],
    wordFrequencies: loadWordFrequencies(),
    lexiconPatterns: loadLexiconPatterns(),
  });
  // the sentence rewrites (rewrites/*.yaml) go with the checker for rewriting, not into its check report; they
  // load at the first rewrite
  cached = withSentenceRewrites(checker, () => loadRewriteRules());
  return cached;
}

/**
 * Checks one short letter, so that the first real letter is checked at full speed (the engine's code is compiled):
 * for a server's workers, which start before their first request. A command checks its text at once, and would
 * only pay for it.
 */
export function warmUp<C extends Checker>(checker: C): C {
  checker.check("Geachte heer/mevrouw ACHTERNAAM,\n\nIndien u de huur niet binnen 30 dagen betaalt, wordt er een aanmaning verstuurd.\n\nMet vriendelijke groet,");
  return checker;
}

/** The default checker, loaded at its first use. */
export function lazyChecker(): Checker {
  return { check: (text, options) => defaultChecker().check(text, options), sharingPhrases: (work) => defaultChecker().sharingPhrases(work) };
}
