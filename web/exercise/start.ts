// <helder-exercise-start>: the trainer starts a workshop session and goes to the trainer view.
import { LitElement, html, nothing } from "lit";
import { api } from "./api.ts";

interface Started {
  code: string;
  trainerToken: string;
}

/** "echter = maar / toch" per line → words with answers; lines without "=" are skipped. */
export function parseWordList(text: string): Array<{ word: string; answers: string[] }> {
  return text
    .split("\n")
    .map((line) => line.split("="))
    .filter((parts) => parts.length === 2 && parts[0]!.trim() !== "")
    .map(([word, answers]) => ({ word: word!.trim(), answers: answers!.split("/").map((a) => a.trim()).filter(Boolean) }))
    .filter((w) => w.answers.length > 0);
}

export class HelderExerciseStart extends LitElement {
  static override properties = { busy: { state: true }, error: { state: true } };
  busy = false;
  error = "";

  protected override createRenderRoot() {
    return this;
  }

  private async start(event: Event) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const words = parseWordList(String(data.get("words") ?? ""));
    const letter = String(data.get("letter") ?? "").trim();
    this.busy = true;
    this.error = "";
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

  protected override render() {
    return html`<form class="exercise-card" @submit=${this.start}>
      <h2 class="utrecht-heading-2">Start een sessie</h2>
      <p class="utrecht-paragraph">
        U krijgt een code. Deelnemers doen mee met die code op hun eigen telefoon of laptop. Zij hebben geen account nodig.
      </p>
      <details class="exercise-options">
        <summary>Eigen woorden of een eigen brief gebruiken</summary>
        <div class="utrecht-form-field">
          <label class="utrecht-form-label" for="words">Eigen woorden (niet verplicht)</label>
          <p class="utrecht-form-field-description">Eén woord per regel, zo: <code>echter = maar / toch</code>. Leeg: de negen woorden uit de oefening.</p>
          <textarea class="utrecht-textarea" id="words" name="words" rows="5"></textarea>
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
