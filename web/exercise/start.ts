// <helder-exercise-start>: the trainer starts a workshop session and goes to the trainer view.
import { LitElement, html, nothing } from "lit";
import { api } from "./api.ts";
import { readWordList } from "./word-list.ts";

interface Started {
  code: string;
  trainerToken: string;
}

/** At most this many unreadable lines are quoted back; the rest are counted. */
const SHOWN_LINES = 3;

export class HelderExerciseStart extends LitElement {
  static override properties = { busy: { state: true }, error: { state: true }, unreadable: { state: true } };
  busy = false;
  error = "";
  /** Lines of "Eigen woorden" that Helder could not read: the session does not start until they are fixed. */
  unreadable: string[] = [];

  protected override createRenderRoot() {
    return this;
  }

  private async start(event: Event) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const { words, unreadable } = readWordList(String(data.get("words") ?? ""));
    const letter = String(data.get("letter") ?? "").trim();
    this.error = "";
    this.unreadable = unreadable;
    if (unreadable.length) {
      // the list is shut away in <details>: open it and go to the box, so the message is seen beside it
      form.querySelector("details")?.setAttribute("open", "");
      await this.updateComplete;
      form.querySelector<HTMLTextAreaElement>("#words")?.focus();
      return;
    }
    this.busy = true;
    try {
      const started = await api<Started>("/api/oefening/sessions", {
        body: { ...(words.length ? { words } : {}), ...(letter ? { letter: { text: letter } } : {}) },
      });
      location.assign(`/oefening/trainer#${started.trainerToken}`);
    } catch (error) {
      this.error = (error as Error).message;
      this.busy = false;
    }
  }

  private renderUnreadable() {
    const lines = this.unreadable;
    const more = lines.length - SHOWN_LINES;
    return html`<div class="utrecht-form-field-error-message word-list-error" id="words-error" role="alert">
      <p>${lines.length === 1 ? "Helder kan deze regel niet lezen:" : "Helder kan deze regels niet lezen:"}</p>
      <ul>
        ${lines.slice(0, SHOWN_LINES).map((line) => html`<li><code>${line}</code></li>`)}
        ${more > 0 ? html`<li>${more === 1 ? "en nog 1 regel" : `en nog ${more} regels`}</li>` : nothing}
      </ul>
      <p>Schrijf op elke regel eerst het moeilijke woord. Zet daarna een =-teken en dan de makkelijke woorden. Zet een / tussen de makkelijke woorden.</p>
      <p>Bijvoorbeeld: <code>echter = maar / toch</code></p>
    </div>`;
  }

  protected override render() {
    return html`<form class="page-card" @submit=${this.start}>
      <h2 class="utrecht-heading-2">Start een sessie</h2>
      <p class="utrecht-paragraph">
        U krijgt een code. Deelnemers doen mee met die code op hun eigen telefoon of laptop. Zij hebben geen account nodig.
      </p>
      <details class="exercise-options">
        <summary>Eigen woorden of een eigen brief gebruiken</summary>
        <div class="utrecht-form-field">
          <label class="utrecht-form-label" for="words">Eigen woorden (niet verplicht)</label>
          <p class="utrecht-form-field-description">Eén woord per regel, zo: <code>echter = maar / toch</code>. Leeg: de negen woorden uit de oefening.</p>
          ${this.unreadable.length ? this.renderUnreadable() : nothing}
          <textarea
            class="utrecht-textarea"
            id="words"
            name="words"
            rows="5"
            aria-describedby=${this.unreadable.length ? "words-error" : nothing}
            aria-invalid=${this.unreadable.length ? "true" : nothing}
          ></textarea>
        </div>
        <div class="utrecht-form-field">
          <label class="utrecht-form-label" for="letter">Eigen brief (niet verplicht)</label>
          <p class="utrecht-form-field-description">Leeg: de brief over huurachterstand uit de oefening.</p>
          <textarea class="utrecht-textarea" id="letter" name="letter" rows="6"></textarea>
        </div>
      </details>
      ${this.error ? html`<p class="utrecht-alert exercise-error" role="alert">${this.error}</p>` : nothing}
      <button class="utrecht-button utrecht-button--primary-action" type="submit" ?disabled=${this.busy}>Start een sessie</button>
    </form>`;
  }
}

customElements.define("helder-exercise-start", HelderExerciseStart);
