// In the card: the whole sentence rewritten (a split, an active verb), with its fact check, beside the word suggestions.
import { html, nothing, type TemplateResult } from "lit";
import type { SentenceRewrite } from "./sentence-rewrite.ts";

export function renderSentenceOffer(rewrite: SentenceRewrite | undefined, use: (rewrite: SentenceRewrite) => void): TemplateResult | typeof nothing {
  if (!rewrite) return nothing;
  const { facts } = rewrite;
  return html`<section class="sentence-offer" aria-labelledby="offer-title">
    <h3 id="offer-title">Voorstel voor de hele zin</h3>
    <p class="proposal">${rewrite.replacement}</p>
    ${rewrite.note ? html`<p class="note">${rewrite.note}</p>` : nothing}
    <p class="offer-facts ${facts.ok ? "ok" : "warn"}">${facts.text}</p>
    ${facts.problems.length > 0 ? html`<ul class="offer-problems">${facts.problems.map((p) => html`<li>${p}</li>`)}</ul>` : nothing}
    <button type="button" class="utrecht-button utrecht-button--secondary-action use-sentence" @click=${() => use(rewrite)}>
      Gebruik deze zin
    </button>
  </section>`;
}
