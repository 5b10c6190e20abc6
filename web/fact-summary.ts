// The fact check of a rewrite in one sentence for the user: are all amounts, dates, deadlines, names and
// placeholders still there?
import type { RewriteChange } from "./rewrite-diff.ts";

/** The part of the POST /api/rewrite answer that the view uses. */
export interface RewriteAnswer {
  draft: string;
  changes: RewriteChange[];
  factCheck: {
    facts: Array<{ kind: string; text: string }>;
    kept: number;
    missing: unknown[];
    changed: unknown[];
    findings: Array<{ message: string }>;
  };
}

export function factSummary(answer: RewriteAnswer): { ok: boolean; text: string; problems: string[] } {
  const check = answer.factCheck;
  const total = check.facts.length;
  const problems = [...new Set(check.findings.map((f) => f.message))];
  if (problems.length === 0 && check.missing.length === 0 && check.changed.length === 0) {
    if (total === 0) return { ok: true, text: "Helder vond geen bedragen, datums of namen in de tekst.", problems };
    return { ok: true, text: total === 1 ? "Het ene feit staat nog in de tekst." : `Alle ${total} feiten staan nog in de tekst.`, problems };
  }
  const lost = check.missing.length + check.changed.length;
  return {
    ok: false,
    text: `Let op: ${lost} van de ${total} feiten ${lost === 1 ? "staat" : "staan"} niet meer goed in de tekst. Controleer dit voordat u de tekst gebruikt.`,
    problems,
  };
}
