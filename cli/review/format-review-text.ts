// The review as a list to read: per file its level and findings (as `helder check` lists them), then the totals.
import type { HelderReport } from "../../engine/index.ts";
import { formatText } from "../format-text.ts";
import type { ReviewRun } from "./run-review.ts";
import type { ReviewTotals } from "./totals.ts";

export function totalsLine(t: ReviewTotals): string {
  const lines = [
    `Totaal: ${t.reviewed} ${t.reviewed === 1 ? "sjabloon" : "sjablonen"} gecontroleerd. Op B1-niveau: ${t.levels.B1}. Net boven B1: ${t.levels["net boven B1"]}. Ver boven B1: ${t.levels["ver boven B1"]}.`,
    `${t.errors} fouten, ${t.warnings} waarschuwingen, ${t.tips} tips.`,
  ];
  if (t.unreadable) lines.push(`${t.unreadable} ${t.unreadable === 1 ? "bestand" : "bestanden"} niet gelezen.`);
  if (t.skipped) lines.push(`${t.skipped} ${t.skipped === 1 ? "bestand" : "bestanden"} overgeslagen.`);
  return lines.join(" ");
}

export function formatReviewText(run: ReviewRun, totals: ReviewTotals): string {
  const out: string[] = [];
  for (const f of run.files) {
    if ("error" in f) out.push(`${f.path}: niet gelezen. ${f.error.message}\n`);
    else out.push(formatText(f.text ?? "", JSON.parse(f.report) as HelderReport, `${f.path} (niveau: ${f.summary.level})`));
  }
  for (const s of run.skipped) out.push(`${s.path}: overgeslagen. ${s.reason}\n`);
  out.push(`${totalsLine(totals)}\n`);
  return out.join("\n");
}
