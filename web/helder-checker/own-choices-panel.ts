// The side panel's box with the own words and the rules switched off, each removable, and the download.
import { html, nothing, type TemplateResult } from "lit";
import type { OwnChoices } from "../own-words.ts";
import type { OwnChoicesActions } from "./own-choices.ts";

export function renderOwnChoices(own: OwnChoices, actions: OwnChoicesActions): TemplateResult | typeof nothing {
  if (own.keep.length === 0 && own.disable.length === 0) return nothing;
  return html`<section class="box own-choices" aria-labelledby="own-title">
    <h2 id="own-title">Eigen woorden en regels</h2>
    <p class="own-intro">Deze browser onthoudt ze. Helder laat ze niet meer zien.</p>
    ${own.keep.length > 0
      ? html`<h3>Goede woorden</h3>
          <ul class="own-words">
            ${own.keep.map(
              (word) => html`<li>
                <span>${word}</span>
                <button type="button" class="linklike" aria-label="Weghalen: ${word}" @click=${() => actions.removeWord(word)}>Weghalen</button>
              </li>`,
            )}
          </ul>`
      : nothing}
    ${own.disable.length > 0
      ? html`<h3>Regels die uit staan</h3>
          <ul class="own-rules">
            ${own.disable.map(
              (rule) => html`<li>
                <span>${rule.label}</span>
                <button type="button" class="linklike" aria-label="Zet weer aan: ${rule.label}" @click=${() => actions.removeRule(rule.id)}>
                  Zet weer aan
                </button>
              </li>`,
            )}
          </ul>`
      : nothing}
    <button type="button" class="utrecht-button utrecht-button--secondary-action own-download" @click=${() => actions.download()}>
      Download als helder.config.yaml
    </button>
    <p class="own-help">Met dit bestand gebruikt uw organisatie dezelfde keuzes in <code>helder review</code>.</p>
  </section>`;
}
