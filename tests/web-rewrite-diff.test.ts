import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { changeSpansInDraft, draftParts, draftText, validChanges, wordDiff, type DiffPart, type RewriteChange } from "../web/rewrite-diff.ts";

const letter = readFileSync(new URL("./fixtures/huurachterstand.txt", import.meta.url), "utf8");

/** Changes as POST /api/rewrite gives them: in original offsets, with newStart/newEnd in the full draft. */
function changesFor(original: string, edits: Array<{ start: number; end: number; replacement: string }>): RewriteChange[] {
  let shift = 0;
  return edits.map((e) => {
    const newStart = e.start + shift;
    shift += e.replacement.length - (e.end - e.start);
    return { ...e, newStart, newEnd: newStart + e.replacement.length };
  });
}

const join = (parts: DiffPart[], leave: DiffPart["kind"]) =>
  parts
    .filter((p) => p.kind !== leave)
    .map((p) => p.text)
    .join("");

describe("draftText", () => {
  const original = "Wij verzoeken u reeds te betalen. Indien u niet betaalt, volgt een boete.";
  const changes = changesFor(original, [
    { start: 4, end: 15, replacement: "vragen u" },
    { start: 16, end: 21, replacement: "al" },
    { start: 34, end: 40, replacement: "Als" },
  ]);

  it("applies every change when none is undone", () => {
    expect(draftText(original, changes, new Set())).toBe("Wij vragen u al te betalen. Als u niet betaalt, volgt een boete.");
  });

  it("puts back exactly the original words of an undone change and nothing else", () => {
    expect(draftText(original, changes, new Set([1]))).toBe("Wij vragen u reeds te betalen. Als u niet betaalt, volgt een boete.");
    expect(draftText(original, changes, new Set([0, 2]))).toBe("Wij verzoeken u al te betalen. Indien u niet betaalt, volgt een boete.");
    expect(draftText(original, changes, new Set([0, 1, 2]))).toBe(original);
  });

  it("knows where each change sits in the draft after undoing some", () => {
    const undone = new Set([0]);
    const draft = draftText(original, changes, undone);
    const spans = changeSpansInDraft(original, changes, undone);
    expect(draft.slice(spans[0]!.start, spans[0]!.end)).toBe("verzoeken u");
    expect(draft.slice(spans[1]!.start, spans[1]!.end)).toBe("al");
    expect(draft.slice(spans[2]!.start, spans[2]!.end)).toBe("Als");
  });

  it("splits the draft into unchanged text and changes with their old and new words", () => {
    const parts = draftParts(original, changes, new Set([2]));
    expect(parts.map((p) => p.kind)).toEqual(["same", "change", "same", "change", "same", "change", "same"]);
    expect(parts[5]).toEqual({ kind: "change", index: 2, before: "Indien", after: "Als", undone: true });
  });

  it("leaves out changes that do not fit the text", () => {
    const bad: RewriteChange[] = [
      { start: 5, end: 2, newStart: 5, newEnd: 6, replacement: "x" },
      { start: 0, end: 999, newStart: 0, newEnd: 1, replacement: "x" },
      { start: 4, end: 15, newStart: 4, newEnd: 12, replacement: "vragen u" },
      { start: 10, end: 20, newStart: 10, newEnd: 11, replacement: "y" },
    ];
    expect(validChanges(original, bad)).toEqual([bad[2]]);
  });

  it("property: undoing a set of changes equals applying only the others, and each change lands at its newStart", () => {
    const arbitrary = fc
      .tuple(fc.string({ minLength: 0, maxLength: 60 }), fc.array(fc.tuple(fc.nat(60), fc.nat(6), fc.string({ maxLength: 8 })), { maxLength: 8 }))
      .map(([text, raw]) => {
        const edits = raw
          .map(([s, len, replacement]) => ({ start: Math.min(s, text.length), end: Math.min(s + len, text.length), replacement }))
          .sort((a, b) => a.start - b.start);
        const kept: typeof edits = [];
        for (const e of edits) if (!kept.length || e.start >= kept[kept.length - 1]!.end + 1) kept.push(e);
        return { text, changes: changesFor(text, kept) };
      });
    fc.assert(
      fc.property(arbitrary, fc.array(fc.nat(7), { maxLength: 8 }), ({ text, changes }, undoneList) => {
        const valid = validChanges(text, changes);
        expect(valid).toEqual(changes);
        const full = draftText(text, changes, new Set());
        for (const c of changes) expect(full.slice(c.newStart, c.newEnd)).toBe(c.replacement);
        const undone = new Set(undoneList.filter((i) => i < changes.length));
        const kept = changes.filter((_, i) => !undone.has(i));
        expect(draftText(text, changes, undone)).toBe(draftText(text, changesFor(text, kept), new Set()));
      }),
    );
  });
});

