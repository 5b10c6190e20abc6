// The facts of the letter a rewrite must keep (amounts, deadlines, dates, placeholders …), through the
// engine's fact check (engine/facts). Here only reshaped for the exercise: kept, lost and changed.
import { compareFacts } from "../../engine/facts/compare.ts";
import type { FactKind } from "../../engine/facts/extract.ts";

export type { FactKind };

export interface LetterFact {
  kind: FactKind;
  /** As written in the original. */
  text: string;
  /** For a changed fact: what the rewrite has in its place. */
  changedTo?: string;
}

export interface FactComparison {
  kept: LetterFact[];
  /** Gone from the rewrite, or changed (then with changedTo). */
  lost: LetterFact[];
}

export function compareLetterFacts(original: string, draft: string): FactComparison {
  const check = compareFacts(original, draft);
  const gone = new Set([...check.missing, ...check.changed].map((c) => c.original));
  return {
    kept: check.facts.filter((f) => !gone.has(f)).map((f) => ({ kind: f.kind, text: f.text })),
    lost: [
      ...check.missing.map((c) => ({ kind: c.original.kind, text: c.original.text })),
      ...check.changed.map((c) => ({ kind: c.original.kind, text: c.original.text, ...(c.draft ? { changedTo: c.draft.text } : {}) })),
    ],
  };
}
