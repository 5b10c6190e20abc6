// <helder-checker>: paste or type Dutch text, see what is hard, understand why, fix it with a click.
// User text is only ever rendered through Lit's text bindings (escaped), never as HTML.
import { LitElement, html, nothing, svg, unsafeCSS, type PropertyValues, type TemplateResult } from "lit";
import { live } from "lit/directives/live.js";
import tokensCss from "helder:tokens";
import { applyAllSafe, applyEdit, findingMatches, rebaseFindings, rebaseSpans, suggestionSpan } from "../edits.ts";
import { KIND_ORDER, SEVERITY_LABEL, kindByKey, kindOf, type KindKey } from "../finding-kinds.ts";
import { findingAt, segmentText, type Segment } from "../highlight-segments.ts";
import { placeholdersOf } from "../placeholders.ts";
import type { Finding, HelderReport, PlaceholderSpan, Suggestion } from "../report-types.ts";
import { UndoStack } from "../undo-stack.ts";
import { beginHere } from "../begin-here.ts";
import { loadViewOptions, saveViewOptions, shownFindings, type ViewOptions } from "../view-options.ts";
import { renderBeginHere, renderLevel } from "./level-panel.ts";
import { renderLegend, renderViewControls } from "./view-controls.ts";
import { helderCheckerStyles, utrechtButtonStyles } from "./helder-checker.styles.ts";
import { viewStyles } from "./views.styles.ts";
import type { RewriteUseDetail } from "./rewrite-view.ts";
import "./rewrite-view.ts";

export interface HelderChangeDetail {
  /** The whole text as it is now. */
  value: string;
}

export interface HelderFindingsDetail {
  /** The findings shown now (ignored ones left out), sorted by start. */
  findings: Finding[];
  report: HelderReport;
}

export type HelderChangeEvent = CustomEvent<HelderChangeDetail>;
export type HelderFindingsEvent = CustomEvent<HelderFindingsDetail>;

/** A sentence that is harder than fine: class 2–4 of the report. */
interface ClassedSpan {
  start: number;
  end: number;
  class: 2 | 3 | 4;
}

const TOO_LARGE_MESSAGE = "Uw tekst is te lang om te controleren. Helder kan tot 1 MB aan tekst aan. Maak de tekst korter, of controleer hem in delen.";
const FAILED_MESSAGE = "Controleren lukt nu niet. Probeer het later opnieuw.";

interface EditorState {
  text: string;
  ignored: string[];
}

const TYPING_DELAY_MS = 300;
const lockIcon = html`<svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
  ${svg`<path d="M8 1a3.5 3.5 0 0 0-3.5 3.5V7H4a1 1 0 0 0-1 1v6a1 1 0 0 0 1 1h8a1 1 0 0 0 1-1V8a1 1 0 0 0-1-1h-.5V4.5A3.5 3.5 0 0 0 8 1Zm-2 6V4.5a2 2 0 1 1 4 0V7H6Z"/>`}
</svg>`;
const tokenSheet = unsafeCSS(tokensCss);

