// <helder-exercise-participant>: join with the code, replace the hard words (part 1), rewrite the letter
// (part 2), reflect and print a summary (part 3). The token stays in sessionStorage of this tab only.
import { LitElement, html, nothing } from "lit";
import type { LetterScore } from "../../server/exercise/letter-score.ts";
import type { ParticipantView } from "../../server/exercise/views.ts";
import { api, follow, highlightPieces, type Highlight } from "./api.ts";

interface Joined {
  participantToken: string;
  state: ParticipantView;
}

interface LetterContent {
  title: string;
  text: string;
  reflection: string[];
  mine: { text: string; score: LetterScore } | null;
}

const storageKey = (code: string) => `helder-oefening:${code}`;
// reflection answers stay in this tab, like the token, so a reload does not lose them
const reflectionKey = (code: string) => `helder-oefening:${code}:reflectie`;

function savedReflection(code: string): string[] {
  try {
    const raw = JSON.parse(sessionStorage.getItem(reflectionKey(code)) ?? "[]") as unknown;
    return Array.isArray(raw) ? raw.map((a) => (typeof a === "string" ? a : "")) : [];
  } catch {
    return [];
  }
}
const VERDICT_LABEL = { accepted: "Goed", plain: "Makkelijk woord", rejected: "Nog niet" } as const;
const HIGHLIGHT_LABEL: Record<string, string> = { word: "moeilijk woord", long: "lange zin", passive: "lijdende vorm" };

function renderHighlighted(text: string, highlights: readonly Highlight[]) {
  return highlightPieces(text, highlights).map((p) =>
    p.kinds.length ? html`<mark class=${p.kinds.map((k) => `hl-${k}`).join(" ")} title=${p.kinds.map((k) => HIGHLIGHT_LABEL[k]).join(", ")}>${p.text}</mark>` : p.text,
  );
}

export class HelderExerciseParticipant extends LitElement {
  static override properties = {
    state: { state: true },
    error: { state: true },
    ended: { state: true },
    letter: { state: true },
    score: { state: true },
    busy: { state: true },
  };
  state: ParticipantView | null = null;
  error = "";
  ended: "" | "ended" | "removed" = "";
  letter: LetterContent | null = null;
  score: LetterScore | null = null;
  rewrite = "";
  busy = false;
  private code = "";
  private token = "";
  private stop: (() => void) | undefined;

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback() {
    super.connectedCallback();
    const code = new URLSearchParams(location.search).get("code")?.toUpperCase() ?? "";
    const token = code ? sessionStorage.getItem(storageKey(code)) : null;
    if (code && token) void this.resume(code, token);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.stop?.();
  }

  private async resume(code: string, token: string) {
    try {
      this.enter(code, token, await api<ParticipantView>(`/api/oefening/s/${encodeURIComponent(code)}/state`, { token }));
    } catch {
      sessionStorage.removeItem(storageKey(code));
    }
  }

  private enter(code: string, token: string, state: ParticipantView) {
    this.code = code;
    this.token = token;
    this.state = state;
    sessionStorage.setItem(storageKey(code), token);
    history.replaceState(null, "", `/oefening/meedoen?code=${encodeURIComponent(code)}`);
    this.stop?.();
    this.stop = follow({
      ticketPath: `/api/oefening/s/${encodeURIComponent(code)}/ticket`,
      eventsPath: `/api/oefening/s/${encodeURIComponent(code)}/events`,
      token,
      on: { state: (s) => (this.state = s as ParticipantView) },
      onEnd: (reason) => {
        if (reason === "replaced") {
          this.error = "Deze pagina is ook ergens anders open. Laad de pagina opnieuw om hier verder te gaan.";
          return;
        }
        this.ended = reason === "removed" ? "removed" : "ended";
        sessionStorage.removeItem(storageKey(code));
      },
    });
  }

  private async join(event: Event) {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    this.error = "";
    try {
      const code = String(data.get("code") ?? "").toUpperCase().replace(/[\s-]/g, "");
      const joined = await api<Joined>("/api/oefening/join", { body: { code, nickname: String(data.get("nickname") ?? "") } });
      this.enter(joined.state.code, joined.participantToken, joined.state);
    } catch (error) {
      this.error = (error as Error).message;
    }
  }

