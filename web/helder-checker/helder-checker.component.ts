// <helder-checker>: paste or type Dutch text, see what is hard, understand why, fix it with a click.
// The text, checking and undo live in checked-text-element.ts, the open card and moving between findings in
// finding-navigator-element.ts; this class adds the actions and puts the parts together: editor-section.ts (toolbar, text box, marks), finding-card.ts,
// level-panel.ts, begin-here-panel.ts and finding-list.ts.
// User text is only ever rendered through Lit's text bindings (escaped), never as HTML.
import { html, nothing, unsafeCSS, type PropertyDeclarations, type PropertyValues, type TemplateResult } from "lit";
import { guard } from "lit/directives/guard.js";
import tokensCss from "helder:tokens";
import { applyAllSafe, applyEdit, findingMatches, suggestionSpan } from "../edits.ts";
import { ignoreKeys } from "../ignore-keys.ts";
import type { Finding, Span, Suggestion } from "../report-types.ts";
import { shorten } from "../shorten.ts";
import { beginHere } from "../begin-here.ts";
import { renderBeginHere } from "./begin-here-panel.ts";
import { apiUrl } from "./check-request.ts";
import { FindingNavigatorElement } from "./finding-navigator-element.ts";
import { placeCard, renderMarks } from "./editor-marks.ts";
import { renderEditorSection } from "./editor-section.ts";
import { renderCard, type CardActions } from "./finding-card.ts";
import { renderFindingList } from "./finding-list.ts";
import type { HelderFindingsDetail } from "./helder-checker.events.ts";
import { renderLevel } from "./level-panel.ts";
import { OwnChoicesActions } from "./own-choices.ts";
import { renderOwnChoices } from "./own-choices-panel.ts";
import { VisibleWindow } from "./visible-window.ts";
import { SentenceRewrites, type SentenceRewrite } from "./sentence-rewrite.ts";
import { helderCheckerStyles, utrechtButtonStyles } from "./helder-checker.styles.ts";
import { viewStyles } from "./views.styles.ts";
import { findingCardStyles } from "./finding-card.styles.ts";
import { ownChoicesStyles } from "./own-choices.styles.ts";
import type { RewriteUseDetail } from "./rewrite-view.ts";
import "./rewrite-view.ts";

export type { HelderChangeDetail, HelderChangeEvent, HelderFindingsDetail, HelderFindingsEvent } from "./helder-checker.events.ts";

const tokenSheet = unsafeCSS(tokensCss);

/**
 * @summary A B1 writing checker for Dutch letters.
 * @fires helder-change - The text changed (typing, a suggestion, undo). Detail: `{ value }`.
 * @fires helder-findings - A new check result is shown. Detail: `{ findings, report }`.
 * @csspart editor - The box with the text and its highlights.
 * @csspart panel - The side panel with the overview and the list of findings.
 */
export class HelderChecker extends FindingNavigatorElement {
  static override styles = [utrechtButtonStyles, helderCheckerStyles, findingCardStyles, ownChoicesStyles, viewStyles];
  static override properties: PropertyDeclarations = { copied: { state: true } };

  declare copied: boolean;

  private readonly rewrites = new SentenceRewrites(this);
  private readonly ownActions = new OwnChoicesActions(this);
  private readonly visibleWindow = new VisibleWindow(this);
  /** The findings the side panel was last drawn with. */
  private panelFindings: Finding[] = [];

  constructor() {
    super();
    this.copied = false;
  }

  protected override firstUpdated(): void {
    // Open the connection to the API now, so the first paste is checked without waiting for it.
    fetch(apiUrl(this.api, "health")).catch(() => undefined);
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
    if (changed.has("activeKey") || changed.has("findings") || changed.has("text") || changed.has("confirming")) placeCard(this.renderRoot);
    if (this.focusCardAfterRender) {
      this.focusCardAfterRender = false;
      const card = this.renderRoot.querySelector<HTMLElement>(".card");
      if (card) {
        this.renderRoot.querySelector("mark.is-active")?.scrollIntoView({ block: "center", behavior: "instant" as ScrollBehavior });
        card.focus({ preventScroll: true });
      }
    }
  }

  // ------------------------------------------------------------------ actions

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

  /** Replaces the open card's sentence by its rewrite: one undo step. */
  acceptSentence(rewrite: SentenceRewrite): void {
    const span = this.sentenceOf(this.activeFinding);
    if (!span || this.text.slice(span.start, span.end) !== rewrite.original) {
      this.announcement = "Deze opmerking past niet meer bij de tekst. Helder controleert de tekst opnieuw.";
      void this.check();
      return;
    }
    const caret = span.start + rewrite.replacement.length;
    const viaKeyboard = this.cardHasFocus();
    this.closeCard(false);
    this.commitText(applyEdit(this.text, { ...span, replacement: rewrite.replacement }), { start: caret, end: caret });
    this.announcement = "Helder heeft de nieuwe zin gezet. U kunt dit ongedaan maken.";
    if (viaKeyboard) this.updateComplete.then(() => this.textarea?.focus());
  }

  private sentenceOf(finding: Finding | undefined): Span | undefined {
    return finding && this.classed.find((s) => s.start <= finding.start && finding.start < s.end);
  }