function ignoreKeys(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const base = `${f.id}\u0001${f.text}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return `${base}\u0001${n}`;
  });
}

function shorten(text: string, max = 70): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * @summary A B1 writing checker for Dutch letters.
 * @fires helder-change - The text changed (typing, a suggestion, undo). Detail: `{ value }`.
 * @fires helder-findings - A new check result is shown. Detail: `{ findings, report }`.
 * @csspart editor - The box with the text and its highlights.
 * @csspart panel - The side panel with the overview and the list of findings.
 */
export class HelderChecker extends LitElement {
  static override styles = [utrechtButtonStyles, helderCheckerStyles, viewStyles];

  static override properties = {
    api: { type: String },
    value: { type: String },
    text: { state: true },
    findings: { state: true },
    placeholders: { state: true },
    report: { state: true },
    ignored: { state: true },
    activeKey: { state: true },
    confirming: { state: true },
    status: { state: true },
    announcement: { state: true },
    copied: { state: true },
    rewriting: { state: true },
    viewOptions: { state: true },
    classed: { state: true },
    errorMessage: { state: true },
  };

  /** Base URL of the Helder API; the component posts to `${api}/check`. */
  declare api: string;
  declare text: string;
  declare findings: Finding[];
  declare placeholders: PlaceholderSpan[];
  declare report: HelderReport | undefined;
  declare ignored: string[];
  declare activeKey: string | undefined;
  declare confirming: number | undefined;
  declare status: "idle" | "checking" | "error";
  declare announcement: string;
  declare copied: boolean;
  /** True while the "Herschreven versie" view is shown instead of the editor. */
  declare rewriting: boolean;
  /** Zinnen or Alles view and the filters; kept in localStorage. */
  declare viewOptions: ViewOptions;
  declare classed: ClassedSpan[];
  declare errorMessage: string;

  private readonly history = new UndoStack<EditorState>();
  private typingGroupOpen = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private request: AbortController | undefined;
  private requestSeq = 0;
  private focusCardAfterRender = false;
  private pendingSelection: { start: number; end: number } | undefined;

  constructor() {
    super();
    this.api = "/api";
    this.text = "";
    this.findings = [];
    this.placeholders = [];
    this.report = undefined;
    this.ignored = [];
    this.activeKey = undefined;
    this.confirming = undefined;
    this.status = "idle";
    this.announcement = "";
    this.copied = false;
    this.rewriting = false;
    this.viewOptions = loadViewOptions(typeof localStorage === "undefined" ? undefined : localStorage);
    this.classed = [];
    this.errorMessage = "";
  }

  /** The findings drawn and listed in the chosen view with the chosen filters. */
  get shownFindings(): Finding[] {
    return shownFindings(this.visibleFindings, this.viewOptions);
  }

  private setViewOptions(next: ViewOptions): void {
    const active = this.activeFinding;
    this.viewOptions = next;
    saveViewOptions(typeof localStorage === "undefined" ? undefined : localStorage, next);
    if (active && !this.shownFindings.includes(active)) this.closeCard(false);
  }

  /** The text in the checker. Setting it starts a new check (and can be undone). */
  get value(): string {
    return this.text;
  }

  set value(next: string) {
    const text = String(next ?? "");
    if (text === this.text) return;
    this.commitText(text, undefined);
  }

  /** The findings shown now (ignored ones left out). */
  get visibleFindings(): Finding[] {
    const keys = ignoreKeys(this.findings);
    const ignored = new Set(this.ignored);
    return this.findings.filter((_, i) => !ignored.has(keys[i]!));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
    this.request?.abort();
  }

  protected override firstUpdated(): void {
    // Open the connection to the API now, so the first paste is checked without waiting for it.
    fetch(`${this.api.replace(/\/+$/, "")}/health`).catch(() => undefined);
    // On a page without NL Design System tokens, bring a small set of them along.
    const hasTokens = getComputedStyle(this).getPropertyValue("--utrecht-button-primary-action-background-color").trim() !== "";
    if (!hasTokens && this.shadowRoot && tokenSheet.styleSheet) {
      this.shadowRoot.adoptedStyleSheets = [tokenSheet.styleSheet, ...this.shadowRoot.adoptedStyleSheets];
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    const textarea = this.textarea;
    if (textarea && this.pendingSelection) {
      const { start, end } = this.pendingSelection;
      this.pendingSelection = undefined;
      textarea.setSelectionRange(start, end);
    }
    if (changed.has("activeKey") || changed.has("findings") || changed.has("text") || changed.has("confirming")) this.placeCard();
    if (this.focusCardAfterRender) {
      this.focusCardAfterRender = false;
      const card = this.renderRoot.querySelector<HTMLElement>(".card");
      if (card) {
        this.activeMarks()[0]?.scrollIntoView({ block: "center", behavior: "instant" as ScrollBehavior });
        card.focus({ preventScroll: true });
      }
    }
  }

  // ------------------------------------------------------------------ checking

  private get textarea(): HTMLTextAreaElement | null {
    return this.renderRoot.querySelector("textarea");
  }

  private scheduleCheck(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.typingGroupOpen = false;
      void this.check();
    }, delay);
  }

  /** Checks the current text now. Resolves when the result is shown (or the check failed). */
  async check(): Promise<void> {
    clearTimeout(this.timer);
    this.request?.abort();
    const seq = ++this.requestSeq;
    const sent = this.text;
    if (sent.trim() === "") {
      this.applyReport(undefined, sent);
      return;
    }
    const controller = new AbortController();
    this.request = controller;
    this.status = "checking";
    try {
      const response = await fetch(`${this.api.replace(/\/+$/, "")}/check`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ text: sent }),
        signal: controller.signal,
      });
      if (response.status === 413) {
        if (seq !== this.requestSeq) return;
        this.status = "error";
        this.errorMessage = TOO_LARGE_MESSAGE;
        this.announcement = TOO_LARGE_MESSAGE;
        return;
      }
      if (!response.ok) throw new Error(`status ${response.status}`);
      const report = (await response.json()) as HelderReport;
      if (seq !== this.requestSeq) return;
      this.applyReport(report, sent);
    } catch (error) {
      if (seq !== this.requestSeq || controller.signal.aborted) return;
      this.status = "error";
      this.errorMessage = FAILED_MESSAGE;
      this.announcement = FAILED_MESSAGE;
    }
  }

  private applyReport(report: HelderReport | undefined, sent: string): void {
    const previousCount = this.visibleFindings.length;
    this.report = report;
    this.findings = report ? rebaseFindings(report.findings, sent, this.text) : [];
    this.placeholders = report ? rebaseSpans(placeholdersOf(report, sent), sent, this.text) : [];
    const classed: ClassedSpan[] = [];
    for (const s of report?.sentences ?? []) if (s.class && s.class > 1) classed.push({ start: s.start, end: s.end, class: s.class as ClassedSpan["class"] });
    this.classed = rebaseSpans(classed, sent, this.text);
    this.status = "idle";
    const visible = this.visibleFindings;
    if (this.activeKey && !visible.some((f) => this.keyOf(f) === this.activeKey)) this.closeCard(false);
    if (visible.length !== previousCount || !report) {
      this.announcement = report ? `Controle klaar: ${visible.length} ${visible.length === 1 ? "opmerking" : "opmerkingen"}.` : "";
    }
    if (report) this.emit<HelderFindingsDetail>("helder-findings", { findings: visible, report });
  }

  private emit<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }

  // ------------------------------------------------------------------ editing

  private get state(): EditorState {
    return { text: this.text, ignored: [...this.ignored] };
  }

  private setTextOnly(next: string): void {
    this.findings = rebaseFindings(this.findings, this.text, next);
    this.placeholders = rebaseSpans(this.placeholders, this.text, next);
    this.classed = rebaseSpans(this.classed, this.text, next);
    this.text = next;
    this.emit<HelderChangeDetail>("helder-change", { value: next });
  }

  /** A change made by the component (suggestion, undo): one undo step, checked at once. */
  private commitText(next: string, selection: { start: number; end: number } | undefined): void {
    this.history.record(this.state);
    this.typingGroupOpen = false;
    this.setTextOnly(next);
    this.pendingSelection = selection;
    void this.check();
  }

  private onInput(event: InputEvent): void {
    const textarea = event.target as HTMLTextAreaElement;
    const pasted = event.inputType === "insertFromPaste" || event.inputType === "insertFromDrop";
    if (pasted || !this.typingGroupOpen) this.history.record(this.state);
    this.typingGroupOpen = !pasted;
    this.setTextOnly(textarea.value);
    if (pasted) void this.check();
    else this.scheduleCheck(TYPING_DELAY_MS);
  }

  private onBeforeInput(event: InputEvent): void {
    // The browser's own undo does not know about suggestions; use ours for every change.
    if (event.inputType === "historyUndo" || event.inputType === "historyRedo") {
      event.preventDefault();
      if (event.inputType === "historyUndo") this.undo();
      else this.redo();
    }
  }

  undo(): void {
    const previous = this.history.undo(this.state);
    if (previous) this.restore(previous, "Ongedaan gemaakt.");
  }

  redo(): void {
    const next = this.history.redo(this.state);
    if (next) this.restore(next, "Opnieuw gedaan.");
  }

  private restore(state: EditorState, message: string): void {
    this.typingGroupOpen = false;
    clearTimeout(this.timer);
    this.ignored = state.ignored;
    if (state.text !== this.text) {
      this.setTextOnly(state.text);
      void this.check();
    }
    this.closeCard(false);
    this.announcement = message;
  }

  accept(finding: Finding, suggestion: Suggestion): void {
    const span = suggestionSpan(finding, suggestion);
    if (!findingMatches(this.text, finding) || span.end > this.text.length) {
      this.announcement = "Deze opmerking past niet meer bij de tekst. Helder controleert de tekst opnieuw.";
      void this.check();
      return;
    }
    const next = applyEdit(this.text, { ...span, replacement: suggestion.replacement });
    const caret = span.start + suggestion.replacement.length;
    const viaKeyboard = this.cardHasFocus();
    this.closeCard(false);
    this.commitText(next, { start: caret, end: caret });
    this.announcement = `Vervangen door: ${shorten(suggestion.replacement, 120)}`;
    if (viaKeyboard) this.updateComplete.then(() => this.textarea?.focus());
  }

  acceptAllSafe(): void {
    const { text, applied } = applyAllSafe(this.text, this.visibleFindings);
    if (applied === 0) {
      this.announcement = "Er zijn geen veilige suggesties om toe te passen.";
      return;
    }
    this.closeCard(false);
    this.commitText(text, undefined);
    this.announcement = `${applied} ${applied === 1 ? "suggestie" : "suggesties"} toegepast. U kunt dit ongedaan maken.`;
  }

  ignore(finding: Finding): void {
    const index = this.findings.indexOf(finding);
    const key = ignoreKeys(this.findings)[index];
    if (key === undefined) return;
    const viaKeyboard = this.cardHasFocus();
    this.history.record(this.state);
    this.typingGroupOpen = false;
    this.ignored = [...this.ignored, key];
    this.closeCard(false);
    this.announcement = "Opmerking genegeerd. U kunt dit ongedaan maken.";
    if (viaKeyboard) {
      this.pendingSelection = { start: finding.end, end: finding.end };
      this.updateComplete.then(() => this.textarea?.focus());
    }
    if (this.report) this.emit<HelderFindingsDetail>("helder-findings", { findings: this.visibleFindings, report: this.report });
  }

  private showIgnored(): void {
    this.history.record(this.state);
    this.ignored = [];
    this.announcement = "Alle opmerkingen staan weer aan.";
    if (this.report) this.emit<HelderFindingsDetail>("helder-findings", { findings: this.visibleFindings, report: this.report });
  }

  private async copyText(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.text);
    } catch {
      const textarea = this.textarea;
      textarea?.select();
      document.execCommand("copy");
    }
    this.copied = true;
    this.announcement = "U heeft de tekst gekopieerd.";
    setTimeout(() => (this.copied = false), 2500);
  }

  // ------------------------------------------------------------------ the rewritten version

  /** Shows the "Herschreven versie" view of the current text. */
  openRewrite(): void {
    if (this.text.trim() === "") return;
    this.closeCard(false);
    this.rewriting = true;
  }

  private closeRewrite(): void {
    this.rewriting = false;
    this.announcement = "U bent terug bij uw tekst.";
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(".rewrite-open")?.focus());
  }

  private useRewrite(event: CustomEvent<RewriteUseDetail>): void {
    this.rewriting = false;
    if (event.detail.draft !== this.text) this.commitText(event.detail.draft, { start: 0, end: 0 });
    this.announcement = "De herschreven versie staat nu in het tekstvak. U kunt dit ongedaan maken.";
    this.updateComplete.then(() => this.textarea?.focus());
  }

  // ------------------------------------------------------------------ findings and the card

  private keyOf(finding: Finding): string {
    return `${finding.id}|${finding.start}|${finding.end}`;
  }

  private get activeFinding(): Finding | undefined {
    if (!this.activeKey) return undefined;
    return this.visibleFindings.find((f) => this.keyOf(f) === this.activeKey);
  }

  open(finding: Finding, focusCard: boolean): void {
    this.rewriting = false;
    this.activeKey = this.keyOf(finding);
    this.confirming = undefined;
    this.focusCardAfterRender = focusCard;
    if (!focusCard) this.announcement = `${kindOf(finding).label}: ${finding.message}`;
  }

  private closeCard(returnFocus: boolean): void {
    const finding = this.activeFinding;
    this.activeKey = undefined;
    this.confirming = undefined;
    if (returnFocus && finding) {
      this.pendingSelection = { start: finding.start, end: finding.end };
      this.updateComplete.then(() => this.textarea?.focus());
    }
  }

  private cardHasFocus(): boolean {
    const active = this.shadowRoot?.activeElement;
    return !!active && !!active.closest(".card");
  }

  /** Moves to the next (1) or previous (-1) finding, counted from the open card or the caret. */
  move(direction: 1 | -1): void {
    const list = this.shownFindings;
    if (list.length === 0) {
      this.announcement = "Er zijn geen opmerkingen.";
      return;
    }
    const current = this.activeFinding;
    let index: number;
    if (current) {
      index = list.indexOf(current) + direction;
    } else {
      const caret = this.textarea?.selectionStart ?? 0;
      index = direction === 1 ? list.findIndex((f) => f.start >= caret) : list.filter((f) => f.start < caret).length - 1;
    }
    if (index < 0) index = direction === 1 ? 0 : list.length - 1;
    if (index >= list.length) index = 0;
    this.open(list[index]!, true);
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (this.rewriting) return;
    const mod = event.ctrlKey || event.metaKey;
    if ((event.altKey && event.key === "ArrowDown") || (event.key === "F8" && !event.shiftKey)) {
      event.preventDefault();
      this.move(1);
    } else if ((event.altKey && event.key === "ArrowUp") || (event.key === "F8" && event.shiftKey)) {
      event.preventDefault();
      this.move(-1);
    } else if (event.altKey && event.key === "Enter") {
      event.preventDefault();
      this.openAtCaret(true);
    } else if (event.key === "Escape" && this.activeKey) {
      event.preventDefault();
      this.closeCard(true);
    } else if (mod && !event.altKey && event.key.toLowerCase() === "z") {
      event.preventDefault();
      if (event.shiftKey) this.redo();
      else this.undo();
    } else if (mod && !event.altKey && event.key.toLowerCase() === "y") {
      event.preventDefault();
      this.redo();
    }
  }

  private openAtCaret(focusCard: boolean): void {
    const textarea = this.textarea;
    if (!textarea || textarea.selectionStart !== textarea.selectionEnd) return;
    const list = this.shownFindings;
    const index = findingAt(list, textarea.selectionStart);
    if (index === undefined) {
      if (this.activeKey) this.closeCard(false);
      return;
    }
    this.open(list[index]!, focusCard);
  }

  private activeMarks(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>("mark.is-active")];
  }

  /** Puts the card just below the active finding (below its last line). */
  private placeCard(): void {
    const card = this.renderRoot.querySelector<HTMLElement>(".card");
    const editor = this.renderRoot.querySelector<HTMLElement>(".editor");
    if (!card || !editor) return;
    const marks = this.activeMarks();
    const last = marks[marks.length - 1];
    const editorBox = editor.getBoundingClientRect();
    let top = 0;
    let left = 0;
    if (last) {
      const rects = last.getClientRects();
      const rect = rects[rects.length - 1] ?? last.getBoundingClientRect();
      top = rect.bottom - editorBox.top + 8;
      left = rect.left - editorBox.left;
    }
    const maxLeft = Math.max(0, editor.clientWidth - card.offsetWidth);
    card.style.top = `${Math.round(top)}px`;
    card.style.left = `${Math.round(Math.min(Math.max(0, left - 16), maxLeft))}px`;
  }

  // ------------------------------------------------------------------ rendering

  protected override render(): TemplateResult {
    const visible = this.visibleFindings;
    const shown = this.shownFindings;
    const safeCount = visible.filter((f) => f.suggestions.some((s) => s.safe) && findingMatches(this.text, f)).length;
    return html`
      <div class="layout" @keydown=${this.onKeyDown}>
        ${this.rewriting
          ? html`<section class="main">
              <helder-rewrite-view
                .api=${this.api}
                .original=${this.text}
                @helder-rewrite-use=${this.useRewrite}
                @helder-rewrite-close=${this.closeRewrite}
              ></helder-rewrite-view>
            </section>`
          : this.renderMain(shown, safeCount)}
        <aside class="panel" part="panel" aria-label="Overzicht van de tekst">
          ${renderLevel(this.report, visible, this.placeholders.length, this.text.trim() === "")}
          ${this.report && this.text.trim() !== "" ? renderBeginHere(beginHere(visible), (f) => this.open(f, true)) : nothing}
          ${this.renderFindingList(shown)}
        </aside>
      </div>
      <div class="sr-only" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    `;
  }

  private renderMain(visible: Finding[], safeCount: number): TemplateResult {
    return html`
        <section class="main" aria-labelledby="text-label">
          <div class="toolbar" role="toolbar" aria-label="Acties">
            <button
              type="button"
              class="utrecht-button utrecht-button--primary-action rewrite-open"
              ?disabled=${this.text.trim() === ""}
              @click=${this.openRewrite}
            >
              Maak B1-versie
            </button>
            <button
              type="button"
              class="utrecht-button utrecht-button--secondary-action"
              ?disabled=${safeCount === 0}
              @click=${this.acceptAllSafe}
            >
              Pas veilige suggesties toe (${safeCount})
            </button>
            <button type="button" class="utrecht-button utrecht-button--secondary-action" ?disabled=${!this.history.canUndo} @click=${this.undo}>
              Ongedaan maken
            </button>
            <button type="button" class="utrecht-button utrecht-button--subtle" ?disabled=${!this.history.canRedo} @click=${this.redo}>
              Opnieuw
            </button>
            <span class="status" aria-hidden="true">${this.status === "checking" ? "Bezig met controleren…" : ""}</span>
          </div>
          ${this.status === "error" ? html`<p class="error" role="alert">${this.errorMessage}</p>` : nothing}
          ${renderViewControls(this.viewOptions, (next) => this.setViewOptions(next))}
          <label class="label" id="text-label" for="text">Uw tekst</label>
          <p class="help" id="text-help">
            Plak of typ uw brief. Ga met <kbd>Alt</kbd> + <kbd>↓</kbd> naar de volgende opmerking en met <kbd>Alt</kbd> +
            <kbd>↑</kbd> naar de vorige. <kbd>Esc</kbd> sluit de uitleg.
          </p>
          <div class="editor view-${this.viewOptions.view}" part="editor">
            <div class="backdrop" aria-hidden="true">${this.renderSegments(visible)}</div>
            <textarea
              id="text"
              spellcheck="false"
              autocomplete="off"
              placeholder="Plak hier uw brief of typ een tekst."
              aria-describedby="text-help privacy"
              .value=${live(this.text)}
              @input=${this.onInput}
              @beforeinput=${this.onBeforeInput}
              @click=${() => this.openAtCaret(false)}
            ></textarea>
            ${this.renderCard(visible)}
          </div>
          <div class="after-editor">
            <p class="privacy" id="privacy">${lockIcon} Uw tekst wordt niet bewaard.</p>
            <button type="button" class="utrecht-button utrecht-button--secondary-action copy" ?disabled=${this.text === ""} @click=${this.copyText}>
              ${this.copied ? "Gekopieerd ✓" : "Kopieer tekst"}
            </button>
          </div>
          ${renderLegend(this.viewOptions.view)}
        </section>
    `;
  }

  private renderSegments(shown: Finding[]): unknown[] {
    const text = this.text;
    const active = this.activeFinding;
    // an open card (from "Begin hier" or the list) shows its mark even when a filter hides that kind
    const visible = active && !shown.includes(active) ? [...shown, active] : shown;
    const zinnen = this.viewOptions.view === "zinnen";
    const spans: Array<{ start: number; end: number }> = zinnen ? [...visible, ...this.classed] : visible;
    const segments = segmentText(text.length, spans, this.placeholders);
    const out = segments.map((segment) => this.renderSegment(text, segment, visible, active));
    // A final line break needs a character after it, or the box is one line too short.
    if (text.endsWith("\n") || text === "") out.push(" ");
    return out;
  }

  private renderSegment(text: string, segment: Segment, visible: Finding[], active: Finding | undefined): unknown {
    const slice = text.slice(segment.start, segment.end);
    if (segment.findings.length === 0 && !segment.placeholder) return slice;
    const classes: string[] = [];
    const covering = segment.findings.filter((i) => i < visible.length).map((i) => visible[i]!);
    const classedAt = segment.findings.find((i) => i >= visible.length);
    const word = covering.find((f) => kindOf(f).scope === "word");
    const sentence = covering.find((f) => kindOf(f).scope === "sentence");
    if (word) classes.push(`k-${kindOf(word).key}`, `sev-${word.severity}`);
    // in the Zinnen view the sentence's class colours it; a long sentence has a high class anyway
    if (classedAt !== undefined) classes.push(`sc-${this.classed[classedAt - visible.length]!.class}`);
    else if (sentence) classes.push("bg-lange-zin", `bg-${sentence.severity}`);
    if (segment.placeholder) classes.push("placeholder");
    if (active && covering.includes(active)) classes.push("is-active");
    if (classes.length === 0) return slice;
    return html`<mark class=${classes.join(" ")}>${slice}</mark>`;
  }

  private renderCard(visible: Finding[]): unknown {
    const finding = this.activeFinding;
    if (!finding) return nothing;
    const kind = kindOf(finding);
    const others = visible.filter((f) => f !== finding && f.start < finding.end && f.end > finding.start);
    const stale = !findingMatches(this.text, finding);
    return html`
      <div
        class="card kc-${kind.key}"
        role="dialog"
        aria-modal="false"
        aria-labelledby="card-title"
        aria-describedby="card-message"
        tabindex="-1"
      >
        <p class="kind">
          <span class="swatch" aria-hidden="true"></span>
          ${kind.label} · ${SEVERITY_LABEL[finding.severity]}
        </p>
        <h2 id="card-title" class="card-title">“${shorten(finding.text)}”</h2>
        <p class="message" id="card-message">${finding.message}</p>
        ${stale
          ? html`<p class="note">De tekst is veranderd. Helder controleert hem opnieuw.</p>`
          : this.renderSuggestions(finding)}
        ${others.length > 0
          ? html`<p class="also">
              Hier staat ook:
              ${others.map(
                (f, i) =>
                  html`${i > 0 ? ", " : ""}<button type="button" class="linklike" @click=${() => this.open(f, true)}>
                      ${kindOf(f).label.toLowerCase()}</button
                    >`,
              )}
            </p>`
          : nothing}
        <div class="actions">
          <button type="button" class="utrecht-button utrecht-button--secondary-action" @click=${() => this.ignore(finding)}>
            Negeren
          </button>
          <button type="button" class="utrecht-button utrecht-button--subtle" @click=${() => this.closeCard(true)}>Sluiten</button>
        </div>
      </div>
    `;
  }

  private renderSuggestions(finding: Finding): unknown {
    if (finding.suggestions.length === 0) return html`<p class="note">Helder heeft hier geen voorstel. Schrijf het zelf eenvoudiger.</p>`;
    return html`<ul class="suggestions" aria-label="Voorstellen">
      ${finding.suggestions.map((suggestion, i) => {
        const note = suggestion.note ? html`<span class="note">${suggestion.note}</span>` : nothing;
        if (suggestion.safe) {
          return html`<li>
            <button type="button" class="utrecht-button utrecht-button--primary-action" @click=${() => this.accept(finding, suggestion)}>
              Vervang door “${shorten(suggestion.replacement, 60)}”
            </button>
            ${note}
          </li>`;
        }
        const confirming = this.confirming === i;
        return html`<li>
          <p class="proposal">${suggestion.replacement}</p>
          ${note}
          ${confirming
            ? html`<p class="confirm">Lees de nieuwe tekst goed na. Wilt u hem gebruiken?</p>
                <button type="button" class="utrecht-button utrecht-button--primary-action" @click=${() => this.accept(finding, suggestion)}>
                  Ja, vervangen
                </button>
                <button type="button" class="utrecht-button utrecht-button--subtle" @click=${() => (this.confirming = undefined)}>
                  Nee
                </button>`
            : html`<button type="button" class="utrecht-button utrecht-button--secondary-action" @click=${() => this.askConfirm(i)}>
                Gebruik dit voorstel
              </button>`}
        </li>`;
      })}
    </ul>`;
  }

  private askConfirm(index: number): void {
    this.confirming = index;
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(".card .confirm + button")?.focus());
  }

  private renderFindingList(visible: Finding[]): unknown {
    const groups = new Map<KindKey, Finding[]>();
    for (const f of visible) {
      const key = kindOf(f).key;
      groups.set(key, [...(groups.get(key) ?? []), f]);
    }
    const active = this.activeFinding;
    return html`<section class="box" aria-labelledby="findings-title">
      <h2 id="findings-title">Opmerkingen (${visible.length})</h2>
      ${visible.length === 0
        ? html`<p class="empty-list">${this.report ? "Geen opmerkingen." : "Nog geen tekst gecontroleerd."}</p>`
        : nothing}
      ${this.ignored.length > 0
        ? html`<p class="empty-list">
            ${this.ignored.length} genegeerd.
            <button type="button" class="linklike" @click=${this.showIgnored}>Toon ze weer</button>
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
                  <button
                    type="button"
                    class="item"
                    aria-current=${active === f ? "true" : "false"}
                    @click=${() => this.open(f, true)}
                  >
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
}
