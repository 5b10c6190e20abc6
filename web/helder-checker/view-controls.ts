// The view switch (Zinnen / Alles) and the filters above the text. Rendering only; the component keeps the state.
import { html, type TemplateResult } from "lit";
import { FILTERS, type FilterKey, type ViewName, type ViewOptions } from "../view-options.ts";

export function renderViewControls(o: ViewOptions, change: (next: ViewOptions) => void): TemplateResult {
  const setView = (view: ViewName) => change({ ...o, view });
  const toggle = (key: FilterKey, on: boolean) =>
    change({ ...o, hidden: on ? o.hidden.filter((k) => k !== key) : [...o.hidden.filter((k) => k !== key), key] });
  return html`<div class="view-controls">
    <fieldset class="views">
      <legend>Weergave</legend>
      ${(["zinnen", "alles"] as const).map(
        (view) => html`<label class="view-choice">
          <input type="radio" name="view" value=${view} .checked=${o.view === view} @change=${() => setView(view)} />
          ${view === "zinnen" ? "Zinnen" : "Alles"}
        </label>`,
      )}
    </fieldset>
    <fieldset class="filters">
      <legend>Toon</legend>
      ${FILTERS.map(
        (f) => html`<label class="filter">
          <input
            type="checkbox"
            data-filter=${f.key}
            .checked=${!o.hidden.includes(f.key)}
            @change=${(e: Event) => toggle(f.key, (e.target as HTMLInputElement).checked)}
          />
          ${f.label}
        </label>`,
      )}
      <label class="filter">
        <input
          type="checkbox"
          data-filter="tips"
          .checked=${o.view === "alles" || o.tips}
          ?disabled=${o.view === "alles"}
          @change=${(e: Event) => change({ ...o, tips: (e.target as HTMLInputElement).checked })}
        />
        Tips
      </label>
    </fieldset>
  </div>`;
}

/** The legend under the text: sentence colours in the Zinnen view, line styles in both. */
export function renderLegend(view: ViewName): TemplateResult {
  return html`<ul class="legend" aria-label="Uitleg bij de kleuren en lijnen">
    ${view === "zinnen"
      ? html`<li><span class="sample sc-2">abc</span> zin kan eenvoudiger</li>
          <li><span class="sample sc-3">abc</span> moeilijke zin</li>
          <li><span class="sample sc-4">abc</span> erg moeilijke zin</li>`
      : html`<li><span class="sample bg-lange-zin">abc</span> lange zin</li>
          <li><span class="sample sev-info">abc</span> tip</li>`}
    <li><span class="sample sev-error">abc</span> moet anders</li>
    <li><span class="sample sev-warning">abc</span> kan beter</li>
    <li><span class="sample placeholder">NAAM</span> invulveld, blijft staan</li>
  </ul>`;
}
