// Helder's segmenter and tokenizer against the gold sentence units of tests/fixtures/sentences-dev.json
// (69 hard Dutch passages: abbreviations, amounts, dates, lists, quotes, placeholders …).
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildDocument } from "../engine/text/document.ts";
import type { Token, TokenKind } from "../engine/types.ts";

interface GoldSpan {
  start: number;
  end: number;
  text: string;
}

interface GoldCase {
  id: number;
  category: string;
  text: string;
  sentences: GoldSpan[];
  units: GoldSpan[];
}

const fixturePath = join(dirname(fileURLToPath(import.meta.url)), "fixtures", "sentences-dev.json");
const { cases } = JSON.parse(readFileSync(fixturePath, "utf8")) as { cases: GoldCase[] };

/** Token kinds that may hold a gold unit inside a larger span: "€ 850" holds the unit "850". */
const compoundKinds = new Set<TokenKind>(["amount", "date"]);

/** The unit's own text if one token keeps it whole, else what the tokenizer made of it. */
function unitResult(text: string, tokens: Token[], unit: GoldSpan): string {
  const over = tokens.filter((t) => t.start < unit.end && t.end > unit.start);
  const only = over.length === 1 ? over[0]! : undefined;
  if (only) {
    const exact = only.start === unit.start && only.end === unit.end;
    const inside = only.start <= unit.start && only.end >= unit.end && compoundKinds.has(only.kind);
    if (exact || inside) return unit.text;
  }
  return `${unit.text} -> ${over.map((t) => `${t.kind}:${JSON.stringify(text.slice(t.start, t.end))}`).join(" ")}`;
}

describe("gold sentence units and tokens (sentences-dev.json)", () => {
  it("has all 69 cases, with gold spans that match their text", () => {
    expect(cases).toHaveLength(69);
    for (const c of cases) {
      for (const s of [...c.sentences, ...c.units]) expect(c.text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  for (const c of cases) {
    it(`#${c.id} ${c.category}`, () => {
      const doc = buildDocument(c.text);
      const got = doc.sentences.map((s) => ({ start: s.start, end: s.end, text: c.text.slice(s.start, s.end) }));
      const want = c.sentences.map((s) => ({ start: s.start, end: s.end, text: s.text }));
      expect(got).toEqual(want);
      expect(c.units.map((u) => unitResult(c.text, doc.tokens, u))).toEqual(c.units.map((u) => u.text));
    });
  }
});
