// <helder-rewrite-view>: the "Herschreven versie" of a text (POST /api/rewrite, all safe changes), with each
// change marked and undoable on its own, and the fact check. User text is rendered only through Lit text bindings.
import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from "lit";
import type { RewriteAnswer } from "../fact-summary.ts";
import { changeSpansInDraft, draftParts, draftText, validChanges, wordDiff, type DraftPart, type RewriteChange } from "../rewrite-diff.ts";
import { factSummary } from "../fact-summary.ts";
import { utrechtButtonStyles } from "./helder-checker.styles.ts";

export type { RewriteAnswer } from "../fact-summary.ts";

export interface RewriteUseDetail {
  /** The draft with the changes the user kept. */
  draft: string;
}

export class HelderRewriteView extends LitElement {
  static override styles = [
    utrechtButtonStyles,
    css`
      :host {
        display: block;
      }
      .sr-only {
        position: absolute;
        width: 1px;
        height: 1px;
        margin: -1px;
        overflow: hidden;
        clip: rect(0 0 0 0);
        white-space: nowrap;
      }
      h2 {
        margin: 0 0 0.5rem;
        font-size: 1.375rem;
        line-height: 1.3;
      }
      h2:focus {
        outline: none;
      }
      h2:focus-visible {
        outline: 3px solid var(--helder-focus, #000);
        outline-offset: 2px;
      }
      .intro {
        margin: 0 0 0.75rem;
        max-width: 48rem;
      }
      .facts {
        margin: 0 0 1rem;
        padding: 0.75rem 0.875rem;
        border-inline-start: 5px solid hsl(150 55% 26%);
        background: hsl(150 50% 94%);
        font-weight: 600;
      }
      .facts.warn {
        border-color: var(--k-woord, hsl(4 72% 40%));
        background: var(--k-woord-bg, hsl(4 90% 95%));
      }
      .facts ul {
        margin: 0.5rem 0 0;
        padding-inline-start: 1.25rem;
        font-weight: 400;
      }
      .draft {
        padding: 1rem 1.125rem;
        border: 1px solid var(--helder-line, #8a8f96);
        border-radius: var(--helder-radius, 6px);
        background: var(--helder-surface, #fff);
        white-space: pre-wrap;
        overflow-wrap: anywhere;
        font-size: 1.0625rem;
        line-height: 1.7;
      }
      ins {
        text-decoration: none;
        background: var(--k-naamwoordstijl-bg, hsl(150 50% 93%));
        box-shadow: inset 0 -2px 0 var(--k-naamwoordstijl, hsl(150 55% 26%));
        border-radius: 2px;
      }
      del {
        color: var(--helder-muted, #4b4b4b);
        text-decoration: line-through;
        text-decoration-thickness: 2px;
      }
      del + ins {
        margin-inline-start: 0.25em;
      }
      .change.is-undone {
        background: var(--helder-soft, #f3f5f8);
      }
      .undo {
        font: inherit;
        font-size: 0.875rem;
        line-height: 1.2;
        min-height: 24px;
        margin-inline: 0.25rem;
        padding: 0.125rem 0.5rem;
        color: var(--helder-accent, hsl(211 60% 35%));
        background: #fff;
        border: 1px solid currentColor;
        border-radius: 999px;
        cursor: pointer;
        white-space: nowrap;
        vertical-align: baseline;
      }
      .undo:hover {
        background: var(--helder-soft, #f3f5f8);
      }
      .undo:focus-visible,
      .utrecht-button:focus-visible {
        outline: 3px solid var(--helder-focus, #000);
        outline-offset: 2px;
        box-shadow: 0 0 0 5px #fff;
      }
      .utrecht-button {
        font-family: var(--helder-font, Arial, sans-serif);
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        margin-block-start: 1rem;
      }
      .error {
        padding: 0.75rem 0.875rem;
        border-inline-start: 5px solid var(--k-woord, hsl(4 72% 40%));
        background: var(--k-woord-bg, hsl(4 90% 95%));
      }
    `,
  ];

  static override properties = {
    api: { type: String },
    original: { type: String },
    status: { state: true },
    answer: { state: true },
    undone: { state: true },
    announcement: { state: true },
  };

  /** Base URL of the Helder API; the view posts to `${api}/rewrite`. */
  declare api: string;
  /** The user's text. */
  declare original: string;
  declare status: "loading" | "ready" | "error";
  declare answer: RewriteAnswer | undefined;
  declare undone: ReadonlySet<number>;
  declare announcement: string;

  private request: AbortController | undefined;
  private validated: RewriteChange[] = [];

  constructor() {
    super();
    this.api = "/api";
    this.original = "";
    this.status = "loading";
    this.answer = undefined;
    this.undone = new Set();
    this.announcement = "";
  }

  /** The changes shown, in text order. */
  get changes(): RewriteChange[] {
    return this.validated;
  }

  /** The draft as it is now: every change except the undone ones. */
  get draft(): string {
    return draftText(this.original, this.validated, this.undone);
  }

