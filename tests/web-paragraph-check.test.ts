// Re-checking only the changed paragraphs of a long text: which part is sent, and how its answer is put in place.
import { describe, expect, it } from "vitest";
import { defaultChecker } from "../server/default-checker.ts";
import { changedParagraphs, dependsOnWholeText, PARAGRAPHS_FROM_CHARS, spliceParagraphs } from "../web/helder-checker/paragraph-check.ts";
import type { Finding, HelderReport } from "../web/report-types.ts";

const checker = defaultChecker();
const paragraph = (i: number) => `Alinea ${i}: indien u vragen heeft, dan kunt u ons bellen. De brief wordt door ons verstuurd.`;
const long = Array.from({ length: Math.ceil(PARAGRAPHS_FROM_CHARS / 90) + 10 }, (_, i) => paragraph(i)).join("\n\n");
const startOf = (text: string, i: number) => text.indexOf(`Alinea ${i}:`);

describe("changedParagraphs", () => {
  it("gives the paragraph around a change, from blank line to blank line", () => {
    const at = long.indexOf("bellen", startOf(long, 7));
    expect(changedParagraphs(long, { start: at, end: at + 3 })).toEqual({ start: startOf(long, 7), end: startOf(long, 8) - 2 });
    // at the very start or end of a paragraph it is still that paragraph
    expect(changedParagraphs(long, { start: startOf(long, 7), end: startOf(long, 7) })).toEqual({ start: startOf(long, 7), end: startOf(long, 8) - 2 });
    expect(changedParagraphs(long, { start: startOf(long, 8) - 2, end: startOf(long, 8) - 2 })).toEqual({ start: startOf(long, 7), end: startOf(long, 8) - 2 });
  });

  it("takes every paragraph a change reaches", () => {
    expect(changedParagraphs(long, { start: startOf(long, 3) + 5, end: startOf(long, 5) + 5 })).toEqual({ start: startOf(long, 3), end: startOf(long, 6) - 2 });
  });

  it("checks the whole text when it is short, the change is large or the paragraph is empty", () => {
    const short = [paragraph(1), paragraph(2)].join("\n\n");
    expect(changedParagraphs(short, { start: 3, end: 4 })).toBeUndefined();
    expect(changedParagraphs(long, { start: 10, end: long.length - 10 })).toBeUndefined();
    const emptied = long.replace(paragraph(7), "   ");
    expect(changedParagraphs(emptied, { start: startOf(emptied, 6) + paragraph(6).length + 3, end: startOf(emptied, 6) + paragraph(6).length + 3 })).toBeUndefined();
  });
});

describe("spliceParagraphs", () => {
  const text = long.replace(paragraph(7), `${paragraph(7)} De OTS is verlengd.`);
  const whole = checker.check(text) as HelderReport;
  const span = changedParagraphs(text, { start: startOf(text, 7), end: startOf(text, 7) })!;
  const partText = text.slice(span.start, span.end);
  const part = checker.check(partText) as HelderReport;
  const state = {
    findings: whole.findings,
    classed: whole.sentences.map((s) => ({ start: s.start, end: s.end, class: (s.class ?? 1) as 1 | 2 | 3 | 4 })),
    placeholders: [],
  };

  it("puts the paragraph's findings and sentences in place, at their offsets in the whole text", () => {
    const next = spliceParagraphs({ ...state, findings: state.findings.filter((f) => f.end <= span.start || f.start >= span.end) }, span, part, partText);
    for (const f of next.findings) expect(text.slice(f.start, f.end)).toBe(f.text);
    const inside = (f: { start: number }) => f.start >= span.start && f.start < span.end;
    expect(next.findings.filter(inside).map((f) => f.id)).toEqual(part.findings.filter((f) => !dependsOnWholeText(f)).map((f) => f.id));
    expect(next.findings.filter((f) => !inside(f))).toEqual(whole.findings.filter((f) => !inside(f)));
    expect(next.classed.filter(inside).map((s) => text.slice(s.start, s.end))).toEqual(part.sentences.map((s) => partText.slice(s.start, s.end)));
    expect(next.classed.length).toBe(whole.sentences.length);
    const starts = next.findings.map((f) => f.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it("keeps what depends on the whole text as it was: a first use in the paragraph is not added or dropped by it", () => {
    // alone, the paragraph gets first-use findings of its own; what the whole text had there stays instead
    expect(part.findings.filter(dependsOnWholeText).length).toBeGreaterThan(0);
    const kept: Finding[] = whole.findings.filter((f) => dependsOnWholeText(f) && f.start >= span.start && f.end <= span.end);
    const next = spliceParagraphs(state, span, part, partText);
    expect(next.findings.filter((f) => dependsOnWholeText(f) && f.start >= span.start && f.end <= span.end)).toEqual(kept);
  });
});