describe("wordDiff", () => {
  it("marks only the words that differ", () => {
    const parts = wordDiff("Wij zien ons genoodzaakt u in gebreke te stellen.", "Wij geven u een waarschuwing.");
    expect(join(parts, "removed")).toBe("Wij geven u een waarschuwing.");
    expect(join(parts, "inserted")).toBe("Wij zien ons genoodzaakt u in gebreke te stellen.");
    expect(parts[0]).toEqual({ kind: "same", text: "Wij " });
    expect(parts.filter((p) => p.kind === "inserted").map((p) => p.text)).toContain("geven");
    expect(parts.at(-1)).toEqual({ kind: "same", text: "." });
  });

  it("shows a word swap as one removed and one inserted part", () => {
    expect(wordDiff("u heeft reeds betaald", "u heeft al betaald")).toEqual([
      { kind: "same", text: "u heeft " },
      { kind: "removed", text: "reeds" },
      { kind: "inserted", text: "al" },
      { kind: "same", text: " betaald" },
    ]);
  });

  it("joins two swapped words with the space between into one removed and one inserted part", () => {
    expect(wordDiff("Dit dient u te doen", "Dit moet jij doen")).toEqual([
      { kind: "same", text: "Dit " },
      { kind: "removed", text: "dient u te" },
      { kind: "inserted", text: "moet jij" },
      { kind: "same", text: " doen" },
    ]);
  });

  it("handles empty sides", () => {
    expect(wordDiff("", "nieuw")).toEqual([{ kind: "inserted", text: "nieuw" }]);
    expect(wordDiff("weg", "")).toEqual([{ kind: "removed", text: "weg" }]);
    expect(wordDiff("", "")).toEqual([]);
  });

  it("falls back to the whole change for very long spans", () => {
    const long = "woord ".repeat(600);
    expect(wordDiff(long, `${long}x`)).toEqual([
      { kind: "removed", text: long },
      { kind: "inserted", text: `${long}x` },
    ]);
  });

  it("property: the parts rebuild both sides", () => {
    const words = fc.array(fc.constantFrom("u", "wij", "heeft", " ", "  ", ".", ",", "\n", "€ 850", "reeds", "al"), { maxLength: 30 }).map((w) => w.join(""));
    fc.assert(
      fc.property(words, words, (before, after) => {
        const parts = wordDiff(before, after);
        expect(join(parts, "removed")).toBe(after);
        expect(join(parts, "inserted")).toBe(before);
        expect(parts.every((p) => p.text.length > 0)).toBe(true);
      }),
    );
  });

  it("rebuilds a sentence of the huurachterstand letter", () => {
    const sentence = letter.slice(849, 1021);
    const after = "Betaalt u dit totaalbedrag niet binnen 30 dagen? Dan moeten wij naar de rechter gaan.";
    const parts = wordDiff(sentence, after);
    expect(join(parts, "removed")).toBe(after);
    expect(join(parts, "inserted")).toBe(sentence);
    expect(parts.some((p) => p.kind === "same" && p.text.includes("binnen 30 dagen"))).toBe(true);
  });
});
