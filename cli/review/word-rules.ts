/** Findings about one word or phrase; the others (sentence length, passive, the letter as a whole) are wider. */
export const wordRules: ReadonlySet<string> = new Set(["lexicon", "pattern", "hard-word", "abbreviation"]);