  private sentenceRewriteFor(finding: Finding): SentenceRewrite | undefined {
    const entry = this.rewrites.offerFor(this.text, this.sentenceOf(finding));
    return entry?.state === "ready" ? entry.rewrite : undefined;
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
    const key = ignoreKeys(this.findings)[this.findings.indexOf(finding)];
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
    this.emitFindings();
  }

  private showIgnored(): void {
    this.history.record(this.state);
    this.ignored = [];
    this.announcement = "Alle opmerkingen staan weer aan.";
    this.emitFindings();
  }

  /** Called by the own-choices actions after "Dit woord is goed", "Negeer deze regel" or removing one. */
  ownChanged(message: string): void {
    const viaKeyboard = this.cardHasFocus();
    const finding = this.activeFinding;
    this.closeCard(false);
    this.announcement = message;
    if (viaKeyboard && finding) {
      this.pendingSelection = { start: finding.end, end: finding.end };
      this.updateComplete.then(() => this.textarea?.focus());
    }
    this.emitFindings();
  }

  private emitFindings(): void {
    if (this.report) this.emit<HelderFindingsDetail>("helder-findings", { findings: this.visibleFindings, report: this.report });
  }

  private async copyText(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.text);
    } catch {
      this.textarea?.select();
      document.execCommand("copy");
    }
    this.copied = true;
    this.announcement = "U heeft de tekst gekopieerd.";
    setTimeout(() => (this.copied = false), 2500);
  }

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

  // ------------------------------------------------------------------ rendering

  private readonly cardActions: CardActions = {
    accept: (finding, suggestion) => this.accept(finding, suggestion),
    ignore: (finding) => this.ignore(finding),
    close: () => this.closeCard(true),
    open: (finding) => this.open(finding, true),
    askConfirm: (index) => {
      this.confirming = index;
      this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(".card .confirm + button")?.focus());
    },
    cancelConfirm: () => (this.confirming = undefined),
    acceptSentence: (rewrite) => this.acceptSentence(rewrite),
    keepWord: (finding) => this.ownActions.keepWord(finding),
    disableRule: (finding) => this.ownActions.disableRule(finding),
  };

  protected override render(): TemplateResult {
    const visible = this.visibleFindings;
    const shown = this.shownFindings;
    const active = this.activeFinding;
    const empty = this.text.trim() === "";
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
          : this.renderEditor(visible, shown, active)}
        <aside class="panel" part="panel" aria-label="Overzicht van de tekst">
          ${guard(
            // typing only moves findings or drops the ones it touches, so the panel is drawn again only when one goes
            [this.report, visible.length, this.ignored, this.own, this.viewOptions, active && this.keyOf(active), this.placeholders.length, empty],
            () => this.renderPanel(visible, shown, active, empty),
          )}
        </aside>
      </div>
      <div class="sr-only" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    `;
  }

  private renderPanel(visible: Finding[], shown: Finding[], active: Finding | undefined, empty: boolean): TemplateResult {
    this.panelFindings = visible;
    const open = (f: Finding) => this.open(this.nowInText(f), true);
    return html`${renderLevel(this.report, visible, this.placeholders.length, empty)}
      ${this.report && !empty ? renderBeginHere(beginHere(visible), open) : nothing}
      ${renderFindingList(
        { shown, active, checked: this.report !== undefined, ignoredCount: this.ignored.length },
        { open, showIgnored: () => this.showIgnored() },
      )}
      ${renderOwnChoices(this.own, this.ownActions)}`;
  }

  /** The finding as it is now in the text, for one the side panel was drawn with before the text moved. */
  private nowInText(finding: Finding): Finding {
    const visible = this.visibleFindings;
    if (visible.includes(finding)) return finding;
    const index = this.panelFindings.indexOf(finding);
    return (index >= 0 && visible.length === this.panelFindings.length && visible[index]) || finding;
  }

  private renderEditor(visible: Finding[], shown: Finding[], active: Finding | undefined): TemplateResult {
    const { text, viewOptions } = this;
    return renderEditorSection(
      {
        text,
        toolbar: {
          empty: text.trim() === "",
          safeCount: visible.filter((f) => f.suggestions.some((s) => s.safe) && findingMatches(text, f)).length,
          canUndo: this.history.canUndo,
          canRedo: this.history.canRedo,
          checking: this.status === "checking",
        },
        errorMessage: this.status === "error" ? this.errorMessage : undefined,
        viewOptions,
        marks: renderMarks({ text, shown, active, classed: this.classed, placeholders: this.placeholders, view: viewOptions.view, window: this.visibleWindow.current() }),
        card: active ? renderCard({ text, finding: active, shown, confirming: this.confirming, sentence: this.sentenceRewriteFor(active) }, this.cardActions) : nothing,
        copied: this.copied,
      },
      {
        openRewrite: () => this.openRewrite(),
        acceptAllSafe: () => this.acceptAllSafe(),
        undo: () => this.undo(),
        redo: () => this.redo(),
        setViewOptions: (next) => this.setViewOptions(next),
        input: (e) => this.onInput(e),
        beforeInput: (e) => this.onBeforeInput(e),
        clickText: () => this.openAtCaret(false),
        copy: () => void this.copyText(),
      },
    );
  }
}
