// <helder-exercise-trainer>: the trainer's live view. The secret token comes from the link's #fragment.
import { LitElement, html, nothing } from "lit";
import type { TrainerPatch, TrainerView } from "../../server/exercise/views.ts";
import { api, follow, highlightPieces } from "./api.ts";
import { anonymousNames, applyPatch, letterRows, responsesFor, wordTally } from "./trainer-model.ts";

const VERDICT_LABEL = { accepted: "goed", plain: "makkelijk, niet op de lijst", rejected: "nog niet" } as const;
/** Per tab: a projected screen stays anonymous after a reload, another tab does not change it. */
const ANONYMOUS_KEY = "helder-trainer-namen-verbergen";

function storedAnonymous(): boolean {
  try {
    return sessionStorage.getItem(ANONYMOUS_KEY) === "1";
  } catch {
    return false;
  }
}

export class HelderExerciseTrainer extends LitElement {
  static override properties = { view: { state: true }, error: { state: true }, ended: { state: true }, join: { state: true }, anonymous: { state: true } };
  view: TrainerView | null = null;
  anonymous = storedAnonymous();
  join: { url: string; qr: string; localOnly?: boolean } | null = null;
  error = "";
  ended = false;
  private token = "";
  private stop: (() => void) | undefined;

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback() {
    super.connectedCallback();
    this.token = location.hash.slice(1);
    if (!this.token) {
      this.error = "Deze link werkt niet. Start een nieuwe sessie op de pagina Oefening.";
      return;
    }
    // a wrong or expired link: the state request says why, with a message
    api<TrainerView>("/api/oefening/trainer/state", { token: this.token }).then(
      (v) => {
        this.view ??= v;
        this.stop = follow({
          ticketPath: "/api/oefening/trainer/ticket",
          eventsPath: "/api/oefening/trainer/events",
          token: this.token,
          on: {
            state: (data) => (this.view = data as TrainerView),
            patch: (data) => this.patch(data as TrainerPatch),
          },
          onEnd: (reason) => {
            if (reason === "replaced") this.error = "Deze pagina is ook ergens anders open. Laad de pagina opnieuw om hier verder te gaan.";
            else this.ended = true;
          },
        });
        api<{ url: string; qr: string; localOnly?: boolean }>("/api/oefening/trainer/join", { token: this.token }).then((j) => (this.join = j), () => {});
      },
      (error: Error) => {
        this.error = error.message;
        this.stop?.();
      },
    );
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.stop?.();
  }

  private patch(patch: TrainerPatch) {
    const next = this.view ? applyPatch(this.view, patch) : undefined;
    if (next) {
      this.view = next;
      return;
    }
    // a patch for another version than ours: fetch the whole view once
    api<TrainerView>("/api/oefening/trainer/state", { token: this.token }).then(
      (v) => (this.view = v),
      () => {},
    );
  }

  private setAnonymous(event: Event) {
    this.anonymous = (event.target as HTMLInputElement).checked;
    try {
      if (this.anonymous) sessionStorage.setItem(ANONYMOUS_KEY, "1");
      else sessionStorage.removeItem(ANONYMOUS_KEY);
    } catch {
      // storage may be off: the choice then lasts until the page reloads
    }
  }

  /** The name to show: the participant's own, or "Deelnemer N" in the anonymous view. */
  private nameOf(v: TrainerView): (id: string, name: string) => string {
    if (!this.anonymous) return (_id, name) => name;
    const names = anonymousNames(v);
    return (id, name) => names.get(id) ?? name;
  }

  private async removeParticipant(id: string, name: string) {
    if (!confirm(`Wilt u ${name} uit de sessie halen? Dan wist Helder de antwoorden van ${name}.`)) return;
    await this.post("remove", { participantId: id });
  }

  private async post(path: string, body?: unknown) {
    try {
      this.view = await api<TrainerView>(`/api/oefening/trainer/${path}`, { method: "POST", token: this.token, body });
    } catch (error) {
      this.error = (error as Error).message;
    }
  }

