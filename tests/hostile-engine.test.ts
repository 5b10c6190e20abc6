// The whole engine on hostile inputs of 512 KB (the shapes of `npm run bench`): exact offsets, a capped report,
// no crash. A step that grows with the square of the text (a regex that backtracks over a long run, a list
// scanned per token) takes minutes here instead of about a second, and the test's time-out fails it.
import { describe, expect, it } from "vitest";
import { defaultChecker } from "../server/default-checker.ts";

const SIZE = 512 * 1024;
const hostile: [string, string][] = [
  ["one word", "a".repeat(SIZE)],
  ["one word after a safe suggestion", `Indien u ${"a".repeat(SIZE)} betaalt.`],
  ["one capitalised word", "A".repeat(SIZE)],
  ["no spaces or full stops", "ab,cd;ef-".repeat(SIZE / 9)],
  ["dotted letters", "a.".repeat(SIZE / 2)],
  ["nested brackets", "(".repeat(SIZE / 2) + ")".repeat(SIZE / 2)],
  ["one long sentence of officialese", "indien u dient te betalen thans middels ".repeat(SIZE / 40)],
  ["digits and dots", "1.2.".repeat(SIZE / 4)],
  ["e-mail look-alikes", "a@b.".repeat(SIZE / 4)],
  ["codes", "RB/2024-".repeat(SIZE / 8)],
  ["one line per word", "indien\n".repeat(SIZE / 7)],
];

describe("hostile input through the whole engine", () => {
  const checker = defaultChecker();
  it.each(hostile)("%s", (_, text) => {
    const report = checker.check(text);
    expect(report.findings.length).toBeLessThanOrEqual(5_000);
    for (const f of report.findings.slice(0, 200)) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(report.metrics.characters).toBe(text.length);
  });
});
