// The layer under the text box: the text again, with <mark>s for findings, sentence classes and placeholders.
// Rendering only; the text is transparent here, the text box above it shows the letters.
import { html, type TemplateResult } from "lit";
import { repeat } from "lit/directives/repeat.js";
import { kindOf } from "../finding-kinds.ts";
import { segmentText, type Segment } from "../highlight-segments.ts";
import type { Finding, PlaceholderSpan, Span } from "../report-types.ts";
import { textBlocks } from "../text-blocks.ts";
import type { ViewName } from "../view-options.ts";

/** A sentence with its class from the report: 1 = fine … 4 = very hard. */
export interface ClassedSpan {
  start: number;
  end: number;
  class: 1 | 2 | 3 | 4;
}

export interface MarksInput {
  text: string;
  shown: Finding[];
  active: Finding | undefined;
  classed: ClassedSpan[];
  placeholders: PlaceholderSpan[];
  view: ViewName;
  /** Only marks in this part of the text are drawn (the part on screen, with a margin); the rest is plain text. */
  window?: Span | undefined;
}

const inWindow = (w: Span | undefined) => (s: Span) => !w || (s.start < w.end && s.end > w.start);

interface Block {
  key: string;
  pieces: unknown[];
}

/** The marks layer: one block per paragraph (see text-blocks.ts), each with its text and marks. */
export function renderMarks({ text, shown: all, active, classed: sentences, placeholders: allPlaceholders, view, window }: MarksInput): unknown {
  const near = inWindow(window);
  const shown = window ? all.filter(near) : all;
  const classed = sentences.filter((s) => s.class > 1 && near(s));
  const placeholders = window ? allPlaceholders.filter(near) : allPlaceholders;
  // an open card (from "Begin hier" or the list) shows its mark even when a filter hides that kind
  const visible = active && !shown.includes(active) ? [...shown, active] : shown;
  const spans: Array<{ start: number; end: number }> = view === "zinnen" ? [...visible, ...classed] : visible;
  const segments = segmentText(text.length, spans, placeholders);
  const blocks: Block[] = [];
  const seen = new Map<string, number>();
  let next = 0;
  for (const block of textBlocks(text)) {
    const pieces: unknown[] = [];
    for (; next < segments.length && segments[next]!.start < block.end; next++) {
      const segment = segments[next]!;
      // a mark over a paragraph break is drawn as one mark in each block
      pieces.push(renderSegment(text, { ...segment, start: Math.max(segment.start, block.start), end: Math.min(segment.end, block.end) }, visible, classed, active));
      if (segment.end > block.end) break;
    }
    // keyed by the block's text, so a key press redraws only its own paragraph, also after a new paragraph above it
    const own = text.slice(block.start, block.end);
    const count = seen.get(own) ?? 0;
    seen.set(own, count + 1);
    blocks.push({ key: `${count}:${own}`, pieces });
  }
  // A final line break needs a character after it, or the box is one line too short.
  if (text.endsWith("\n") || text === "") blocks[blocks.length - 1]!.pieces.push(" ");
  return repeat(blocks, (b) => b.key, (b) => html`<div class="block">${b.pieces}</div>`);
}

function renderSegment(text: string, segment: Segment, visible: Finding[], classed: ClassedSpan[], active: Finding | undefined): unknown {
  const slice = text.slice(segment.start, segment.end);
  if (segment.findings.length === 0 && !segment.placeholder) return slice;
  const classes: string[] = [];
  const covering = segment.findings.filter((i) => i < visible.length).map((i) => visible[i]!);
  const classedAt = segment.findings.find((i) => i >= visible.length);
  const word = covering.find((f) => kindOf(f).scope === "word");
  const sentence = covering.find((f) => kindOf(f).scope === "sentence");
  if (word) classes.push(`k-${kindOf(word).key}`, `sev-${word.severity}`);
  // in the Zinnen view the sentence's class colours it; a long sentence has a high class anyway
  if (classedAt !== undefined) classes.push(`sc-${classed[classedAt - visible.length]!.class}`);
  else if (sentence) classes.push("bg-lange-zin", `bg-${sentence.severity}`);
  if (segment.placeholder) classes.push("placeholder");
  if (active && covering.includes(active)) {
    // one frame around the whole finding, not a box around each piece of it
    classes.push("is-active");
    if (segment.start === active.start) classes.push("active-start");
    if (segment.end === active.end) classes.push("active-end");
  }
  if (classes.length === 0) return slice;
  return html`<mark class=${classes.join(" ")}>${slice}</mark>` as TemplateResult;
}

/** Puts the card just below the active finding (below its last line), inside the editor. */
export function placeCard(root: ParentNode): void {
  const card = root.querySelector<HTMLElement>(".card");
  const editor = root.querySelector<HTMLElement>(".editor");
  if (!card || !editor) return;
  const marks = root.querySelectorAll<HTMLElement>("mark.is-active");
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
