// The text and its check, without any view: the text, the latest report mapped onto it, ignoring, typing with
// a short wait before each check, and undo/redo over text and ignores. <helder-checker> builds its page on this.
import { LitElement, type PropertyDeclarations } from "lit";
import { diffRegion, rebaseFindings, rebaseSpans } from "../edits.ts";
import { ignoreKeys } from "../ignore-keys.ts";
import { loadOwnChoices, withoutOwn, type OwnChoices } from "../own-words.ts";
import { placeholdersOf } from "../placeholders.ts";
import type { Finding, HelderReport, PlaceholderSpan } from "../report-types.ts";
import { UndoStack } from "../undo-stack.ts";
import { requestCheck } from "./check-request.ts";
import { changedParagraphs, spliceParagraphs } from "./paragraph-check.ts";
import type { ClassedSpan } from "./editor-marks.ts";
import type { HelderChangeDetail, HelderFindingsDetail } from "./helder-checker.events.ts";

export interface EditorState {
  text: string;
  ignored: string[];
}

const TYPING_DELAY_MS = 300;
/** After only the changed paragraphs were checked, the whole text is checked when typing pauses this long. */
const WHOLE_TEXT_DELAY_MS = 1500;

export abstract class CheckedTextElement extends LitElement {
  static override properties: PropertyDeclarations = {
    api: { type: String },
    value: { type: String },
    text: { state: true },
    findings: { state: true },
    placeholders: { state: true },
    report: { state: true },
    ignored: { state: true },
    status: { state: true },
    announcement: { state: true },
    classed: { state: true },
    errorMessage: { state: true },
    own: { state: true },
  };

  /** Base URL of the Helder API; the component posts to `${api}/check`. */
  declare api: string;
  declare text: string;
  declare findings: Finding[];
  declare placeholders: PlaceholderSpan[];
  declare report: HelderReport | undefined;
  declare ignored: string[];
  declare status: "idle" | "checking" | "error";
  declare announcement: string;
  /** Every sentence of the latest report with its class, moved along with edits. */
  declare classed: ClassedSpan[];
  declare errorMessage: string;
  /** Own words and rules switched off in this browser; kept in localStorage. */
  declare own: OwnChoices;

  protected readonly history = new UndoStack<EditorState>();
  protected typingGroupOpen = false;
  protected timer: ReturnType<typeof setTimeout> | undefined;
  private request: AbortController | undefined;
  private requestSeq = 0;
  /** The text the findings were last checked on, whole or in part; what changed since is checked next. */
  private checkedText = "";
  protected pendingSelection: { start: number; end: number } | undefined;
  private visibleMemo: { findings: Finding[]; ignored: string[]; own: OwnChoices; text: string; result: Finding[] } | undefined;

  constructor() {
    super();
    this.api = "/api";
    this.text = "";
    this.findings = [];
    this.placeholders = [];
    this.report = undefined;
    this.ignored = [];
    this.status = "idle";
    this.announcement = "";
    this.classed = [];
    this.errorMessage = "";
    this.own = loadOwnChoices(typeof localStorage === "undefined" ? undefined : localStorage);
  }

  /** The findings of the latest report that are still open, in the same order. */
  protected abstract reportShown(visible: Finding[]): void;
  /** Undo or redo put an earlier state back. */
  protected abstract restored(): void;

  /** The text in the checker. Setting it starts a new check (and can be undone). */
  get value(): string {
    return this.text;
  }

  set value(next: string) {
    const text = String(next ?? "");
    if (text === this.text) return;
    this.commitText(text, undefined);
  }

  /** The findings shown now (ignored ones, own words and rules switched off left out). */
  get visibleFindings(): Finding[] {
    const { findings, ignored, own, text } = this;
    const memo = this.visibleMemo;
    // one render asks for these several times; on a long text working them out again costs a few ms per key
    if (memo && memo.findings === findings && memo.ignored === ignored && memo.own === own && memo.text === text) return memo.result;
    const off = new Set(ignored);
    const keys = off.size > 0 ? ignoreKeys(findings) : [];
    const result = withoutOwn(text, off.size > 0 ? findings.filter((_, i) => !off.has(keys[i]!)) : findings, own);
    this.visibleMemo = { findings, ignored, own, text, result };
    return result;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
    this.request?.abort();
  }

  // ------------------------------------------------------------------ checking

