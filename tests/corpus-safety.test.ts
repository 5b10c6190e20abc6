// The letter corpus (tests/fixtures/letters/, 92 letters written for these tests): every safe suggestion,
// applied on its own, keeps what the safety gate promises, and plain letters stay quiet.
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { compareFacts } from "../engine/facts/compare.ts";
import { safeEditsOf } from "../engine/safety/safe-edits.ts";
import { defaultChecker } from "../server/default-checker.ts";

const dir = new URL("./fixtures/letters/", import.meta.url);
const letters = readdirSync(dir)
  .filter((n) => n.endsWith(".txt"))
  .sort()
  .map((name) => ({ name, text: readFileSync(new URL(name, dir), "utf8") }));
const checker = defaultChecker();

describe("the letter corpus", () => {
  it("has at least 40 letters, plain and officialese, some wrapped and some templates", () => {
    expect(letters.length).toBeGreaterThanOrEqual(40);
    for (const kind of ["helder-", "ambtelijk-", "-wrapped", "-sjabloon"]) expect(letters.some((l) => l.name.includes(kind)), kind).toBe(true);
  });
});

describe.each(letters.map((l) => [l.name, l] as const))("safe suggestions in %s", (_, { text }) => {
  const report = checker.check(text);
  const edits = safeEditsOf(text, report);

  it("keep every amount, date, name, number and placeholder", () => {
    for (const edit of edits) {
      const check = compareFacts(text, edit.text);
      expect([...check.missing, ...check.changed].map((c) => c.original.text), `${edit.finding.id}: ${edit.after}`).toEqual([]);
    }
  });

  it("change only their own span, keep the sentence's capital and end, and are not flagged again", () => {
    for (const edit of edits) {
      const where = `${edit.finding.id}: ${edit.before} → ${edit.after}`;
      expect(edit.text.slice(0, edit.start), where).toBe(text.slice(0, edit.start));
      expect(edit.text.slice(edit.start + edit.suggestion.replacement.length), where).toBe(text.slice(edit.end));
      expect(/^\p{Lu}/u.test(edit.after.replace(/^[^\p{L}\p{N}]+/u, "")), where).toBe(/^\p{Lu}/u.test(edit.before.replace(/^[^\p{L}\p{N}]+/u, "")));
      expect(edit.after.trimEnd().slice(-1), where).toBe(edit.before.trimEnd().slice(-1) === "." ? "." : edit.after.trimEnd().slice(-1));
      const again = checker.check(edit.text).findings.filter(
        (f) => f.id === edit.finding.id && f.start < edit.start + edit.suggestion.replacement.length && f.end > edit.start,
      );
      expect(again.map((f) => f.text), where).toEqual([]);
    }
  });
});

describe("plain letters stay quiet", () => {
  // "nieuw-helder-…" and "nieuw4-helder-…" letters (written later, by other hands) are plain letters too
  const plain = letters.filter((l) => /^(nieuw\d*-)?helder-/.test(l.name));
  it("get at most 1 warning or error per 100 words on average", () => {
    let words = 0;
    let loud = 0;
    for (const { text } of plain) {
      const report = checker.check(text);
      words += report.metrics.words;
      loud += report.findings.filter((f) => f.severity !== "info").length;
    }
    expect((loud / words) * 100).toBeLessThanOrEqual(1);
  });
});