  private async answer(event: Event, index: number) {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).elements.namedItem("answer") as HTMLInputElement;
    try {
      const result = await api<{ state: ParticipantView }>(`/api/oefening/s/${this.code}/answers`, {
        token: this.token,
        body: { index, text: input.value },
      });
      this.state = result.state;
    } catch (error) {
      this.error = (error as Error).message;
    }
  }

  private async openLetter() {
    try {
      this.letter = await api<LetterContent>(`/api/oefening/s/${this.code}/letter`, { token: this.token });
      if (this.letter.mine) {
        this.rewrite = this.letter.mine.text;
        this.score = this.letter.mine.score;
      }
    } catch (error) {
      this.error = (error as Error).message;
    }
  }

  private async checkLetter(event: Event) {
    event.preventDefault();
    this.busy = true;
    this.error = "";
    try {
      this.score = (await api<{ score: LetterScore }>(`/api/oefening/s/${this.code}/letter`, { token: this.token, body: { text: this.rewrite } })).score;
    } catch (error) {
      this.error = (error as Error).message;
    } finally {
      this.busy = false;
    }
  }

  protected override render() {
    if (this.ended === "removed") return html`<p class="page-card" role="status">De trainer heeft u uit de sessie gehaald. Wilt u toch meedoen? Vraag het de trainer.</p>`;
    if (this.ended) return html`<p class="page-card" role="status">De sessie is voorbij. Bedankt voor het meedoen!</p>`;
    if (!this.state) return this.renderJoin();
    return html`${this.error ? html`<p class="utrecht-alert exercise-error" role="alert">${this.error}</p>` : nothing}
      <p class="exercise-meta">U doet mee als <strong>${this.state.name}</strong>. Code: <strong class="join-code-small">${this.state.code}</strong></p>
      ${this.renderWords(this.state)} ${this.renderLetter()} ${this.renderReflection()}`;
  }

  private renderJoin() {
    const code = new URLSearchParams(location.search).get("code") ?? "";
    return html`<form class="page-card join-form" @submit=${this.join}>
      <h2 class="utrecht-heading-2">Doe mee</h2>
      <div class="utrecht-form-field">
        <label class="utrecht-form-label" for="code">Code van de trainer</label>
        <input class="utrecht-textbox join-code-input" id="code" name="code" required autocomplete="off" autocapitalize="characters" spellcheck="false" maxlength="12" .value=${code} />
      </div>
      <div class="utrecht-form-field">
        <label class="utrecht-form-label" for="nickname">Uw naam (niet verplicht)</label>
        <input class="utrecht-textbox" id="nickname" name="nickname" maxlength="40" autocomplete="off" />
      </div>
      ${this.error ? html`<p class="utrecht-alert exercise-error" role="alert">${this.error}</p>` : nothing}
      <button class="utrecht-button utrecht-button--primary-action" type="submit">Doe mee</button>
    </form>`;
  }

  private renderWords(state: ParticipantView) {
    return html`<section class="page-card" aria-labelledby="deel1">
      <h2 class="utrecht-heading-2" id="deel1">Deel 1: makkelijke woorden</h2>
      <p class="utrecht-paragraph">Welk gewoon woord kunt u gebruiken? Typ uw woord en kies Controleer. Helder kijkt meteen mee.</p>
      ${state.revealed ? html`<p class="exercise-note" role="status">De trainer heeft de antwoorden laten zien.</p>` : nothing}
      <ol class="word-list">
        ${state.words.map((w) => {
          const mine = state.answers[w.index];
          return html`<li class="word-item" data-word=${w.word}>
            <form class="word-form" @submit=${(e: Event) => this.answer(e, w.index)}>
              <label class="utrecht-form-label" for=${`w${w.index}`}>${w.word}</label>
              <input class="utrecht-textbox" id=${`w${w.index}`} name="answer" maxlength="80" autocomplete="off" .value=${mine?.text ?? ""} />
              <button class="utrecht-button utrecht-button--secondary-action" type="submit">Controleer</button>
            </form>
            ${mine
              ? html`<p class=${`feedback verdict-${mine.verdict}`} role="status"><strong>${VERDICT_LABEL[mine.verdict]}:</strong> ${mine.message}</p>`
              : nothing}
            ${w.answers ? html`<p class="trainer-answers">Antwoorden van de trainer: <strong>${w.answers.join(" / ")}</strong></p>` : nothing}
          </li>`;
        })}
      </ol>
    </section>`;
  }

  private renderLetter() {
    if (!this.letter) {
      return html`<section class="page-card" aria-labelledby="deel2">
        <h2 class="utrecht-heading-2" id="deel2">Deel 2: een moeilijke brief</h2>
        <button class="utrecht-button utrecht-button--secondary-action" type="button" @click=${this.openLetter}>Open de brief</button>
      </section>`;
    }
    const score = this.score;
    return html`<section class="page-card" aria-labelledby="deel2">
      <h2 class="utrecht-heading-2" id="deel2">Deel 2: ${this.letter.title}</h2>
      <p class="utrecht-paragraph">Lees de brief. Schrijf hem daarna in uw eigen, makkelijke woorden. Houd de bedragen en termijnen erin.</p>
      <div class="side-by-side">
        <div>
          <h3 class="utrecht-heading-3">De brief</h3>
          <div class="letter-text">${renderHighlighted(this.letter.text, score?.original.highlights ?? [])}</div>
        </div>
        <form @submit=${this.checkLetter}>
          <label class="utrecht-form-label" for="rewrite"><span class="utrecht-heading-3">Uw versie</span></label>
          <textarea class="utrecht-textarea" id="rewrite" rows="14" .value=${this.rewrite} @input=${(e: Event) => (this.rewrite = (e.target as HTMLTextAreaElement).value)}></textarea>
          <button class="utrecht-button utrecht-button--primary-action" type="submit" ?disabled=${this.busy}>Controleer mijn tekst</button>
        </form>
      </div>
      ${score
        ? html`<div class="letter-result" role="status">
            <p class=${`letter-verdict ${score.b1 ? "verdict-accepted" : "verdict-rejected"}`}>
              <strong>Score: ${score.rewrite.score} van 100</strong> (de brief zelf: ${score.original.score})
            </p>
            <ul class="letter-messages">
              ${score.messages.map((m) => html`<li>${m}</li>`)}
            </ul>
            <h3 class="utrecht-heading-3">Uw versie, met wat nog moeilijk is</h3>
            <div class="letter-text">${renderHighlighted(this.rewrite, score.rewrite.highlights)}</div>
            <p class="legend"><mark class="hl-word">moeilijk woord</mark> <mark class="hl-long">lange zin</mark> <mark class="hl-passive">lijdende vorm</mark></p>
          </div>`
        : nothing}
    </section>`;
  }

  private saveReflection(index: number, answer: string) {
    const answers = savedReflection(this.code);
    answers[index] = answer;
    try {
      sessionStorage.setItem(reflectionKey(this.code), JSON.stringify(answers));
    } catch {
      // storage full or switched off: the answer stays on the screen only
    }
  }

  private renderReflection() {
    if (!this.letter) return nothing;
    const state = this.state!;
    const saved = savedReflection(this.code);
    return html`<section class="page-card" aria-labelledby="deel3">
      <h2 class="utrecht-heading-2" id="deel3">Deel 3: terugkijken</h2>
      <ol class="reflection">
        ${this.letter.reflection.map(
          (q, i) =>
            html`<li>
              <label class="utrecht-form-label" for=${`r${i}`}>${q}</label
              ><textarea class="utrecht-textarea" id=${`r${i}`} rows="2" .value=${saved[i] ?? ""} @input=${(e: Event) => this.saveReflection(i, (e.target as HTMLTextAreaElement).value)}></textarea>
            </li>`,
        )}
      </ol>
      <button class="utrecht-button utrecht-button--secondary-action no-print" type="button" @click=${() => print()}>Print mijn samenvatting</button>
      <div class="print-only">
        <h3>Mijn woorden</h3>
        <ul>
          ${state.words.map((w) => html`<li>${w.word}: ${state.answers[w.index]?.text ?? "—"}</li>`)}
        </ul>
        ${this.score ? html`<p>Score van mijn brief: ${this.score.rewrite.score} van 100.</p>` : nothing}
      </div>
    </section>`;
  }
}

customElements.define("helder-exercise-participant", HelderExerciseParticipant);
