// Filling a lexicon template: a template that drops "te" joins a separable particle to its infinitive again.
import { describe, expect, it } from "vitest";
import { defaultChecker } from "../server/default-checker.ts";

const checker = defaultChecker();
const suggestionsFor = (text: string, id: string) =>
  checker
    .check(text)
    .findings.filter((f) => f.id === id)
    .flatMap((f) => f.suggestions.map((s) => s.replacement));

describe("a separable particle before a dropped 'te'", () => {
  it.each([
    ["U dient zich werkbereid te stellen en zich bij het UWV in te schrijven.", "moet zich werkbereid stellen en zich bij het UWV inschrijven"],
    ["U dient het formulier uiterlijk 1 mei aan ons terug te sturen.", "moet het formulier uiterlijk 1 mei aan ons terugsturen"],
    ["U dient de bijlage mee te sturen en het formulier in te vullen.", "moet de bijlage meesturen en het formulier invullen"],
  ])("joins it to the verb: %s", (text, replacement) => {
    expect(suggestionsFor(text, "lexicon/dient-te")).toContain(replacement);
  });

  it.each([
    ["U dient er rekening mee te houden dat de kosten stijgen.", "rekening mee houden"],
    ["De leerling dient het schoolwerk dat via Magister wordt opgegeven thuis te verrichten.", "thuis verrichten"],
  ])("leaves a word that is no part of the verb apart: %s", (text, apart) => {
    const replacements = suggestionsFor(text, "lexicon/dient-te");
    expect(replacements.length).toBeGreaterThan(0);
    expect(replacements.every((r) => r.includes(apart))).toBe(true);
  });
});
