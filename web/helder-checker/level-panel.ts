// The overview box: the text's level with its reasons and the numbers. Rendering only.
import { html, type TemplateResult } from "lit";
import type { Finding, HelderReport } from "../report-types.ts";
import { formatNumber, summarize } from "../summary.ts";

const LABEL_TEXT = {
  B1: "Deze tekst is op B1-niveau.",
  "net boven B1": "Deze tekst is net boven B1-niveau.",
  "ver boven B1": "Deze tekst is ver boven B1-niveau.",
} as const;

export function renderLevel(report: HelderReport | undefined, visible: Finding[], placeholders: number, empty: boolean): TemplateResult {
  if (!report || empty) {
    return html`<section class="box" aria-labelledby="summary-title">
      <h2 id="summary-title">Overzicht</h2>
      <p class="verdict empty">Plak of typ een tekst. Dan ziet u hier of de tekst op B1-niveau is.</p>
    </section>`;
  }
  const m = report.metrics;
  const level = report.level;
  // an older server sends no level: then the verdict from the counts
  const verdict = level
    ? html`<div class="verdict level-${level.label.replace(/ /g, "-")}">
        <p class="level-label">${LABEL_TEXT[level.label]}</p>
        <meter min="0" max="100" low="25" high="50" optimum="0" value=${level.score} aria-label="Hoe moeilijk: ${level.score} van 100"></meter>
        <ul class="reasons">
          ${level.reasons.map((r) => html`<li>${r}</li>`)}
        </ul>
      </div>`
    : (() => {
        const summary = summarize(report, visible);
        return html`<p class="verdict ${summary.isB1 ? "ok" : ""}">${summary.verdict}</p>`;
      })();
  return html`<section class="box" aria-labelledby="summary-title">
    <h2 id="summary-title">Overzicht</h2>
    ${verdict}
    <dl class="metrics">
      <dt>Woorden</dt>
      <dd>${formatNumber(m.words)}</dd>
      <dt>Zinnen</dt>
      <dd>${formatNumber(m.sentences)}</dd>
      <dt>Gemiddelde zinslengte</dt>
      <dd class=${m.averageSentenceLength > 15 ? "over" : ""}>${formatNumber(m.averageSentenceLength)} woorden</dd>
      <dt>Lange zinnen</dt>
      <dd>${formatNumber(m.longSentences)}</dd>
      <dt>Zinnen in lijdende vorm</dt>
      <dd>${formatNumber(m.passiveSentences)}</dd>
      <dt>Invulvelden</dt>
      <dd>${formatNumber(placeholders)}</dd>
    </dl>
  </section>`;
}
