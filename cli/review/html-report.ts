// The review as one self-contained HTML file (no network): the totals, charts of the levels and of the hard terms
// in most templates, a sortable table, and per template its findings with the text marked.
import { basename } from "node:path";
import type { Finding, HelderReport } from "../../engine/index.ts";
import type { ReviewConfig } from "./config.ts";
import { levelChart, levelClass, termChart, type TermCount } from "./html/charts.ts";
import { escapeHtml, formatNumber } from "./html/escape.ts";
import { highlightedText } from "./html/highlight.ts";
import { reportCss, sortScript } from "./html/style.ts";
import { reportTexts as t } from "./messages.ts";
import type { ReviewRun } from "./run-review.ts";
import type { ReviewTotals } from "./totals.ts";

const TOP_TERMS = 20;
/** Above this many templates, a template's marked text starts folded (the findings stay visible). */
const OPEN_TEXT_UP_TO = 25;
const severityWord = { error: "Fout", warning: "Waarschuwing", info: "Tip" } as const;

const fileAnchor = (i: number) => `sjabloon-${i + 1}`;
const termAnchor = (i: number) => `woord-${i + 1}`;

function topTerms(run: ReviewRun): TermCount[] {
  const byKey = new Map<string, TermCount>();
  run.files.forEach((f, index) => {
    if ("error" in f) return;
    for (const [key, label] of f.summary.terms) {
      const entry = byKey.get(key) ?? { key, label, files: [] };
      entry.files.push(index);
      byKey.set(key, entry);
    }
  });
  return [...byKey.values()]
    .filter((term) => term.files.length > 1 || run.files.length === 1)
    .sort((a, b) => b.files.length - a.files.length || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0))
    .slice(0, TOP_TERMS);
}

function card(big: string, small: string): string {
  return `<div class="card"><div class="big">${big}</div><div class="small">${escapeHtml(small)}</div></div>`;
}

