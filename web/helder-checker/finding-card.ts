// The card under an open finding: what is wrong, why, the suggestions, and ignore/close. Rendering only;
// the component passes its actions in.
import { html, nothing, type TemplateResult } from "lit";
import { findingMatches } from "../edits.ts";
import { SEVERITY_LABEL, kindOf } from "../finding-kinds.ts";
import type { Finding, Suggestion } from "../report-types.ts";
import { canDisableRule, canKeepWord } from "../own-words.ts";
import { shorten } from "../shorten.ts";
import { renderSentenceOffer } from "./sentence-offer.ts";
import type { SentenceRewrite } from "./sentence-rewrite.ts";

export interface CardActions {
  accept(finding: Finding, suggestion: Suggestion): void;
  ignore(finding: Finding): void;
  close(): void;
  open(finding: Finding): void;
  askConfirm(index: number): void;
  cancelConfirm(): void;
  acceptSentence(rewrite: SentenceRewrite): void;
  keepWord(finding: Finding): void;
  disableRule(finding: Finding): void;
}

export interface CardInput {
  text: string;
  finding: Finding;
  /** The findings shown now, to name the others at the same place. */
  shown: Finding[];
  /** The index of the larger suggestion waiting for "Ja, vervangen". */
  confirming: number | undefined;
  /** The rewritten sentence around the finding, when a rewrite rule or split applies. */
  sentence: SentenceRewrite | undefined;
}

export function renderCard({ text, finding, shown, confirming, sentence }: CardInput, actions: CardActions): TemplateResult {
  const kind = kindOf(finding);
  const others = shown.filter((f) => f !== finding && f.start < finding.end && f.end > finding.start);
  const stale = !findingMatches(text, finding);
  return html`
    <div class="card kc-${kind.key}" role="dialog" aria-modal="false" aria-labelledby="card-title" aria-describedby="card-message" tabindex="-1">
      <p class="kind">
        <span class="swatch" aria-hidden="true"></span>
        ${kind.label} · ${SEVERITY_LABEL[finding.severity]}
      </p>
      <h2 id="card-title" class="card-title">“${shorten(finding.text)}”</h2>
      <p class="message" id="card-message">${finding.message}</p>
      ${stale
        ? html`<p class="note">De tekst is veranderd. Helder controleert hem opnieuw.</p>`
        : html`${renderSuggestions(finding, confirming, actions)}${renderSentenceOffer(sentence, (r) => actions.acceptSentence(r))}`}
      ${others.length > 0
        ? html`<p class="also">
            Hier staat ook:
            ${others.map(
              (f, i) =>
                // the words themselves: three links all called "moeilijk woord" do not say which is which
                html`${i > 0 ? ", " : ""}<button type="button" class="linklike" @click=${() => actions.open(f)}>
                    “${shorten(f.text, 32)}” (${kindOf(f).label.toLowerCase()})</button
                  >`,
            )}
          </p>`
        : nothing}
      <div class="actions">
        <button type="button" class="utrecht-button utrecht-button--secondary-action" @click=${() => actions.ignore(finding)}>
          Negeren
        </button>
        ${canKeepWord(finding)
          ? html`<button type="button" class="utrecht-button utrecht-button--secondary-action keep-word" @click=${() => actions.keepWord(finding)}>
              Dit woord is goed
            </button>`
          : nothing}
        ${canDisableRule(finding)
          ? html`<button type="button" class="utrecht-button utrecht-button--secondary-action disable-rule" @click=${() => actions.disableRule(finding)}>
              Negeer deze regel
            </button>`
          : nothing}
        <button type="button" class="utrecht-button utrecht-button--subtle" @click=${() => actions.close()}>Sluiten</button>
      </div>
    </div>
  `;
}

function renderSuggestions(finding: Finding, confirming: number | undefined, actions: CardActions): TemplateResult {
  if (finding.suggestions.length === 0) return html`<p class="note">Helder heeft hier geen voorstel. Schrijf het zelf eenvoudiger.</p>`;
  return html`<ul class="suggestions" aria-label="Voorstellen">
    ${finding.suggestions.map((suggestion, i) => {
      const note = suggestion.note ? html`<span class="note">${suggestion.note}</span>` : nothing;
      if (suggestion.safe) {
        return html`<li>
          <button type="button" class="utrecht-button utrecht-button--primary-action" @click=${() => actions.accept(finding, suggestion)}>
            Vervang door “${shorten(suggestion.replacement, 60)}”
          </button>
          ${note}
        </li>`;
      }
      return html`<li>
        <p class="proposal">${suggestion.replacement}</p>
        ${note}
        ${confirming === i
          ? html`<p class="confirm">Lees de nieuwe tekst goed na. Wilt u hem gebruiken?</p>
              <button type="button" class="utrecht-button utrecht-button--primary-action" @click=${() => actions.accept(finding, suggestion)}>
                Ja, vervangen
              </button>
              <button type="button" class="utrecht-button utrecht-button--subtle" @click=${() => actions.cancelConfirm()}>Nee</button>`
          : html`<button type="button" class="utrecht-button utrecht-button--secondary-action" @click=${() => actions.askConfirm(i)}>
              Gebruik dit voorstel
            </button>`}
      </li>`;
    })}
  </ul>`;
}