  protected get textarea(): HTMLTextAreaElement | null {
    return this.renderRoot.querySelector("textarea");
  }

  protected scheduleCheck(delay: number): void {
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
    const span = this.report && sent !== this.checkedText ? this.changedSpan(sent) : undefined;
    try {
      const part = span && sent.slice(span.start, span.end);
      const answer = await requestCheck(this.api, part ?? sent, controller.signal);
      if (seq !== this.requestSeq) return;
      if ("report" in answer && span && part !== undefined) this.applyParagraphs(answer.report, span, part, sent);
      else if ("report" in answer) this.applyReport(answer.report, sent);
      else {
        this.status = "error";
        this.errorMessage = answer.error;
        this.announcement = answer.error;
      }
    } catch {
      // aborted: a newer check is on its way
    }
  }

  /** The paragraphs changed since the last check, when checking only those is enough for now. */
  private changedSpan(text: string): { start: number; end: number } | undefined {
    const { start, newEnd } = diffRegion(this.checkedText, text);
    return changedParagraphs(text, { start, end: newEnd });
  }

  private applyParagraphs(part: HelderReport, span: { start: number; end: number }, partText: string, sent: string): void {
    // typed on while the answer was under way: the next check is already planned, with this change in it
    if (this.text !== sent) return;
    const next = spliceParagraphs({ findings: this.findings, classed: this.classed, placeholders: this.placeholders }, span, part, partText);
    this.findings = next.findings;
    this.classed = next.classed;
    this.placeholders = next.placeholders;
    this.checkedText = sent;
    this.status = "idle";
    this.reportShown(this.visibleFindings);
    this.scheduleCheck(WHOLE_TEXT_DELAY_MS);
  }

  protected applyReport(report: HelderReport | undefined, sent: string): void {
    const previousCount = this.visibleFindings.length;
    this.report = report;
    this.findings = report ? rebaseFindings(report.findings, sent, this.text) : [];
    this.placeholders = report ? rebaseSpans(placeholdersOf(report, sent), sent, this.text) : [];
    const classed: ClassedSpan[] = [];
    for (const s of report?.sentences ?? []) classed.push({ start: s.start, end: s.end, class: (s.class ?? 1) as ClassedSpan["class"] });
    this.classed = rebaseSpans(classed, sent, this.text);
    this.checkedText = sent;
    this.status = "idle";
    const visible = this.visibleFindings;
    this.reportShown(visible);
    if (visible.length !== previousCount || !report) {
      this.announcement = report ? `Controle klaar: ${visible.length} ${visible.length === 1 ? "opmerking" : "opmerkingen"}.` : "";
    }
    if (report) this.emit<HelderFindingsDetail>("helder-findings", { findings: visible, report });
  }

  protected emit<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }

  // ------------------------------------------------------------------ editing

  protected get state(): EditorState {
    return { text: this.text, ignored: [...this.ignored] };
  }

  protected setTextOnly(next: string): void {
    const region = diffRegion(this.text, next);
    this.findings = rebaseFindings(this.findings, this.text, next, region);
    this.placeholders = rebaseSpans(this.placeholders, this.text, next, region);
    this.classed = rebaseSpans(this.classed, this.text, next, region);
    this.text = next;
    this.emit<HelderChangeDetail>("helder-change", { value: next });
  }

  /** A change made by the component (suggestion, undo): one undo step, checked at once. */
  protected commitText(next: string, selection: { start: number; end: number } | undefined): void {
    this.history.record(this.state);
    this.typingGroupOpen = false;
    this.setTextOnly(next);
    this.pendingSelection = selection;
    void this.check();
  }

  protected onInput(event: InputEvent): void {
    const textarea = event.target as HTMLTextAreaElement;
    const pasted = event.inputType === "insertFromPaste" || event.inputType === "insertFromDrop";
    if (pasted || !this.typingGroupOpen) this.history.record(this.state);
    this.typingGroupOpen = !pasted;
    this.setTextOnly(textarea.value);
    if (pasted) void this.check();
    else this.scheduleCheck(TYPING_DELAY_MS);
  }

  protected onBeforeInput(event: InputEvent): void {
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

  protected restore(state: EditorState, message: string): void {
    this.typingGroupOpen = false;
    clearTimeout(this.timer);
    this.ignored = state.ignored;
    if (state.text !== this.text) {
      this.setTextOnly(state.text);
      void this.check();
    }
    this.restored();
    this.announcement = message;
  }
}
