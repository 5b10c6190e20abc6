// Every safe suggestion of a report applied on its own, with the sentence before and after: what the review
// tool prints and what the corpus test walks.
import type { HelderReport } from "../report.ts";
import { lastStartingAtOrBefore } from "../spans.ts";
import type { Finding, Suggestion } from "../types.ts";

export interface SafeEdit {
  finding: Finding;
  suggestion: Suggestion;
  start: number;
  end: number;
  /** The sentence unit around the edit, before and after. */
  before: string;
  after: string;
  /** The whole text with only this edit applied. */
  text: string;
}

export function safeEditsOf(text: string, report: Pick<HelderReport, "findings" | "sentences">): SafeEdit[] {
  const out: SafeEdit[] = [];
  for (const finding of report.findings) {
    for (const suggestion of finding.suggestions) {
      if (!suggestion.safe) continue;
      const start = suggestion.start ?? finding.start;
      const end = suggestion.end ?? finding.end;
      const first = report.sentences[Math.max(0, lastStartingAtOrBefore(report.sentences, start))];
      const last = report.sentences[Math.max(0, lastStartingAtOrBefore(report.sentences, Math.max(start, end - 1)))];
      const from = Math.min(first?.start ?? start, start);
      const to = Math.max(last?.end ?? end, end);
      out.push({
        finding,
        suggestion,
        start,
        end,
        before: text.slice(from, to),
        after: text.slice(from, start) + suggestion.replacement + text.slice(end, to),
        text: text.slice(0, start) + suggestion.replacement + text.slice(end),
      });
    }
  }
  return out;
}