  /** Where each change sits in the current draft. */
  get changeSpans(): Array<{ start: number; end: number }> {
    return changeSpansInDraft(this.original, this.validated, this.undone);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.request?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("original") || changed.has("api")) void this.load();
  }

  private async load(): Promise<void> {
    this.request?.abort();
    const controller = new AbortController();
    this.request = controller;
    const sent = this.original;
    this.status = "loading";
    this.answer = undefined;
    this.validated = [];
    this.undone = new Set();
    this.announcement = "Helder schrijft de tekst opnieuw.";
    try {
      const response = await fetch(`${this.api.replace(/\/+$/, "")}/rewrite`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ text: sent, accept: "all-safe" }),
        signal: controller.signal,
      });
      if (!response.ok) throw new Error(`status ${response.status}`);
      const answer = (await response.json()) as RewriteAnswer;
      if (controller.signal.aborted || sent !== this.original) return;
      this.validated = validChanges(sent, answer.changes ?? []);
      this.answer = answer;
      this.status = "ready";
      const count = this.validated.length;
      this.announcement = `Herschreven versie klaar: ${count} ${count === 1 ? "wijziging" : "wijzigingen"}. ${factSummary(answer).text}`;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>("h2")?.focus();
    } catch {
      if (controller.signal.aborted) return;
      this.status = "error";
      this.announcement = "Herschrijven lukt nu niet. Probeer het later opnieuw.";
    }
  }

  /** Undoes one change (its original words come back), or makes it again. */
  toggle(index: number): void {
    const next = new Set(this.undone);
    const undoing = !next.has(index);
    if (undoing) next.add(index);
    else next.delete(index);
    this.undone = next;
    this.announcement = undoing ? `Wijziging ${index + 1} is teruggezet. Hier staan weer uw eigen woorden.` : `Wijziging ${index + 1} staat er weer in.`;
    // the button is drawn anew with its other label: keep the focus on it
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`.change[data-change="${index}"] + .undo`)?.focus());
  }

  private use(): void {
    this.dispatchEvent(new CustomEvent<RewriteUseDetail>("helder-rewrite-use", { detail: { draft: this.draft } }));
  }

  private close(): void {
    this.dispatchEvent(new CustomEvent("helder-rewrite-close"));
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      this.close();
    }
  }

  protected override render(): TemplateResult {
    return html`<section class="rewrite" aria-labelledby="rewrite-title" @keydown=${this.onKeyDown}>
      <h2 id="rewrite-title" tabindex="-1">Herschreven versie</h2>
      ${this.status === "loading" ? html`<p class="intro">Helder schrijft de tekst opnieuw. Een moment.</p>` : nothing}
      ${this.status === "error" ? html`<p class="error" role="alert">Herschrijven lukt nu niet. Probeer het later opnieuw.</p>` : nothing}
      ${this.status === "ready" && this.answer ? this.renderAnswer(this.answer) : nothing}
      <div class="actions">
        ${this.status === "ready"
          ? html`<button
              type="button"
              class="utrecht-button utrecht-button--primary-action"
              ?disabled=${this.validated.length === this.undone.size}
              @click=${this.use}
            >
              Gebruik deze versie
            </button>`
          : nothing}
        <button type="button" class="utrecht-button utrecht-button--secondary-action" @click=${this.close}>Terug naar uw tekst</button>
      </div>
      <div class="sr-only" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </section>`;
  }

  private renderAnswer(answer: RewriteAnswer): TemplateResult {
    const count = this.validated.length;
    const facts = factSummary(answer);
    const intro =
      count === 0
        ? "Helder heeft niets veranderd. Er zijn geen veilige verbeteringen."
        : `Helder heeft ${count} ${count === 1 ? "stuk" : "stukken"} tekst veranderd. Nieuwe woorden zijn groen. Woorden die weg zijn, zijn doorgestreept. Wilt u een wijziging niet? Kies dan "Terugzetten".`;
    return html`
      <p class="intro">${intro}</p>
      <div class="facts ${facts.ok ? "ok" : "warn"}">
        ${facts.text}
        ${facts.problems.length > 0 ? html`<ul>${facts.problems.map((p) => html`<li>${p}</li>`)}</ul>` : nothing}
      </div>
      <div class="draft" part="draft" aria-label="Herschreven tekst">${draftParts(this.original, this.validated, this.undone).map((p) => this.renderPart(p, count))}</div>
    `;
  }

  private renderPart(part: DraftPart, count: number): unknown {
    if (part.kind === "same") return part.text;
    const n = part.index + 1;
    if (part.undone) {
      return html`<span class="change is-undone" data-change=${part.index}>${part.before}</span><button
          type="button"
          class="undo"
          aria-label="Opnieuw wijzigen, wijziging ${n} van ${count}"
          @click=${() => this.toggle(part.index)}
        >Opnieuw wijzigen</button>`;
    }
    return html`<span class="change" data-change=${part.index}>${wordDiff(part.before, part.after).map((d) =>
        d.kind === "same"
          ? d.text
          : d.kind === "inserted"
            ? html`<ins><span class="sr-only">nieuw: </span>${d.text}</ins>`
            : html`<del><span class="sr-only">weg: </span>${d.text}</del>`,
      )}</span><button
        type="button"
        class="undo"
        aria-label="Terugzetten, wijziging ${n} van ${count}"
        @click=${() => this.toggle(part.index)}
      >Terugzetten</button>`;
  }
}

if (!customElements.get("helder-rewrite-view")) customElements.define("helder-rewrite-view", HelderRewriteView);

declare global {
  interface HTMLElementTagNameMap {
    "helder-rewrite-view": HelderRewriteView;
  }
}
