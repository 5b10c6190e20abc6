// The row of actions above the text. "Maak B1-versie" is the primary action: it gives the best result.
import { html, type TemplateResult } from "lit";

export interface ToolbarInput {
  empty: boolean;
  safeCount: number;
  canUndo: boolean;
  canRedo: boolean;
  checking: boolean;
}

export interface ToolbarActions {
  openRewrite(): void;
  acceptAllSafe(): void;
  undo(): void;
  redo(): void;
}

export function renderToolbar(t: ToolbarInput, actions: ToolbarActions): TemplateResult {
  return html`<div class="toolbar" role="toolbar" aria-label="Acties">
    <button
      type="button"
      class="utrecht-button utrecht-button--primary-action rewrite-open"
      ?disabled=${t.empty}
      @click=${() => actions.openRewrite()}
    >
      Maak B1-versie
    </button>
    <button
      type="button"
      class="utrecht-button utrecht-button--secondary-action"
      ?disabled=${t.safeCount === 0}
      @click=${() => actions.acceptAllSafe()}
    >
      Pas veilige suggesties toe (${t.safeCount})
    </button>
    <button type="button" class="utrecht-button utrecht-button--secondary-action" ?disabled=${!t.canUndo} @click=${() => actions.undo()}>
      Ongedaan maken
    </button>
    <button type="button" class="utrecht-button utrecht-button--subtle" ?disabled=${!t.canRedo} @click=${() => actions.redo()}>
      Opnieuw
    </button>
    <span class="status" aria-hidden="true">${t.checking ? "Bezig met controleren…" : ""}</span>
  </div>`;
}
