// Applying edits: property tests (fast-check) for untouched text, the offset map and overlap handling,
// and the all-safe rewrite of the letter.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { applyAllSafe, applySuggestions, safeEdits, suggestionRef, type Edit } from "../engine/rewrite/apply.ts";
import { composeChanges } from "../engine/rewrite/compose.ts";
import { reportWithRewrites, rewriteAccepted, rewriteAllSafe } from "../engine/rewrite/rewrite.ts";
import { compareFacts } from "../engine/facts/compare.ts";
import { defaultChecker } from "../server/default-checker.ts";

const letter = readFileSync(new URL("./fixtures/huurachterstand.txt", import.meta.url), "utf8");
const plain = ["plain-b1-gesprek.txt", "plain-b1-huur.txt", "plain-b1-uitleg.txt"].map((f) => readFileSync(new URL(`./fixtures/${f}`, import.meta.url), "utf8"));
const checker = defaultChecker();

/** A text and edits with spans inside it (they may overlap). */
const textWithEdits = fc
  .string({ unit: fc.constantFrom("a", "b", "é", " ", ".", "\n", "😀"), maxLength: 60 })
  .chain((text) =>
    fc.tuple(
      fc.constant(text),
      fc.array(
        fc
          .tuple(fc.nat({ max: text.length }), fc.nat({ max: text.length }), fc.string({ maxLength: 8 }))
          .map(([a, b, replacement]): Edit => ({ start: Math.min(a, b), end: Math.max(a, b), replacement })),
        { maxLength: 8 },
      ),
    ),
  );

describe("applySuggestions", () => {
  it("leaves the text outside the applied spans byte-identical", () => {
    fc.assert(
      fc.property(textWithEdits, ([text, edits]) => {
        const r = applySuggestions(text, edits);
        let oldPos = 0;
        let newPos = 0;
        for (const c of r.changes) {
          expect(r.text.slice(newPos, c.newStart)).toBe(text.slice(oldPos, c.start));
          expect(r.text.slice(c.newStart, c.newEnd)).toBe(c.replacement);
          oldPos = c.end;
          newPos = c.newEnd;
        }
        expect(r.text.slice(newPos)).toBe(text.slice(oldPos));
      }),
    );
  });

  it("keeps the first of overlapping edits and reports the rest", () => {
    fc.assert(
      fc.property(textWithEdits, ([text, edits]) => {
        const r = applySuggestions(text, edits);
        expect(r.changes.length + r.skipped.length).toBe(edits.length);
        for (let i = 1; i < r.changes.length; i++) expect(r.changes[i]!.start).toBeGreaterThanOrEqual(r.changes[i - 1]!.end);
        // an edit is applied unless it conflicts with an earlier applied edit
        const applied: Edit[] = [];
        for (const e of edits) {
          const clash = applied.some((a) => a.start === e.start || (a.start < e.end && e.start < a.end));
          if (!clash) applied.push(e);
        }
        expect(r.changes.map((c) => [c.start, c.end, c.replacement])).toEqual(
          [...applied].sort((a, b) => a.start - b.start).map((e) => [e.start, e.end, e.replacement]),
        );
      }),
    );
  });

  it("maps offsets monotonically and exactly", () => {
    fc.assert(
      fc.property(textWithEdits, ([text, edits]) => {
        const r = applySuggestions(text, edits);
        expect(r.mapOffset(0)).toBe(0);
        expect(r.mapOffset(text.length, "end")).toBe(r.text.length);
        for (const bias of ["start", "end"] as const) {
          for (let i = 1; i <= text.length; i++) expect(r.mapOffset(i, bias)).toBeGreaterThanOrEqual(r.mapOffset(i - 1, bias));
        }
        for (const c of r.changes) {
          expect(r.mapOffset(c.start)).toBe(c.newStart);
          // where an insertion follows right at c.end, c.end maps past the insertion (bias "end")
          if (!r.changes.some((d) => d !== c && d.start === c.end)) expect(r.mapOffset(c.end, "end")).toBe(c.newEnd);
        }
        // a character outside every change keeps its place: old text at i is new text at mapOffset(i)
        for (let i = 0; i < text.length; i++) {
          if (r.changes.some((c) => c.start <= i && i < c.end)) continue;
          expect(r.text[r.mapOffset(i, "end")]).toBe(text[i]);
        }
      }),
    );
  });

  it("changes nothing without edits, and edits that keep the text keep it", () => {
    fc.assert(
      fc.property(textWithEdits, ([text, edits]) => {
        expect(applySuggestions(text, []).text).toBe(text);
        const same = edits.map((e) => ({ ...e, replacement: text.slice(e.start, e.end) }));
        expect(applySuggestions(text, same).text).toBe(text);
      }),
    );
  });

  it("skips edits outside the text", () => {
    const r = applySuggestions("abc", [{ start: 2, end: 9, replacement: "x" }, { start: -1, end: 1, replacement: "y" }, { start: 1, end: 2, replacement: "B" }]);
    expect(r.text).toBe("aBc");
    expect(r.skipped).toHaveLength(2);
  });
});

