// Sentence rewrites as a check: a finding on each sentence that a rule can rewrite, with the new sentence
// as a suggestion whose span is the whole sentence. The rules come from rewrites/*.yaml (rewrites/load.ts).
import { rewriteSentence } from "../rewrite/sentence-rewrites.ts";
import type { RewriteRule } from "../rewrite/rules.ts";
import type { Check, Finding } from "../types.ts";

const kinds = new Set(["sentence", "list-item", "closing"]);

export function createSentenceRewritesCheck(rules: readonly RewriteRule[]): Check {
  return {
    rule: "rewrite",
    run(doc) {
      const findings: Finding[] = [];
      for (const s of doc.sentences) {
        if (!kinds.has(s.kind)) continue;
        const text = doc.text.slice(s.start, s.end);
        // a sentence of hard-wrapped text has soft line breaks inside: the rules read them as spaces
        const rewrites = rewriteSentence(rules, text.replace(/[ \t]*\r?\n[ \t]*/g, " "), s.words);
        if (rewrites.length === 0) continue;
        findings.push({
          id: `rewrite/${rewrites[0]!.rules[0]}`,
          rule: "rewrite",
          severity: "info",
          start: s.start,
          end: s.end,
          text,
          message: "Deze zin kan eenvoudiger. Bekijk het voorstel voor een nieuwe zin.",
          suggestions: rewrites.map((r) => ({ replacement: r.text, start: s.start, end: s.end, safe: r.safe, note: r.notes.join(" ") })),
        });
      }
      return findings;
    },
  };
}
