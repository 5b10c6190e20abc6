// Every lexicon entry carries examples; every example is a test (docs/lexicon-format.md).
import { describe, expect, it } from "vitest";
import { buildDocument } from "../engine/text/document.ts";
import { createLexiconCheck } from "../engine/lexicon/lexicon-check.ts";
import { defaultCheckOptions, type Finding } from "../engine/types.ts";
import { loadLexicon } from "../lexicon/load.ts";
import { defaultChecker } from "../server/default-checker.ts";

const entries = loadLexicon();
const engine = defaultChecker();
const check = createLexiconCheck(entries);
const findingsFor = (text: string, id: string): Finding[] =>
  check.run(buildDocument(text), defaultCheckOptions).filter((f) => f.id === `lexicon/${id}`);

/** "U [dient] te betalen." → the sentence without brackets and the marked span. */
function unmark(marked: string) {
  const start = marked.indexOf("[");
  const end = marked.indexOf("]") - 1;
  return { text: marked.replace("[", "").replace("]", ""), start, end };
}

function applySuggestion(text: string, f: Finding): string | undefined {
  const s = f.suggestions.find((x) => x.safe);
  if (!s) return undefined;
  return text.slice(0, s.start ?? f.start) + s.replacement + text.slice(s.end ?? f.end);
}

describe.each(entries.map((e) => [e.id, e] as const))("lexicon entry %s", (id, entry) => {
  entry.examples.forEach((example, n) => {
    if ("wrong" in example) {
      it(`wrong example ${n + 1} gives exactly one finding at the marked span`, () => {
        const { text, start, end } = unmark(example.wrong);
        const found = findingsFor(text, id);
        expect(found.map((f) => [f.start, f.end, f.text])).toEqual([[start, end, text.slice(start, end)]]);
        if (found[0]!.suggestions.some((s) => s.safe)) expect(example.fixed, "a safe alternative needs a 'fixed' example").toBeDefined();
        if (example.fixed !== undefined) expect(findingsFor(example.fixed, id)).toEqual([]);
      });
      // what the user gets: the whole engine, with the safety gate (engine/safety/) between lexicon and report
      it(`wrong example ${n + 1}: the first safe suggestion that passes the safety gate gives the 'fixed' sentence`, () => {
        const { text, start } = unmark(example.wrong);
        const found = engine.check(text).findings.find((f) => f.id === `lexicon/${id}` && f.start === start);
        expect(found, "the whole engine flags it too").toBeDefined();
        expect(applySuggestion(text, found!)).toBe(example.fixed);
      });
    } else {
      it(`right example ${n + 1} gives no finding`, () => {
        expect(findingsFor(example.right, id)).toEqual([]);
      });
    }
  });
});
