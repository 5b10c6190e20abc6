// Inline SVG charts of the review report: the templates per level, and the hard terms found in most templates.
import { LEVELS, type Level } from "../file-summary.ts";
import { escapeHtml, formatNumber } from "./escape.ts";

export const levelClass: Record<Level, string> = { B1: "b1", "net boven B1": "near", "ver boven B1": "hard" };
const levelColour: Record<Level, string> = { B1: "#1a7f37", "net boven B1": "#b86e00", "ver boven B1": "#c62828" };

/** One bar per level: how many templates have it. Each bar links to the table rows of that level. */
export function levelChart(levels: Record<Level, number>, total: number): string {
  const width = 520;
  const labelWidth = 150;
  const barArea = width - labelWidth - 90;
  const rowHeight = 40;
  const max = Math.max(1, ...LEVELS.map((l) => levels[l]));
  const rows = LEVELS.map((level, i) => {
    const n = levels[level];
    const w = Math.max(n > 0 ? 3 : 0, Math.round((n / max) * barArea));
    const share = total > 0 ? Math.round((n / total) * 100) : 0;
    const y = i * rowHeight;
    // the bar's visible words are its link's name (a different aria-label would not match what people see)
    return `<a href="#tabel">
      <text x="0" y="${y + 25}" class="label">${escapeHtml(level)}</text>
      <rect x="${labelWidth}" y="${y + 8}" width="${w}" height="24" rx="3" fill="${levelColour[level]}"></rect>
      <text x="${labelWidth + w + 8}" y="${y + 25}" class="value">${n} (${share}%)</text>
    </a>`;
  }).join("");
  const height = LEVELS.length * rowHeight + 4;
  return `<svg class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="group" aria-label="Aantal sjablonen per niveau">${rows}</svg>`;
}

export interface TermCount {
  key: string;
  label: string;
  files: number[];
}

/** The terms found in most templates, as bars that link to the list of templates each term is in. */
export function termChart(terms: TermCount[], total: number, anchor: (i: number) => string): string {
  if (terms.length === 0) return `<p>Helder vond geen moeilijke woorden die in meer sjablonen staan.</p>`;
  const width = 640;
  const labelWidth = 230;
  const barArea = width - labelWidth - 150;
  const rowHeight = 26;
  const max = Math.max(1, ...terms.map((t) => t.files.length));
  const rows = terms
    .map((t, i) => {
      const n = t.files.length;
      const w = Math.max(3, Math.round((n / max) * barArea));
      const y = i * rowHeight;
      const label = t.label.length > 26 ? `${t.label.slice(0, 25)}…` : t.label;
      return `<a href="#${anchor(i)}">
      <text x="${labelWidth - 8}" y="${y + 18}" class="label" text-anchor="end">${escapeHtml(label)}</text>
      <rect x="${labelWidth}" y="${y + 5}" width="${w}" height="17" rx="3" fill="#1f5fa8"></rect>
      <text x="${labelWidth + w + 8}" y="${y + 18}" class="value">${n} van ${formatNumber(total)} sjablonen</text>
    </a>`;
    })
    .join("");
  const height = terms.length * rowHeight + 6;
  return `<svg class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="group" aria-label="Moeilijke woorden die in de meeste sjablonen staan">${rows}</svg>`;
}
