// Findings come from many checks, each building its objects in its own way (other key orders, optional keys left
// out or added later). The merged findings are copied into one shape here, so the code after the checks (the
// safety gate, the level, the report, JSON) sees one kind of object and V8 keeps it fast: docs/decisions.md.
import type { Finding, Suggestion } from "./types.ts";

/** A suggestion with all its keys, in the order of the report; a key without a value is undefined (JSON leaves it out). */
export function canonicalSuggestion(s: Suggestion): Suggestion {
  return { replacement: s.replacement, start: s.start, end: s.end, safe: s.safe, note: s.note };
}

/** A finding with all its keys, in the order of the report (see canonicalSuggestion). */
export function canonicalFinding(f: Finding): Finding {
  return {
    id: f.id,
    rule: f.rule,
    category: f.category,
    severity: f.severity,
    start: f.start,
    end: f.end,
    text: f.text,
    message: f.message,
    suggestions: f.suggestions.map(canonicalSuggestion),
  };
}
