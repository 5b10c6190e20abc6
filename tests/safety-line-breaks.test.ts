// Hard-wrapped text: a safe suggestion over a line break keeps its line breaks, because joining two lines
// changes how the paragraph reads as wrapped (and with it the names and amounts found across its line ends).
import { describe, expect, it } from "vitest";
import { compareFacts } from "../engine/facts/compare.ts";
import { gateNotes } from "../engine/safety/gate.ts";
import { safeEditsOf } from "../engine/safety/safe-edits.ts";
import { defaultChecker } from "../server/default-checker.ts";

const checker = defaultChecker();
const letter = [
  "Geachte heer Jansen,",
  "",
  "Wij schrijven u over de kosten van de opvang van uw zoon. Wij betalen dit ten",
  "behoeve van uw zoon en wij doen dat graag, want het is belangrijk voor hem en",
  "voor u. Wij willen daar samen met u en met de school van uw zoon goed zorg",
  "dragen voor dat alles goed gaat met de huur van uw woning bij Fietsenhandel Groen",
  "VOF in de stad.",
  "",
  "Met vriendelijke groet,",
].join("\n");
const report = checker.check(letter);
const lineBreaks = (s: string) => s.split("\n").length - 1;
const findingOn = (text: string) => report.findings.find((f) => f.text === text);

describe("suggestions over a line break", () => {
  it("put the line break into the replacement when it has fewer words ('zorg\\ndragen voor' → 'zorgen\\nvoor')", () => {
    const f = findingOn("zorg\ndragen voor");
    expect(f?.suggestions[0]).toMatchObject({ replacement: "zorgen\nvoor", safe: true });
  });

  it("are not safe when the replacement has no room for the line break ('ten\\nbehoeve van' → 'voor')", () => {
    const f = findingOn("ten\nbehoeve van");
    expect(f?.suggestions.find((s) => s.replacement === "voor")).toMatchObject({ safe: false, note: gateNotes.lineBreak });
  });

  it("keep the line breaks of their span and every fact of the letter when applied", () => {
    const edits = safeEditsOf(letter, report);
    expect(edits.length).toBeGreaterThan(0);
    for (const edit of edits) {
      expect(lineBreaks(edit.suggestion.replacement), edit.finding.id).toBe(lineBreaks(letter.slice(edit.start, edit.end)));
      const facts = compareFacts(letter, edit.text);
      expect([...facts.missing, ...facts.changed].map((c) => c.original.text), edit.finding.id).toEqual([]);
    }
  });
});
