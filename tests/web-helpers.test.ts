import { describe, expect, it } from "vitest";
import { applyAllSafe, applyEdit, diffRegion, rebaseFindings, rebaseSpans, suggestionSpan } from "../web/edits.ts";
import { kindOf } from "../web/finding-kinds.ts";
import { findingAt, segmentText } from "../web/highlight-segments.ts";
import { detectPlaceholders } from "../web/placeholders.ts";
import type { Finding } from "../web/report-types.ts";
import { joinDutch, summarize } from "../web/summary.ts";
import { UndoStack } from "../web/undo-stack.ts";

function finding(text: string, word: string, extra: Partial<Finding> = {}, from = 0): Finding {
  const start = text.indexOf(word, from);
  if (start < 0) throw new Error(`no ${word}`);
  return {
    id: `lexicon/${word}`,
    rule: "lexicon",
    severity: "error",
    start,
    end: start + word.length,
    text: word,
    message: "m",
    suggestions: [],
    ...extra,
  };
}

describe("segmentText", () => {
  const text = "Wij hebben reeds voornoemd bedrag ontvangen.";
  const sentence: Finding = { ...finding(text, text), rule: "sentence-length", id: "sentence-length" };
  const reeds = finding(text, "reeds");
  const voornoemd = finding(text, "voornoemd");

  it("covers the whole text once, in order, without overlap", () => {
    const segments = segmentText(text.length, [sentence, reeds, voornoemd]);
    expect(segments[0]!.start).toBe(0);
    expect(segments.at(-1)!.end).toBe(text.length);
    for (let i = 1; i < segments.length; i++) expect(segments[i]!.start).toBe(segments[i - 1]!.end);
    expect(segments.map((s) => text.slice(s.start, s.end))).toEqual([
      "Wij hebben ",
      "reeds",
      " ",
      "voornoemd",
      " bedrag ontvangen.",
    ]);
  });

  it("lists every covering finding, innermost first", () => {
    const segments = segmentText(text.length, [sentence, reeds, voornoemd]);
    const reedsSegment = segments.find((s) => text.slice(s.start, s.end) === "reeds")!;
    expect(reedsSegment.findings).toEqual([1, 0]);
    expect(segments[0]!.findings).toEqual([0]);
  });

  it("merges plain text and marks placeholders", () => {
    const letter = "Geachte ACHTERNAAM, u dient te betalen.";
    const dient = finding(letter, "dient te");
    const segments = segmentText(letter.length, [dient], [{ start: 8, end: 18 }]);
    expect(segments.map((s) => [letter.slice(s.start, s.end), s.placeholder, s.findings.length])).toEqual([
      ["Geachte ", false, 0],
      ["ACHTERNAAM", true, 0],
      [", u ", false, 0],
      ["dient te", false, 1],
      [" betalen.", false, 0],
    ]);
  });

  it("skips empty and out-of-range spans", () => {
    expect(segmentText(5, [{ start: 2, end: 2 }, { start: 3, end: 9 }, { start: -1, end: 2 }])).toEqual([
      { start: 0, end: 5, findings: [], placeholder: false },
    ]);
    expect(segmentText(0, [])).toEqual([]);
  });

  it("findingAt picks the innermost finding at the caret", () => {
    expect(findingAt([sentence, reeds], reeds.start + 2)).toBe(1);
    expect(findingAt([sentence, reeds], 2)).toBe(0);
    expect(findingAt([reeds], 0)).toBeUndefined();
  });
});

