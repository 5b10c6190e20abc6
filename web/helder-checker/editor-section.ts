// The main column: toolbar, view switch and filters, the text box over its marks with the open card, and the legend.
import { html, nothing, svg, type TemplateResult } from "lit";
import { live } from "lit/directives/live.js";
import type { ViewOptions } from "../view-options.ts";
import { renderToolbar, type ToolbarActions, type ToolbarInput } from "./toolbar.ts";
import { renderLegend, renderViewControls } from "./view-controls.ts";

const lockIcon = html`<svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
  ${svg`<path d="M8 1a3.5 3.5 0 0 0-3.5 3.5V7H4a1 1 0 0 0-1 1v6a1 1 0 0 0 1 1h8a1 1 0 0 0 1-1V8a1 1 0 0 0-1-1h-.5V4.5A3.5 3.5 0 0 0 8 1Zm-2 6V4.5a2 2 0 1 1 4 0V7H6Z"/>`}
</svg>`;

export interface EditorSectionInput {
  text: string;
  toolbar: ToolbarInput;
  errorMessage: string | undefined;
  viewOptions: ViewOptions;
  marks: unknown;
  card: unknown;
  copied: boolean;
}

export interface EditorSectionActions extends ToolbarActions {
  setViewOptions(next: ViewOptions): void;
  input(event: InputEvent): void;
  beforeInput(event: InputEvent): void;
  clickText(): void;
  copy(): void;
}

export function renderEditorSection(s: EditorSectionInput, actions: EditorSectionActions): TemplateResult {
  return html`
    <section class="main" aria-labelledby="text-label">
      ${renderToolbar(s.toolbar, actions)}
      ${s.errorMessage !== undefined ? html`<p class="error" role="alert">${s.errorMessage}</p>` : nothing}
      ${renderViewControls(s.viewOptions, (next) => actions.setViewOptions(next))}
      <label class="label" id="text-label" for="text">Uw tekst</label>
      <p class="help" id="text-help">
        Plak of typ uw brief. Ga met <kbd>Alt</kbd> + <kbd>↓</kbd> naar de volgende opmerking en met <kbd>Alt</kbd> +
        <kbd>↑</kbd> naar de vorige. <kbd>Esc</kbd> sluit de uitleg.
      </p>
      <div class="editor view-${s.viewOptions.view}" part="editor">
        <div class="backdrop" aria-hidden="true">${s.marks}</div>
        <textarea
          id="text"
          spellcheck="false"
          autocomplete="off"
          placeholder="Plak hier uw brief of typ een tekst."
          aria-describedby="text-help privacy"
          .value=${live(s.text)}
          @input=${(e: InputEvent) => actions.input(e)}
          @beforeinput=${(e: InputEvent) => actions.beforeInput(e)}
          @click=${() => actions.clickText()}
        ></textarea>
        ${s.card}
      </div>
      <div class="after-editor">
        <p class="privacy" id="privacy">${lockIcon} Uw tekst wordt niet bewaard.</p>
        <button type="button" class="utrecht-button utrecht-button--secondary-action copy" ?disabled=${s.text === ""} @click=${() => actions.copy()}>
          ${s.copied ? "Gekopieerd ✓" : "Kopieer tekst"}
        </button>
      </div>
      ${renderLegend(s.viewOptions.view)}
    </section>
  `;
}