describe("composeChanges", () => {
  it("gives the changes of two rounds in offsets of the original", () => {
    fc.assert(
      fc.property(textWithEdits, fc.array(fc.tuple(fc.nat(), fc.nat(), fc.string({ maxLength: 6 })), { maxLength: 6 }), ([text, edits], later) => {
        const first = applySuggestions(text, edits);
        const mid = first.text;
        const second = applySuggestions(
          mid,
          later.map(([a, b, replacement]) => {
            const x = a % (mid.length + 1);
            const y = b % (mid.length + 1);
            return { start: Math.min(x, y), end: Math.max(x, y), replacement };
          }),
        );
        const changes = composeChanges(first.changes, second);
        // replaying the composed changes on the original gives the final text
        expect(applySuggestions(text, changes).text).toBe(second.text);
        for (const c of changes) expect(second.text.slice(c.newStart, c.newEnd)).toBe(c.replacement);
      }),
    );
  });
});

const severe = (findings: { severity: string }[]) => findings.filter((f) => f.severity !== "info").length;

describe("applyAllSafe and rewriteAllSafe", () => {
  it("applies only safe suggestions, sentence rewrites first", () => {
    const report = reportWithRewrites(checker, letter);
    const edits = safeEdits(report);
    const safeCount = report.findings.filter((f) => f.suggestions.some((s) => s.safe)).length;
    expect(edits).toHaveLength(safeCount);
    const firstWordSwap = edits.findIndex((e) => e.end - e.start < 60);
    expect(firstWordSwap).toBeGreaterThanOrEqual(8);
    expect(edits.slice(0, firstWordSwap).every((e) => report.sentences.some((s) => s.start === e.start && s.end === e.end))).toBe(true);
    const r = applyAllSafe(letter, report);
    expect(r.changes.length).toBeGreaterThan(5);
  });

  it("cuts the errors and warnings of the letter by at least 80% and keeps all facts", () => {
    const before = severe(checker.check(letter).findings);
    const r = rewriteAllSafe(checker, letter);
    const after = severe(r.report.findings);
    expect(before).toBeGreaterThan(40);
    expect(after).toBeLessThanOrEqual(before * 0.2);
    const facts = compareFacts(letter, r.draft);
    expect(facts.findings).toEqual([]);
    expect(facts.kept).toBe(6);
  });

  it("converges: a further round of check and apply-all-safe changes nothing", () => {
    for (const text of [letter, ...plain]) {
      const r = rewriteAllSafe(checker, text);
      expect(r.rounds).toBeLessThan(6);
      expect(applyAllSafe(r.draft, checker.check(r.draft)).text).toBe(r.draft);
    }
  });

  it("leaves out a safe suggestion that would lose a fact", () => {
    const text = "De GI belt u volgende week over de GGZ.";
    const raw = applyAllSafe(text, checker.check(text)).text;
    const r = rewriteAllSafe(checker, text);
    // whatever the word list suggests, the all-safe draft keeps every fact
    expect(compareFacts(text, r.draft).findings).toEqual([]);
    if (compareFacts(text, raw).findings.length) expect(r.draft).not.toBe(raw);
  });

  it("reports its changes in offsets of the original", () => {
    const r = rewriteAllSafe(checker, letter);
    expect(applySuggestions(letter, r.changes).text).toBe(r.draft);
    for (const c of r.changes) expect(letter.slice(c.start, c.end)).not.toBe(c.replacement);
  });

  it("leaves a plain B1 text almost as it is", () => {
    for (const text of plain) {
      const r = rewriteAllSafe(checker, text);
      const changed = r.changes.reduce((n, c) => n + (c.end - c.start), 0);
      expect(changed).toBeLessThan(text.length * 0.1);
    }
  });
});

describe("rewriteAccepted", () => {
  it("applies the named suggestions and reports unknown names", () => {
    const report = checker.check(letter);
    const reeds = report.findings.find((f) => f.id === "lexicon/reeds")!;
    const r = rewriteAccepted(checker, letter, [suggestionRef(reeds, 0), "nope@1-2#0"]);
    expect(r.unknown).toEqual(["nope@1-2#0"]);
    expect(r.changes).toHaveLength(1);
    expect(r.draft).toBe(letter.slice(0, reeds.start) + "al" + letter.slice(reeds.end));
  });
});