function table(run: ReviewRun): string {
  const head = [
    ["Sjabloon", "text"],
    ["Niveau", "number"],
    ["Woorden", "number"],
    ["Fouten", "number"],
    ["Waarschuwingen", "number"],
    ["Tips", "number"],
    ["Lange zinnen", "number"],
    ["Lijdende vorm", "number"],
    ["Woorden per zin", "number"],
  ]
    .map(([label, type], i) => `<th scope="col" data-type="${type}"${i > 0 ? ' class="num"' : ""}><button type="button">${label}</button></th>`)
    .join("");
  const rows = run.files.map((f, i) => {
    const name = `<td data-value="${escapeHtml(f.path)}"><a href="#${fileAnchor(i)}">${escapeHtml(f.path)}</a></td>`;
    if ("error" in f) return `<tr data-index="${i}">${name}<td data-value="101"><span class="level none">niet gelezen</span></td>${'<td class="num" data-value="-1">–</td>'.repeat(7)}</tr>`;
    const s = f.summary;
    const num = (n: number, digits = 0) => `<td class="num" data-value="${n}">${formatNumber(n, digits)}</td>`;
    return `<tr data-index="${i}">${name}<td data-value="${s.score}"><span class="level ${levelClass[s.level]}">${escapeHtml(s.level)}</span> <span class="score">${s.score}</span></td>${num(s.words)}${num(s.errors)}${num(s.warnings)}${num(s.tips)}${num(s.longSentences)}${num(s.passiveSentences)}${num(s.averageSentenceLength, 1)}</tr>`;
  });
  return `<table class="sortable" id="tabel"><caption class="note" style="caption-side: bottom; text-align: left">${escapeHtml(t.sortHint)}</caption><thead><tr>${head}</tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

function findingItem(f: Finding, i: number, fileIndex: number): string {
  const alternatives = f.suggestions.filter((s) => s.start === undefined).map((s) => s.replacement);
  const quoted = f.text.length > 80 ? `${f.text.slice(0, 77)}…` : f.text;
  const alt = alternatives.length ? ` <span class="alt">→ ${escapeHtml(alternatives.slice(0, 3).join(" / "))}</span>` : "";
  return `<li id="${fileAnchor(fileIndex)}-${i + 1}"><span class="sev ${f.severity}">${severityWord[f.severity]}:</span> <span class="quote">“${escapeHtml(quoted.replace(/\s+/g, " "))}”</span> — ${escapeHtml(f.message)}${alt}</li>`;
}

function fileSection(run: ReviewRun, i: number): string {
  const f = run.files[i]!;
  const heading = `<h3>${escapeHtml(f.path)}</h3>`;
  if ("error" in f) return `<section class="file" id="${fileAnchor(i)}">${heading}<p class="error-box">${escapeHtml(f.error.message)}</p></section>`;
  const report = JSON.parse(f.report) as HelderReport;
  const s = f.summary;
  const facts = `<p class="facts"><span class="level ${levelClass[s.level]}">${escapeHtml(s.level)}</span> · moeilijkheid ${s.score} van 100 · ${formatNumber(s.words)} woorden · ${formatNumber(s.sentences)} zinnen · gemiddeld ${formatNumber(s.averageSentenceLength, 1)} woorden per zin · ${s.errors} fouten · ${s.warnings} waarschuwingen · ${s.tips} tips</p>`;
  const reasons = report.level?.reasons.length ? `<ul class="reasons">${report.level.reasons.map((r) => `<li>${escapeHtml(r)}</li>`).join("")}</ul>` : "";
  const findings = report.findings.length
    ? `<ol class="findings">${report.findings.map((x, n) => findingItem(x, n, i)).join("")}</ol>`
    : `<p>${escapeHtml(t.noFindings)}</p>`;
  const text = f.text ?? "";
  const marked = `<details${run.files.length <= OPEN_TEXT_UP_TO ? " open" : ""}><summary>${escapeHtml(t.showText)}</summary><div class="text">${highlightedText(text, report.findings, (n) => `${fileAnchor(i)}-${n + 1}`)}</div></details>`;
  return `<section class="file" id="${fileAnchor(i)}">${heading}${facts}${reasons}${marked}${findings}</section>`;
}

export function htmlReport(run: ReviewRun, totals: ReviewTotals, config?: ReviewConfig): string {
  const terms = topTerms(run);
  const b1Share = totals.reviewed ? Math.round((totals.levels.B1 / totals.reviewed) * 100) : 0;
  const termList = terms
    .map((term, i) => {
      const files = term.files.map((fi) => `<a href="#${fileAnchor(fi)}">${escapeHtml(basename(run.files[fi]!.path))}</a>`).join(", ");
      return `<li id="${termAnchor(i)}"><strong>${escapeHtml(term.label)}</strong> — in ${term.files.length} ${term.files.length === 1 ? "sjabloon" : "sjablonen"}<br><span class="files">${files}</span></li>`;
    })
    .join("");
  const notRead = totals.unreadable + totals.skipped;
  const configNote = config ? `<p class="note">${escapeHtml(t.configUsed)} ${escapeHtml(basename(config.file))}.</p>` : "";
  const skipped = run.skipped.length
    ? `<h2>Overgeslagen bestanden</h2><div class="panel"><p>${escapeHtml(t.skippedIntro)}</p><ul>${run.skipped.map((s) => `<li>${escapeHtml(s.path)}</li>`).join("")}</ul></div>`
    : "";
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Helder: controle van ${totals.reviewed} sjablonen</title>
<style>${reportCss}</style>
</head>
<body>
<header class="top"><div class="inner"><h1>Controle van sjablonen</h1><p>${escapeHtml(t.intro)}</p></div></header>
<main>
<h2 id="samenvatting">Samenvatting</h2>
<div class="cards">
${card(formatNumber(totals.reviewed), "sjablonen gecontroleerd")}
${card(`${b1Share}%`, `op B1-niveau (${totals.levels.B1} van ${totals.reviewed})`)}
${card(formatNumber(totals.errors), "fouten")}
${card(formatNumber(totals.warnings), "waarschuwingen")}
${notRead ? card(formatNumber(notRead), "bestanden niet gelezen of overgeslagen") : ""}
</div>
${configNote}
<div class="charts">
<div class="panel"><h2 style="margin-top:0">Niveau van de sjablonen</h2>${levelChart(totals.levels, totals.reviewed)}<p class="note">${escapeHtml(t.levelsExplained)}</p></div>
<div class="panel"><h2 style="margin-top:0">Moeilijke woorden in de meeste sjablonen</h2>${termChart(terms, totals.reviewed, termAnchor)}<p class="note">${escapeHtml(t.termsExplained)}</p></div>
</div>
${terms.length ? `<h2>Waar staan deze woorden?</h2><div class="panel"><ol class="terms">${termList}</ol></div>` : ""}
<h2>Alle sjablonen</h2>
<div class="panel">${table(run)}</div>
${skipped}
<h2>Per sjabloon</h2>
${run.files.map((_, i) => fileSection(run, i)).join("\n")}
<footer><p>${escapeHtml(t.footer)}</p></footer>
</main>
<script>${sortScript}</script>
</body>
</html>
`;
}