  private async end() {
    if (!confirm("Wilt u de sessie stoppen? Dan wist Helder alle antwoorden.")) return;
    try {
      await api("/api/oefening/trainer/end", { method: "POST", token: this.token });
      this.stop?.();
      this.ended = true;
    } catch (error) {
      this.error = (error as Error).message;
    }
  }

  protected override render() {
    if (this.ended) return html`<p class="page-card" role="status">De sessie is gestopt. Helder heeft alle antwoorden gewist.</p>`;
    if (this.error && !this.view) return html`<p class="utrecht-alert exercise-error" role="alert">${this.error}</p>`;
    const v = this.view;
    if (!v) return html`<p class="page-card" role="status">Even geduld …</p>`;
    const joinUrl = this.join?.url ?? `${location.origin}/oefening/meedoen?code=${v.code}`;
    const nameOf = this.nameOf(v);
    return html`${this.error ? html`<p class="utrecht-alert exercise-error" role="alert">${this.error}</p>` : nothing}
      <p class="anonymous-toggle no-print">
        <input type="checkbox" id="namen-verbergen" .checked=${this.anonymous} @change=${this.setAnonymous} />
        <label for="namen-verbergen">Namen verbergen</label>
        <span class="exercise-note">Voor op een groot scherm: u ziet dan alleen nummers en aantallen. Uw eigen antwoorden staan er pas als u ze aan iedereen laat zien.</span>
      </p>
      <section class="page-card join-panel no-print" aria-label="Meedoen">
        <p class="utrecht-paragraph">Deelnemers gaan naar <strong class="join-url">${joinUrl}</strong> en vullen deze code in:</p>
        <p class="join-code" data-code=${v.code}>${v.code}</p>
        ${this.join ? html`<img class="join-qr" src=${this.join.qr} width="180" height="180" alt="QR-code: scan deze code met uw telefoon om mee te doen." />` : nothing}
        ${this.join?.localOnly
          ? html`<div class="utrecht-alert local-only-warning" role="note">
              <p><strong>Let op: dit adres werkt alleen op deze computer.</strong> Deelnemers op een andere telefoon of laptop kunnen er niet mee meedoen.</p>
              <p>Wilt u dat deelnemers meedoen op hun eigen telefoon of laptop? Stop Helder en start het opnieuw met <code>npm start -- --lan</code>.</p>
            </div>`
          : nothing}
        <p class="participant-count" role="status">${v.participants.length === 1 ? "1 deelnemer doet mee." : `${v.participants.length} deelnemers doen mee.`}</p>
        ${v.participants.length
          ? html`<details class="participant-list">
              <summary>Wie doen er mee?</summary>
              <ul>
                ${v.participants.map(
                  (p) => html`<li data-participant=${p.id}>
                    <span class="participant-name">${nameOf(p.id, p.name)}</span>
                    <button class="utrecht-button utrecht-button--subtle remove" type="button" @click=${() => this.removeParticipant(p.id, nameOf(p.id, p.name))}>Haal uit de sessie</button>
                  </li>`,
                )}
              </ul>
            </details>`
          : nothing}
      </section>
      ${this.renderWords(v)} ${this.renderLetters(v)}
      <p class="no-print">
        <button class="utrecht-button utrecht-button--secondary-action" type="button" @click=${() => print()}>Print het overzicht</button>
        <button class="utrecht-button utrecht-button--secondary-action" type="button" @click=${this.end}>Stop de sessie</button>
      </p>`;
  }

  private renderWords(v: TrainerView) {
    return html`<section class="page-card" aria-labelledby="t-deel1">
      <h2 class="utrecht-heading-2" id="t-deel1">Deel 1: de woorden</h2>
      ${v.revealed
        ? html`<p class="exercise-note reveal-done" role="status">De antwoorden zijn zichtbaar voor iedereen.</p>`
        : html`<button class="utrecht-button utrecht-button--primary-action reveal" type="button" @click=${() => this.post("reveal")}>Laat de antwoorden zien aan iedereen</button>`}
      <div class="word-grid">
        ${v.words.map(
          (w) => html`<div class="word-box" data-word=${w.word}>
            <h3 class="utrecht-heading-3">${w.word}</h3>
            ${this.renderAnswers(v.revealed, w.answers)}
            ${this.anonymous
              ? this.renderTally(v, w.index)
              : html`<ul class="responses">
                  ${responsesFor(v, w.index).map((r) => html`<li class=${`verdict-${r.verdict}`}><span class="response-text">${r.text}</span> <small>(${r.name}, ${VERDICT_LABEL[r.verdict]})</small></li>`)}
                </ul>`}
          </div>`,
        )}
      </div>
    </section>`;
  }

