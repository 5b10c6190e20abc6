// What `helder review` says to users (messages, the HTML report's sentences) must pass Helder itself.
import { describe, expect, it } from "vitest";
import { reportTexts, reviewMessages } from "../cli/review/messages.ts";
import { defaultChecker } from "../server/default-checker.ts";

const checker = defaultChecker();

/** Spans between quotes or brackets: the words a message talks about. */
function quotedSpans(text: string): [number, number][] {
  return [...text.matchAll(/'[^']*'|"[^"]*"|\([^)]*\)/g)].map((m) => [m.index!, m.index! + m[0].length]);
}

function loudFindings(message: string): string[] {
  const quoted = quotedSpans(message);
  return checker
    .check(message)
    .findings.filter((f) => f.severity !== "info" && f.rule !== "letter-structure" && !quoted.some(([s, e]) => s <= f.start && f.end <= e))
    .map((f) => `${f.id} "${f.text}"`);
}

describe("the review's own messages are B1", () => {
  it.each([...Object.values(reviewMessages), ...Object.values(reportTexts)])("%s", (message) => {
    expect(loudFindings(message)).toEqual([]);
  });
});
