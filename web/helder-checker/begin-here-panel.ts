// "Begin hier": the few steps that make the text easier fastest, each a button that opens its card. Rendering only.
import { html, nothing, type TemplateResult } from "lit";
import type { BeginStep } from "../begin-here.ts";
import type { Finding } from "../report-types.ts";
import { shorten } from "../shorten.ts";

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
