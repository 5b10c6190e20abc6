// Which finding's card is open, and moving between findings: by key, from "Begin hier" or the list, or at the caret.
// The view options (Zinnen/Alles, filters) decide which findings one can move to.
import type { PropertyDeclarations } from "lit";
import { kindOf } from "../finding-kinds.ts";
import { findingAt } from "../highlight-segments.ts";
import type { Finding } from "../report-types.ts";
import { loadViewOptions, saveViewOptions, shownFindings, type ViewOptions } from "../view-options.ts";
import { CheckedTextElement } from "./checked-text-element.ts";
import { keyCommand } from "./editor-keys.ts";

const storage = (): Storage | undefined => (typeof localStorage === "undefined" ? undefined : localStorage);

export abstract class FindingNavigatorElement extends CheckedTextElement {
  static override properties: PropertyDeclarations = {
    activeKey: { state: true },
    confirming: { state: true },
    rewriting: { state: true },
    viewOptions: { state: true },
  };

  declare activeKey: string | undefined;
  declare confirming: number | undefined;
  /** True while the "Herschreven versie" view is shown instead of the editor. */
  declare rewriting: boolean;
  /** Zinnen or Alles view and the filters; kept in localStorage. */
  declare viewOptions: ViewOptions;

  protected focusCardAfterRender = false;
  private shownMemo: { visible: Finding[]; options: ViewOptions; result: Finding[] } | undefined;

  constructor() {
    super();
    this.activeKey = undefined;
    this.confirming = undefined;
    this.rewriting = false;
    this.viewOptions = loadViewOptions(storage());
  }

  /** The findings drawn and listed in the chosen view with the chosen filters. */
  get shownFindings(): Finding[] {
    const visible = this.visibleFindings;
    const memo = this.shownMemo;
    if (memo && memo.visible === visible && memo.options === this.viewOptions) return memo.result;
    const result = shownFindings(visible, this.viewOptions);
    this.shownMemo = { visible, options: this.viewOptions, result };
    return result;
  }

  protected setViewOptions(next: ViewOptions): void {
    const active = this.activeFinding;
    this.viewOptions = next;
    saveViewOptions(storage(), next);
    if (active && !this.shownFindings.includes(active)) this.closeCard(false);
  }

  // ------------------------------------------------------------------ the open card

  protected keyOf(finding: Finding): string {
    return `${finding.id}|${finding.start}|${finding.end}`;
  }

  protected get activeFinding(): Finding | undefined {
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

  protected closeCard(returnFocus: boolean): void {
    const finding = this.activeFinding;
    this.activeKey = undefined;
    this.confirming = undefined;
    if (returnFocus && finding) {
      this.pendingSelection = { start: finding.start, end: finding.end };
      this.updateComplete.then(() => this.textarea?.focus());
    }
  }

  protected cardHasFocus(): boolean {
    return !!this.shadowRoot?.activeElement?.closest(".card");
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
    if (current) index = list.indexOf(current) + direction;
    else {
      const caret = this.textarea?.selectionStart ?? 0;
      index = direction === 1 ? list.findIndex((f) => f.start >= caret) : list.filter((f) => f.start < caret).length - 1;
    }
    if (index < 0) index = direction === 1 ? 0 : list.length - 1;
    if (index >= list.length) index = 0;
    this.open(list[index]!, true);
  }

  protected onKeyDown(event: KeyboardEvent): void {
    if (this.rewriting) return;
    const command = keyCommand(event, this.activeKey !== undefined);
    if (!command) return;
    event.preventDefault();
    if (command === "next" || command === "previous") this.move(command === "next" ? 1 : -1);
    else if (command === "open") this.openAtCaret(true);
    else if (command === "close") this.closeCard(true);
    else if (command === "undo") this.undo();
    else this.redo();
  }

  protected openAtCaret(focusCard: boolean): void {
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

  protected override reportShown(visible: Finding[]): void {
    if (this.activeKey && !visible.some((f) => this.keyOf(f) === this.activeKey)) this.closeCard(false);
  }

  protected override restored(): void {
    this.closeCard(false);
  }
}
