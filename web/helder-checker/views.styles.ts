// Styles of the views (Zinnen / Alles), the filters, the level, "Begin hier" and forced colors (Windows High Contrast).
import { css } from "lit";

export const viewStyles = css`
  :host {
    --sc-2-bg: hsl(52 100% 88%);
    --sc-3-bg: hsl(38 100% 80%);
    --sc-4-bg: hsl(0 90% 86%);
  }
  /* Zinnen view: the sentence's colour is the background; words keep only their line */
  .view-zinnen mark[class*="k-"] {
    background: transparent;
  }
  .view-zinnen mark.sc-2 {
    background-color: var(--sc-2-bg);
  }
  .view-zinnen mark.sc-3 {
    background-color: var(--sc-3-bg);
  }
  .view-zinnen mark.sc-4 {
    background-color: var(--sc-4-bg);
  }
  /* one row of buttons on a laptop (1366 px) */
  .toolbar .utrecht-button {
    --utrecht-button-padding-inline-start: 0.625rem;
    --utrecht-button-padding-inline-end: 0.625rem;
    padding-inline: 0.625rem;
  }
  .after-editor {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    justify-content: space-between;
    margin-top: 0.5rem;
  }
  .after-editor .privacy {
    margin: 0;
  }
  .sample.sc-2,
  .sample.sc-3,
  .sample.sc-4 {
    padding: 0 0.3rem;
  }
  .sample.sc-2 {
    background: var(--sc-2-bg);
  }
  .sample.sc-3 {
    background: var(--sc-3-bg);
  }
  .sample.sc-4 {
    background: var(--sc-4-bg);
  }

  .view-controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
    align-items: center;
    margin: 0 0 0.75rem;
  }
  .view-controls fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.875rem;
    align-items: center;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .view-controls legend {
    float: left;
    margin-inline-end: 0.5rem;
    padding: 0;
    font-weight: 700;
  }
  .view-controls label {
    display: inline-flex;
    gap: 0.35rem;
    align-items: center;
    min-height: 2.75rem;
    cursor: pointer;
  }
  .view-controls input {
    width: 1.125rem;
    height: 1.125rem;
    margin: 0;
    accent-color: var(--helder-accent);
  }
  .views {
    padding: 0 0.5rem;
    border-radius: var(--helder-radius);
    background: var(--helder-soft);
  }

  /* the card's title is an h2: it follows the page's h1, not a heading of the panel */
  .card .card-title {
    font-size: 1.0625rem;
    overflow-wrap: anywhere;
  }

  .verdict .level-label {
    margin: 0;
    font-weight: 700;
  }
  .verdict meter {
    display: block;
    width: 100%;
    height: 0.75rem;
    margin: 0.5rem 0;
  }
  .verdict .reasons {
    margin: 0;
    padding-inline-start: 1.25rem;
    font-weight: 400;
  }
  .verdict .reasons li + li {
    margin-top: 0.25rem;
  }
  .verdict.level-B1 {
    border-color: hsl(150 55% 26%);
    background: hsl(150 50% 94%);
  }
  .verdict.level-ver-boven-B1 {
    border-color: hsl(0 70% 40%);
    background: hsl(0 80% 96%);
  }

  .begin-here ol {
    margin: 0.5rem 0 0;
    padding-inline-start: 1.5rem;
  }
  .begin-here li + li {
    margin-top: 0.25rem;
  }
  .begin-intro {
    margin: 0.25rem 0 0;
    color: var(--helder-muted);
  }
  .step {
    display: grid;
    min-height: 2.75rem;
  }
  .step-action {
    font-weight: 700;
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .step-quote {
    color: var(--helder-muted);
    overflow-wrap: anywhere;
  }

  /* Windows High Contrast: the system paints the text box opaque and drops backgrounds, so the marks under it
     vanish. The box stays see-through and the marks use the system's own colours. */
  @media (forced-colors: active) {
    textarea {
      forced-color-adjust: none;
      background: transparent;
      color: CanvasText;
      caret-color: CanvasText;
      border-color: CanvasText;
    }
    .editor {
      background: Canvas;
    }
    mark {
      forced-color-adjust: none;
      color: transparent;
      background: transparent !important;
    }
    mark[class*="sev-"] {
      text-decoration-color: LinkText !important;
      text-decoration-thickness: 3px;
    }
    mark.sc-3,
    mark.sc-4,
    mark.bg-lange-zin {
      box-shadow: inset 0 -0.2em 0 0 Highlight;
    }
    mark.sc-4 {
      box-shadow: inset 0 -0.35em 0 0 Highlight;
    }
    mark.placeholder {
      outline: 1px dashed CanvasText;
    }
    mark.is-active {
      outline: 2px solid Highlight;
    }
    .sample {
      forced-color-adjust: none;
      color: CanvasText;
      background: transparent !important;
      text-decoration-color: LinkText;
    }
    .sample.sc-3,
    .sample.sc-4 {
      box-shadow: inset 0 -0.2em 0 0 Highlight;
    }
  }
`;
