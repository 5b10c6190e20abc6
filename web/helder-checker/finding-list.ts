// The side panel's list of remarks, grouped by kind; each opens its card. Rendering only.
import { html, nothing, type TemplateResult } from "lit";
import { KIND_ORDER, SEVERITY_LABEL, kindByKey, kindOf, type KindKey } from "../finding-kinds.ts";
import type { Finding } from "../report-types.ts";
import { shorten } from "../shorten.ts";

export interface ListInput {
  shown: Finding[];
  active: Finding | undefined;
  checked: boolean;
  ignoredCount: number;
}

export interface ListActions {
  open(finding: Finding): void;
  showIgnored(): void;
}

export function renderFindingList({ shown, active, checked, ignoredCount }: ListInput, actions: ListActions): TemplateResult {
  const groups = new Map<KindKey, Finding[]>();
  for (const f of shown) {
    const key = kindOf(f).key;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return html`<section class="box" aria-labelledby="findings-title">
    <h2 id="findings-title">Opmerkingen (${shown.length})</h2>
    ${shown.length === 0 ? html`<p class="empty-list">${checked ? "Geen opmerkingen." : "Nog geen tekst gecontroleerd."}</p>` : nothing}
    ${ignoredCount > 0
      ? html`<p class="empty-list">
          ${ignoredCount} genegeerd.
          <button type="button" class="linklike" @click=${() => actions.showIgnored()}>Toon ze weer</button>
        </p>`
      : nothing}
    <div class="groups">
      ${KIND_ORDER.filter((key) => groups.has(key)).map((key) => {
        const kind = kindByKey(key);
        const items = groups.get(key)!;
        return html`<section class="group kc-${key}" aria-labelledby="group-${key}">
          <h3 id="group-${key}">
            <span class="swatch" aria-hidden="true"></span>${kind.groupLabel}
            <span class="count"><span class="sr-only">aantal: </span>${items.length}</span>
          </h3>
          <ul>
            ${items.map(
              (f) => html`<li>
                <button type="button" class="item" aria-current=${active === f ? "true" : "false"} @click=${() => actions.open(f)}>
                  <span class="what">${shorten(f.text, 48)}</span>
                  <span class="sev">${SEVERITY_LABEL[f.severity]}</span>
                </button>
              </li>`,
            )}
          </ul>
        </section>`;
      })}
    </div>
  </section>`;
}
