// Which part of a long text is on screen, so only its marks are drawn: on 3,000 words every key press would
// otherwise redraw thousands of marks. The part is estimated from the editor's position (text offset in proportion
// to height) with a margin of two screens above and below, and moves when the page scrolls near its edge.
import type { ReactiveController, ReactiveControllerHost } from "lit";
import type { Span } from "../report-types.ts";

/** Texts shorter than this get all their marks. */
export const WINDOW_FROM_CHARS = 12_000;
const MARGIN_SCREENS = 2;

/** The text offsets on screen with `margin` screens above and below; `box` is the editor's place on the page. */
export function estimateWindow(textLength: number, box: { top: number; height: number }, viewport: number, margin: number): Span {
  if (box.height <= 0) return { start: 0, end: textLength };
  const from = (-box.top - margin * viewport) / box.height;
  const to = (viewport - box.top + margin * viewport) / box.height;
  return { start: Math.max(0, Math.floor(from * textLength)), end: Math.min(textLength, Math.ceil(to * textLength)) };
}

export class VisibleWindow implements ReactiveController {
  private span: Span | undefined;
  private frame = 0;
  private readonly onScroll = () => {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (!this.needsMove()) return;
      this.span = this.estimate(MARGIN_SCREENS);
      this.host.requestUpdate();
    });
  };

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: ParentNode; text: string },
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener("scroll", this.onScroll, { passive: true });
    window.addEventListener("resize", this.onScroll, { passive: true });
  }

  hostDisconnected(): void {
    window.removeEventListener("scroll", this.onScroll);
    window.removeEventListener("resize", this.onScroll);
    cancelAnimationFrame(this.frame);
  }

  private estimate(margin: number): Span | undefined {
    const length = this.host.text.length;
    if (length < WINDOW_FROM_CHARS) return undefined;
    const editor = this.host.renderRoot.querySelector<HTMLElement>(".editor");
    if (!editor) return { start: 0, end: Math.min(length, WINDOW_FROM_CHARS) };
    return estimateWindow(length, editor.getBoundingClientRect(), innerHeight, margin);
  }

  /** True when the screen (with one screen of margin) reaches past the part drawn now. */
  private needsMove(): boolean {
    const near = this.estimate(1);
    if (!near) return this.span !== undefined;
    return !this.span || near.start < this.span.start || near.end > this.span.end;
  }

  hostUpdated(): void {
    // measure after the frame is drawn, never during a render (that would force a layout on every key)
    this.onScroll();
  }

  /** The part to draw marks for in this render, or undefined for all of them. */
  current(): Span | undefined {
    if (this.host.text.length < WINDOW_FROM_CHARS) return undefined;
    return this.span ?? { start: 0, end: WINDOW_FROM_CHARS };
  }
}