describe("edits", () => {
  const text = "U dient reeds te betalen. Indien niet, dan bellen wij.";
  const reeds = finding(text, "reeds", { suggestions: [{ replacement: "al", safe: true }] });
  const indien = finding(text, "Indien", { suggestions: [{ replacement: "Als", safe: true }] });
  const dient = finding(text, "dient", { suggestions: [{ replacement: "moet", safe: false }] });

  it("applies one suggestion to exactly its span", () => {
    const span = suggestionSpan(reeds, reeds.suggestions[0]!);
    expect(applyEdit(text, { ...span, replacement: "al" })).toBe("U dient al te betalen. Indien niet, dan bellen wij.");
    const wide = { replacement: "Betaal nu.", safe: false, start: 0, end: 25 };
    expect(suggestionSpan(reeds, wide)).toEqual({ start: 0, end: 25 });
  });

  it("applies all safe suggestions from the end backwards and skips unsafe ones", () => {
    const result = applyAllSafe(text, [dient, reeds, indien]);
    expect(result).toEqual({ text: "U dient al te betalen. Als niet, dan bellen wij.", applied: 2 });
  });

  it("skips overlapping and stale suggestions", () => {
    const overlap = { ...reeds, id: "x", start: reeds.start, end: reeds.end + 3, text: "reeds te" };
    const stale = { ...indien, text: "Anders" };
    expect(applyAllSafe(text, [reeds, { ...overlap, suggestions: [{ replacement: "al", safe: true }] }, stale]).applied).toBe(1);
  });

  it("finds the changed region", () => {
    expect(diffRegion("abcdef", "abXYef")).toEqual({ start: 2, oldEnd: 4, newEnd: 4 });
    expect(diffRegion("abc", "abc!")).toEqual({ start: 3, oldEnd: 3, newEnd: 4 });
  });

  it("rebases findings: before stays, after shifts, touched is dropped", () => {
    const edited = text.replace("dient", "moet echt");
    const moved = rebaseFindings([dient, reeds, indien], text, edited);
    expect(moved.map((f) => edited.slice(f.start, f.end))).toEqual(["reeds", "Indien"]);
    const spans = rebaseSpans([{ start: 0, end: 1 }], text, "J" + text.slice(1));
    expect(spans).toEqual([]);
  });

  it("shifts wider suggestion spans too", () => {
    const sentence = { ...indien, suggestions: [{ replacement: "Als u niet betaalt, bellen wij.", safe: false, start: 26, end: text.length }] };
    const edited = "Nu: " + text;
    const [moved] = rebaseFindings([sentence], text, edited);
    expect(edited.slice(moved!.suggestions[0]!.start, moved!.suggestions[0]!.end)).toBe("Indien niet, dan bellen wij.");
  });
});

describe("UndoStack", () => {
  it("undoes and redoes in order, and a new change clears redo", () => {
    const stack = new UndoStack<string>();
    stack.record("a");
    stack.record("b");
    expect(stack.undo("c")).toBe("b");
    expect(stack.undo("b")).toBe("a");
    expect(stack.undo("a")).toBeUndefined();
    expect(stack.redo("a")).toBe("b");
    stack.record("b");
    expect(stack.canRedo).toBe(false);
  });

  it("keeps at most its limit", () => {
    const stack = new UndoStack<number>(2);
    [1, 2, 3].forEach((n) => stack.record(n));
    expect(stack.undo(4)).toBe(3);
    expect(stack.undo(3)).toBe(2);
    expect(stack.undo(2)).toBeUndefined();
  });
});

describe("summary and kinds", () => {
  const metrics = { characters: 0, words: 120, sentences: 8, paragraphs: 2, averageSentenceLength: 15, longSentences: 0, passiveSentences: 0, placeholders: 0 };
  const base: Finding = { id: "x", rule: "lexicon", severity: "error", start: 0, end: 1, text: "x", message: "", suggestions: [] };

  it("says what to work on first", () => {
    const findings = [
      ...Array.from({ length: 12 }, () => base),
      ...Array.from({ length: 5 }, () => ({ ...base, rule: "sentence-length" })),
      { ...base, rule: "passive" },
    ];
    expect(summarize({ metrics }, findings).verdict).toBe("Deze tekst is nog niet op B1-niveau. Vooral: 12 moeilijke woorden en 5 lange zinnen.");
  });

  it("uses the singular and says when the text is B1", () => {
    expect(summarize({ metrics }, [{ ...base, rule: "sentence-length" }]).verdict).toBe(
      "Deze tekst is nog niet op B1-niveau. Vooral: 1 lange zin.",
    );
    expect(summarize({ metrics }, []).isB1).toBe(true);
    // tips alone keep a text at B1
    expect(summarize({ metrics }, [{ ...base, severity: "info", category: "vaktaal" }]).isB1).toBe(true);
    expect(summarize({ metrics: { ...metrics, averageSentenceLength: 19 } }, []).verdict).toContain("gemiddeld te lang (19 woorden)");
  });

  it("groups findings by kind", () => {
    expect(kindOf({ rule: "lexicon", category: "vaktaal" }).key).toBe("vaktaal");
    expect(kindOf({ rule: "passive" }).key).toBe("lijdende-vorm");
    expect(kindOf({ rule: "sentence-length" }).scope).toBe("sentence");
    expect(kindOf({ rule: "something-new" }).key).toBe("overig");
    expect(joinDutch(["a", "b", "c"])).toBe("a, b en c");
  });

  it("finds placeholders when the server does not send them", () => {
    const text = "Geachte ACHTERNAAM, op {datum} om [tijd] bij de OTS.";
    expect(detectPlaceholders(text).map((p) => p.text)).toEqual(["ACHTERNAAM", "{datum}", "[tijd]"]);
  });
});
