// A readable list of findings: "3:1-3:7  waarschuwing  lexicon/indien  message  → als".
import type { HelderReport } from "../engine/index.ts";

const severityNl = { error: "fout", warning: "waarschuwing", info: "tip" } as const;

function lineCol(text: string, lineStarts: number[], offset: number): string {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return `${lo + 1}:${offset - lineStarts[lo]! + 1}`;
}

export function formatText(text: string, report: HelderReport, name: string): string {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") lineStarts.push(i + 1);
  const m = report.metrics;
  const out = [
    `${name}: ${m.words} woorden, ${m.sentences} zinnen, gemiddeld ${m.averageSentenceLength} woorden per zin, ${m.longSentences} lange zinnen, ${m.passiveSentences} zinnen in de lijdende vorm.`,
  ];
  for (const f of report.findings) {
    const where = `${lineCol(text, lineStarts, f.start)}-${lineCol(text, lineStarts, f.end)}`;
    const quoted = f.text.length > 60 ? `${f.text.slice(0, 57)}…` : f.text;
    const alternatives = f.suggestions.filter((s) => s.start === undefined).map((s) => s.replacement);
    const arrow = alternatives.length ? `  → ${alternatives.slice(0, 3).join(" / ")}` : "";
    out.push(`${where}  ${severityNl[f.severity]}  ${f.id}  "${quoted.replace(/\n/g, " ")}"  ${f.message}${arrow}`);
  }
  const count = (s: string) => report.findings.filter((f) => f.severity === s).length;
  out.push(`${count("error")} fouten, ${count("warning")} waarschuwingen, ${count("info")} tips.`);
  return out.join("\n") + "\n";
}
