// <helder-review-page>: drop or choose template files, send them to POST /api/review, show a table per
// template (level, errors, warnings, tips) with a button that opens the template in the checker page.
// File names and texts are only rendered through Lit's text bindings (escaped), never as HTML.
import { LitElement, html, nothing } from "lit";
import { OPEN_TEMPLATE_KEY } from "./open-key.ts";
import { reviewPageTexts as t, totalsSentence } from "./review-texts.ts";

interface Finding {
  severity: "error" | "warning" | "info";
}
type FileEntry =
  | { path: string; format: string; report: { findings: Finding[]; level?: { label: string } }; text?: string }
  | { path: string; error: { code: string; message: string } };
interface Review {
  files: FileEntry[];
  skipped: { path: string; reason: string }[];
  totals: { reviewed: number; unreadable: number; errors: number; warnings: number; tips: number; levels: Record<string, number> };
}

const ACCEPT = ".txt,.md,.markdown,.html,.htm,.docx,.odt";
const levelClass: Record<string, string> = { B1: "level-b1", "net boven B1": "level-net", "ver boven B1": "level-ver" };

export class HelderReviewPage extends LitElement {
  static override properties = { busy: { state: true }, message: { state: true }, review: { state: true }, over: { state: true } };
  busy = false;
  message = "";
  review: Review | undefined = undefined;
  over = false;

  protected override createRenderRoot() {
    return this;
  }

  private async send(files: File[]) {
    if (files.length === 0 || this.busy) return;
    const form = new FormData();
    for (const file of files) form.append("files", file, file.name);
    form.append("text", "true");
    this.busy = true;
    this.message = t.busy;
    this.review = undefined;
    try {
      const response = await fetch("/api/review", { method: "POST", body: form });
      const data = (await response.json().catch(() => null)) as (Review & { error?: { message?: string } }) | null;
      if (!response.ok || !data?.files) {
        this.message = data?.error?.message ?? t.offline;
        return;
      }
      this.review = data;
      this.message = t.done;
    } catch {
      this.message = t.offline;
    } finally {
      this.busy = false;
    }
  }

  private chosen(event: Event) {
    const input = event.target as HTMLInputElement;
    void this.send([...(input.files ?? [])]);
    input.value = "";
  }

  private dragOver(event: DragEvent) {
    event.preventDefault();
    this.over = true;
  }

  private dropped(event: DragEvent) {
    event.preventDefault();
    this.over = false;
    void this.send([...(event.dataTransfer?.files ?? [])]);
  }

  private open(text: string) {
    try {
      sessionStorage.setItem(OPEN_TEMPLATE_KEY, text);
    } catch {
      this.message = t.tooBigToOpen;
      return;
    }
    location.assign("/");
  }

  private row(file: FileEntry) {
    if ("error" in file)
      return html`<tr class="utrecht-table__row">
        <th class="utrecht-table__header-cell" scope="row">${file.path}</th>
        <td class="utrecht-table__cell file-error" colspan="5">${file.error.message}</td>
      </tr>`;
    const count = (severity: Finding["severity"]) => file.report.findings.filter((f) => f.severity === severity).length;
    const level = file.report.level?.label ?? "B1";
    const text = file.text;
    return html`<tr class="utrecht-table__row">
      <th class="utrecht-table__header-cell" scope="row">${file.path}</th>
      <td class="utrecht-table__cell"><span class=${levelClass[level] ?? ""}>${level}</span></td>
      <td class="utrecht-table__cell number">${count("error")}</td>
      <td class="utrecht-table__cell number">${count("warning")}</td>
      <td class="utrecht-table__cell number">${count("info")}</td>
      <td class="utrecht-table__cell">
        ${text === undefined
          ? nothing
          : html`<button type="button" class="utrecht-button utrecht-button--secondary-action" @click=${() => this.open(text)}>
              ${t.open}<span class="visually-hidden"> ${file.path}</span>
            </button>`}
      </td>
    </tr>`;
  }

  private results(review: Review) {
    return html`<section class="page-card" aria-labelledby="result-heading">
      <h2 class="utrecht-heading-2" id="result-heading">${t.resultHeading}</h2>
      <p class="utrecht-paragraph review-totals">${totalsSentence(review.totals)}</p>
      ${review.files.length
        ? html`<table class="utrecht-table review-table">
              <caption class="visually-hidden">${t.caption}</caption>
              <thead class="utrecht-table__header">
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__header-cell" scope="col">${t.template}</th>
                  <th class="utrecht-table__header-cell" scope="col">${t.level}</th>
                  <th class="utrecht-table__header-cell number" scope="col">${t.errors}</th>
                  <th class="utrecht-table__header-cell number" scope="col">${t.warnings}</th>
                  <th class="utrecht-table__header-cell number" scope="col">${t.tips}</th>
                  <th class="utrecht-table__header-cell" scope="col"><span class="visually-hidden">${t.openColumn}</span></th>
                </tr>
              </thead>
              <tbody class="utrecht-table__body">
                ${review.files.map((f) => this.row(f))}
              </tbody>
            </table>
            <p class="utrecht-paragraph">${t.openHint}</p>`
        : nothing}
      ${review.skipped.length
        ? html`<p class="utrecht-paragraph">${t.skipped} ${review.skipped.map((s) => s.path).join(", ")}. ${t.kinds}</p>`
        : nothing}
    </section>`;
  }

  protected override render() {
    return html`<section class="page-card" aria-labelledby="upload-heading">
        <h2 class="utrecht-heading-2" id="upload-heading">${t.uploadHeading}</h2>
        <div
          class="drop-zone ${this.over ? "drop-zone--over" : ""}"
          @dragover=${this.dragOver}
          @dragleave=${() => (this.over = false)}
          @drop=${this.dropped}
        >
          <p class="utrecht-paragraph">${t.dropHint}</p>
          <input id="template-files" class="file-input" type="file" multiple accept=${ACCEPT} ?disabled=${this.busy} @change=${this.chosen} />
          <label for="template-files" class="utrecht-button utrecht-button--primary-action">${t.choose}</label>
          <p class="utrecht-paragraph drop-zone__hint">${t.kinds}</p>
        </div>
        <p class="utrecht-paragraph review-status" role="status">${this.message}</p>
      </section>
      ${this.review ? this.results(this.review) : nothing}`;
  }
}

customElements.define("helder-review-page", HelderReviewPage);