  /** The trainer's answers: for everyone once revealed; before that a fold-out, but never on the projected screen. */
  private renderAnswers(revealed: boolean, answers: string[]) {
    if (revealed) return html`<p class="trainer-answers">Antwoorden: <strong>${answers.join(" / ")}</strong></p>`;
    if (this.anonymous) return nothing;
    return html`<details class="trainer-answers"><summary>Antwoorden (alleen voor u)</summary>${answers.join(" / ")}</details>`;
  }

  /** The anonymous view of one word: how many answers of each kind, and the good and plain answers without names. */
  private renderTally(v: TrainerView, index: number) {
    const t = wordTally(v, index);
    const total = t.accepted + t.plain + t.rejected;
    if (total === 0) return html`<p class="tally">Nog geen antwoorden.</p>`;
    return html`<p class="tally">${total === 1 ? "1 antwoord" : `${total} antwoorden`}: ${t.accepted} goed, ${t.plain} makkelijk, ${t.rejected} nog niet.</p>
      ${t.shown.length
        ? html`<ul class="responses">
            ${t.shown.map((r) => html`<li class=${`verdict-${r.verdict}`}><span class="response-text">${r.text}</span>${r.count > 1 ? html` <small>(${r.count}×)</small>` : nothing}</li>`)}
          </ul>`
        : nothing}`;
  }

  private renderLetters(v: TrainerView) {
    const nameOf = this.nameOf(v);
    return html`<section class="page-card" aria-labelledby="t-deel2">
      <h2 class="utrecht-heading-2" id="t-deel2">Deel 2: ${v.letter.title}</h2>
      ${letterRows(v).length === 0
        ? html`<p class="utrecht-paragraph">Nog niemand heeft een tekst ingestuurd.</p>`
        : html`<table class="score-table">
            <thead><tr><th>Deelnemer</th><th>Score</th><th>B1?</th><th>Moeilijke woorden</th><th>Lange zinnen</th><th>Lijdende vorm</th><th>Kwijt</th><th></th></tr></thead>
            <tbody>
              ${letterRows(v).map(
                (l) => html`<tr>
                  <td>${nameOf(l.participantId, l.name)}</td><td>${l.score}</td><td>${l.b1 ? "ja" : "nee"}</td><td>${l.hardWords}</td><td>${l.longSentences}</td><td>${l.passiveSentences}</td>
                  <td>${l.lostFacts.join(", ") || "—"}</td>
                  <td><button class="utrecht-button utrecht-button--subtle" type="button" @click=${() => this.post("spotlight", { participantId: l.participantId })}>Toon op scherm</button></td>
                </tr>`,
              )}
            </tbody>
          </table>`}
      ${v.letter.originalScore !== undefined ? html`<p class="utrecht-paragraph">De brief zelf scoort ${v.letter.originalScore} van 100.</p>` : nothing}
      ${v.spotlight
        ? html`<div class="spotlight">
            <h3 class="utrecht-heading-3">Een tekst van een deelnemer (score ${v.spotlight.score.rewrite.score})</h3>
            <div class="letter-text big">${highlightPieces(v.spotlight.text, v.spotlight.score.rewrite.highlights).map((p) =>
              p.kinds.length ? html`<mark class=${p.kinds.map((k) => `hl-${k}`).join(" ")}>${p.text}</mark>` : p.text,
            )}</div>
            <ul class="letter-messages">${v.spotlight.score.messages.map((m) => html`<li>${m}</li>`)}</ul>
            <button class="utrecht-button utrecht-button--subtle" type="button" @click=${() => this.post("spotlight", { participantId: null })}>Haal van het scherm</button>
          </div>`
        : nothing}
    </section>`;
  }
}

customElements.define("helder-exercise-trainer", HelderExerciseTrainer);
