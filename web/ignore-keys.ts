// A key per finding that survives re-checks and edits elsewhere: the rule, the text, and which occurrence it is.
import type { Finding } from "./report-types.ts";

export function ignoreKeys(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const base = `${f.id}\u0001${f.text}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return `${base}\u0001${n}`;
  });
}
