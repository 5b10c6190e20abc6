// The overview box: the text's level with its reasons, the numbers, and "Begin hier". Rendering only.
import { html, nothing, type TemplateResult } from "lit";
import type { BeginStep } from "../begin-here.ts";
import type { Finding, HelderReport } from "../report-types.ts";
import { formatNumber, summarize } from "../summary.ts";

const LABEL_TEXT = {
  B1: "Deze tekst is op B1-niveau.",
  "net boven B1": "Deze tekst is net boven B1-niveau.",
  "ver boven B1": "Deze tekst is ver boven B1-niveau.",
} as const;

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

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

export function renderBeginHere(steps: BeginStep[], go: (finding: Finding) => void): TemplateResult | typeof nothing {
  if (steps.length === 0) return nothing;
  return html`<section class="box begin-here" aria-labelledby="begin-title">
    <h2 id="begin-title">Begin hier</h2>
    <p class="begin-intro">Deze stappen maken de tekst het snelst makkelijker.</p>
    <ol>
      ${steps.map(
        (step) => html`<li>
          <button type="button" class="step" @click=${() => go(step.finding)}>
            <span class="step-action">${step.action}</span>
            <span class="step-quote">“${shorten(step.finding.text, 60)}”</span>
          </button>
        </li>`,
      )}
    </ol>
  </section>`;
}
