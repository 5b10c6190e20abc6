// A template's text with its findings marked. Spans are cut at every finding boundary, so overlapping findings
// (a hard word in a long sentence) both show: a sentence finding as a tint, a word finding as an underline.
import type { Finding } from "../../../engine/index.ts";
import { wordRules } from "../word-rules.ts";
import { escapeHtml } from "./escape.ts";

const severityRank = { error: 0, warning: 1, info: 2 } as const;

export function highlightedText(text: string, findings: Finding[], anchor: (index: number) => string): string {
  const cuts = new Set<number>([0, text.length]);
  for (const f of findings) cuts.add(f.start).add(f.end);
  const points = [...cuts].sort((a, b) => a - b);
  const out: string[] = [];
  // findings are sorted by start; the ones that cover a piece are found among those started before it
  let first = 0;
  for (let p = 0; p + 1 < points.length; p++) {
    const [from, to] = [points[p]!, points[p + 1]!];
    const piece = escapeHtml(text.slice(from, to));
    const covering: number[] = [];
    while (first < findings.length && findings[first]!.end <= from) first++;
    for (let i = first; i < findings.length && findings[i]!.start <= from; i++) if (findings[i]!.end >= to && findings[i]!.start <= from) covering.push(i);
    if (covering.length === 0) {
      out.push(piece);
      continue;
    }
    const word = covering.filter((i) => wordRules.has(findings[i]!.rule));
    const sentence = covering.filter((i) => !wordRules.has(findings[i]!.rule));
    let html = piece;
    if (word.length) {
      const strongest = word.reduce((a, b) => (severityRank[findings[b]!.severity] < severityRank[findings[a]!.severity] ? b : a));
      html = `<mark class="w ${findings[strongest]!.severity}">${html}</mark>`;
      // the number after the last piece of a word finding links to its explanation
      const ends = word.filter((i) => findings[i]!.end === to);
      html += ends.map((i) => `<a class="ref" href="#${anchor(i)}">${i + 1}</a>`).join("");
    }
    if (sentence.length) {
      const ends = sentence.filter((i) => findings[i]!.end === to);
      html = `<span class="s">${html}</span>${ends.map((i) => `<a class="ref" href="#${anchor(i)}">${i + 1}</a>`).join("")}`;
    }
    out.push(html);
  }
  return out.join("");
}
