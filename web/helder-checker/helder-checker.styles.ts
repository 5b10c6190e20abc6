// Styles of <helder-checker>. Colours and type come from NL Design System (Utrecht) tokens,
// with fallbacks so the component also looks right on a page without those tokens.
import { css, unsafeCSS } from "lit";
import buttonCss from "@utrecht/button-css/dist/index.min.css";

/** Utrecht's button component CSS, used on the buttons inside the shadow root. */
export const utrechtButtonStyles = unsafeCSS(buttonCss);

export const helderCheckerStyles = css`
  :host {
    --helder-font: var(--utrecht-document-font-family, "Noto Sans", Arial, sans-serif);
    --helder-text: var(--utrecht-document-color, #000);
    --helder-muted: #4b4b4b;
    --helder-surface: var(--utrecht-document-background-color, #fff);
    --helder-soft: #f3f5f8;
    --helder-line: #8a8f96;
    --helder-accent: var(--utrecht-color-blue-35, hsl(211 60% 35%));
    --helder-focus: var(--utrecht-focus-outline-color, #000);
    --helder-radius: 6px;

    --k-woord: hsl(4 72% 40%);
    --k-woord-bg: hsl(4 90% 95%);
    --k-uitdrukking: hsl(24 90% 33%);
    --k-uitdrukking-bg: hsl(30 95% 93%);
    --k-vaktaal: hsl(211 60% 35%);
    --k-vaktaal-bg: hsl(211 80% 95%);
    --k-afkorting: hsl(188 80% 25%);
    --k-afkorting-bg: hsl(188 60% 93%);
    --k-toon: hsl(328 62% 38%);
    --k-toon-bg: hsl(328 80% 95%);
    --k-naamwoordstijl: hsl(150 55% 26%);
    --k-naamwoordstijl-bg: hsl(150 50% 93%);
    --k-lijdende-vorm: hsl(268 45% 45%);
    --k-lijdende-vorm-bg: hsl(268 70% 95%);
    --k-overig: #505050;
    --k-overig-bg: #eee;
    --k-lange-zin: hsl(42 100% 30%);
    --k-lange-zin-bg: hsl(48 100% 88%);
    --k-lange-zin-error-bg: hsl(40 100% 80%);
    --k-invulveld: hsl(211 25% 35%);
    --k-invulveld-bg: hsl(211 40% 91%);

    display: block;
    container-type: inline-size;
    font-family: var(--helder-font);
    color: var(--helder-text);
    line-height: 1.5;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  .layout {
    display: grid;
    gap: 1.5rem;
    grid-template-columns: minmax(0, 1fr);
  }

  @container (min-width: 56rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr) minmax(17rem, 22rem);
      align-items: start;
    }
    .panel {
      position: sticky;
      top: 1rem;
    }
  }

  h2,
  h3 {
    margin: 0;
    line-height: 1.3;
  }
  h2 {
    font-size: 1.25rem;
  }
  h3 {
    font-size: 1rem;
  }

  /* ---------------------------------------------------------------- toolbar */

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    margin-block-end: 0.75rem;
  }
  .toolbar .status {
    margin-inline-start: auto;
    color: var(--helder-muted);
    font-size: 0.9375rem;
  }
  .utrecht-button {
    font-family: var(--helder-font);
  }
  .utrecht-button:focus-visible,
  button:focus-visible {
    outline: 3px solid var(--helder-focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 5px #fff;
  }
  .card:focus-visible {
    outline: 3px solid var(--helder-accent);
    outline-offset: 2px;
  }

  .label {
    display: block;
    font-weight: 700;
    font-size: 1.0625rem;
  }
  .help {
    margin: 0.125rem 0 0.5rem;
    color: var(--helder-muted);
    font-size: 0.9375rem;
  }
  kbd {
    font-family: inherit;
    font-size: 0.875em;
    border: 1px solid var(--helder-line);
    border-bottom-width: 2px;
    border-radius: 3px;
    padding: 0 0.3em;
    background: #fff;
  }

  /* ---------------------------------------------------------------- editor */

  .editor {
    position: relative;
    display: grid;
    border-radius: var(--helder-radius);
    background: var(--helder-surface);
  }
  .editor:focus-within {
    outline: 3px solid var(--helder-accent);
    outline-offset: 2px;
  }
  .backdrop,
  textarea {
    grid-area: 1 / 1;
    margin: 0;
    min-height: 18rem;
    padding: 1rem 1.125rem;
    border: 2px solid transparent;
    border-radius: var(--helder-radius);
    font-family: var(--helder-font);
    font-size: 1.0625rem;
    line-height: 1.75;
    letter-spacing: normal;
    word-spacing: normal;
    /* the text above and the marks below must measure exactly the same */
    text-rendering: optimizeLegibility;
    font-kerning: normal;
    font-variant-ligatures: none;
    font-feature-settings: normal;
    font-size-adjust: none;
    text-transform: none;
    text-indent: 0;
    white-space: pre-wrap;
    overflow-wrap: break-word;
    word-break: normal;
    tab-size: 4;
  }
  .backdrop {
    color: transparent;
    pointer-events: none;
    user-select: none;
  }
  textarea {
    display: block;
    width: 100%;
    height: 100%;
    resize: none;
    overflow: hidden;
    color: var(--helder-text);
    caret-color: var(--helder-text);
    background: transparent;
    border-color: var(--helder-line);
  }
  textarea:focus {
    outline: none;
    border-color: var(--helder-text);
  }
  textarea::placeholder {
    color: #595959;
  }

  mark {
    color: transparent;
    background: none;
    border-radius: 2px;
    text-decoration-skip-ink: none;
    text-underline-offset: 0.22em;
    text-decoration-thickness: 2px;
  }
  mark.sev-error {
    text-decoration-line: underline;
    text-decoration-style: solid;
    text-decoration-thickness: 3px;
  }
  mark.sev-warning {
    text-decoration-line: underline;
    text-decoration-style: dashed;
  }
  mark.sev-info {
    text-decoration-line: underline;
    text-decoration-style: dotted;
    text-decoration-thickness: 3px;
  }
  mark.bg-lange-zin {
    background: var(--k-lange-zin-bg);
  }
  mark.bg-lange-zin.bg-error {
    background: var(--k-lange-zin-error-bg);
  }
  ${unsafeCSS(
    ["woord", "uitdrukking", "vaktaal", "afkorting", "toon", "naamwoordstijl", "lijdende-vorm", "overig"]
      .map((k) => `mark.k-${k} { text-decoration-color: var(--k-${k}); background: var(--k-${k}-bg); }`)
      .join("\n"),
  )}
  ${unsafeCSS(
    ["woord", "uitdrukking", "vaktaal", "afkorting", "toon", "naamwoordstijl", "lijdende-vorm", "overig", "lange-zin"]
      .map((k) => `.kc-${k} { --kind-color: var(--k-${k}); }`)
      .join("\n"),
  )}
  mark.placeholder {
    background: var(--k-invulveld-bg);
    outline: 1px dashed var(--k-invulveld);
    outline-offset: 1px;
  }
  /* lines above and below every piece, and at the two ends a side: one frame, however many marks are inside */
  mark.is-active {
    --active-frame: 0 -2px 0 0 var(--helder-text), 0 2px 0 0 var(--helder-text);
    box-shadow: var(--active-frame);
    /* rounded pieces would notch the frame where they meet */
    border-radius: 0;
  }
  mark.is-active.active-start {
    box-shadow: var(--active-frame), -2px -2px 0 0 var(--helder-text), -2px 2px 0 0 var(--helder-text);
  }
  mark.is-active.active-end {
    box-shadow: var(--active-frame), 2px -2px 0 0 var(--helder-text), 2px 2px 0 0 var(--helder-text);
  }
  mark.is-active.active-start.active-end {
    box-shadow: 0 0 0 2px var(--helder-text);
  }

  .privacy svg {
    flex: none;
    width: 1rem;
    height: 1rem;
    fill: currentColor;
  }
  .privacy {
    display: flex;
    gap: 0.4rem;
    align-items: center;
    margin: 0.5rem 0 0;
    color: var(--helder-muted);
    font-size: 0.9375rem;
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    margin: 0.75rem 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.875rem;
    color: var(--helder-muted);
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.4rem;
  }
  .sample {
    display: inline-block;
    min-width: 2.25rem;
    text-align: center;
    color: var(--helder-text);
    text-decoration-color: var(--helder-text);
    text-underline-offset: 0.22em;
    text-decoration-skip-ink: none;
  }
  .sample.sev-error {
    text-decoration-line: underline;
    text-decoration-thickness: 3px;
  }
  .sample.sev-warning {
    text-decoration-line: underline;
    text-decoration-style: dashed;
    text-decoration-thickness: 2px;
  }
  .sample.sev-info {
    text-decoration-line: underline;
    text-decoration-style: dotted;
    text-decoration-thickness: 3px;
  }
  .sample.bg-lange-zin {
    background: var(--k-lange-zin-bg);
    padding: 0 0.3rem;
  }
  .sample.placeholder {
    background: var(--k-invulveld-bg);
    outline: 1px dashed var(--k-invulveld);
    padding: 0 0.3rem;
  }

  .linklike {
    font: inherit;
    color: var(--helder-accent);
    background: none;
    border: 0;
    padding: 0;
    text-decoration: underline;
    cursor: pointer;
  }

  /* ---------------------------------------------------------------- side panel */

  .panel {
    display: grid;
    gap: 1.25rem;
  }
  .box {
    padding: 1rem 1.125rem;
    border: 1px solid #d5d8dc;
    border-radius: var(--helder-radius);
    background: #fff;
  }
  .verdict {
    margin: 0.75rem 0;
    padding: 0.75rem 0.875rem;
    border-inline-start: 5px solid var(--k-lange-zin);
    background: hsl(48 100% 94%);
    font-weight: 600;
  }
  .verdict.ok {
    border-color: hsl(150 55% 26%);
    background: hsl(150 50% 94%);
  }
  .verdict.empty {
    border-color: var(--helder-line);
    background: var(--helder-soft);
    font-weight: 400;
  }
  .metrics {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.25rem 1rem;
    margin: 0;
  }
  .metrics dt {
    color: var(--helder-muted);
  }
  .metrics dd {
    margin: 0;
    font-weight: 700;
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .metrics .over {
    color: var(--k-woord);
  }
  .groups {
    display: grid;
    gap: 1rem;
    margin-top: 0.75rem;
  }
  .group h3 {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  .count {
    display: inline-block;
    min-width: 1.75rem;
    padding: 0 0.45rem;
    border-radius: 999px;
    background: var(--helder-text);
    color: #fff;
    font-size: 0.8125rem;
    text-align: center;
  }
  .swatch {
    display: inline-block;
    width: 0.875rem;
    height: 0.875rem;
    border-radius: 2px;
    background: var(--kind-color);
    flex: none;
  }
  .group ul {
    margin: 0.375rem 0 0;
    padding: 0;
    list-style: none;
  }
  .group li + li {
    border-top: 1px solid #eceef0;
  }
  /* a whole row of a side-panel list as a button: the remarks list and the Begin hier steps */
  .item,
  .step {
    width: 100%;
    padding: 0.375rem 0.25rem;
    border: 0;
    background: none;
    font: inherit;
    text-align: start;
    color: var(--helder-text);
    cursor: pointer;
  }
  .item:hover,
  .step:hover {
    background: var(--helder-soft);
  }
  .item {
    display: flex;
    gap: 0.5rem;
    justify-content: space-between;
    align-items: baseline;
  }
  .item .what {
    overflow-wrap: anywhere;
    text-decoration: underline;
    text-decoration-color: var(--kind-color);
    text-decoration-thickness: 2px;
    text-underline-offset: 0.2em;
  }
  .item .sev {
    flex: none;
    font-size: 0.8125rem;
    color: var(--helder-muted);
  }
  .item[aria-current="true"] {
    background: var(--helder-soft);
    font-weight: 700;
  }
  .empty-list {
    margin: 0.5rem 0 0;
    color: var(--helder-muted);
  }
  .error {
    margin: 0 0 0.75rem;
    padding: 0.75rem 0.875rem;
    border-inline-start: 5px solid var(--k-woord);
    background: var(--k-woord-bg);
  }
`;
