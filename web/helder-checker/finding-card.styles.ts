// The card under an open finding, and the rewritten sentence in it.
import { css } from "lit";

export const findingCardStyles = css`
  .card {
    position: absolute;
    z-index: 10;
    top: 0;
    left: 0;
    width: min(26rem, 100%);
    padding: 1rem 1.125rem;
    border: 1px solid var(--helder-line);
    border-top: 4px solid var(--kind-color, var(--helder-accent));
    border-radius: var(--helder-radius);
    background: #fff;
    box-shadow: 0 8px 24px rgb(0 0 0 / 18%), 0 1px 3px rgb(0 0 0 / 12%);
  }
  .card .kind {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    margin: 0 0 0.25rem;
    font-size: 0.875rem;
    font-weight: 700;
    color: var(--helder-muted);
  }
  .card h3 {
    font-size: 1.0625rem;
    overflow-wrap: anywhere;
  }
  .card .message {
    margin: 0.5rem 0 0.75rem;
  }
  .card .suggestions {
    display: grid;
    gap: 0.5rem;
    margin: 0 0 0.75rem;
    padding: 0;
    list-style: none;
  }
  .card .proposal {
    margin: 0 0 0.5rem;
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--helder-accent);
    background: var(--helder-soft);
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .card .note {
    display: block;
    margin-top: 0.25rem;
    font-size: 0.875rem;
    color: var(--helder-muted);
  }
  .card .confirm {
    margin: 0 0 0.5rem;
    font-weight: 700;
  }
  .card .also {
    margin: 0 0 0.75rem;
    font-size: 0.9375rem;
  }
  .card .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    border-top: 1px solid #d5d8dc;
    padding-top: 0.75rem;
  }
  .card .sentence-offer {
    margin: 0 0 0.75rem;
    padding-top: 0.75rem;
    border-top: 1px solid #d5d8dc;
  }
  .card .sentence-offer h3 {
    margin: 0 0 0.5rem;
    font-size: 1rem;
  }
  .card .offer-facts {
    margin: 0 0 0.5rem;
    padding: 0.375rem 0.625rem;
    border-inline-start: 4px solid hsl(150 55% 26%);
    background: hsl(150 50% 94%);
    font-size: 0.9375rem;
    font-weight: 600;
  }
  .card .offer-facts.warn {
    border-color: var(--k-woord, hsl(4 72% 40%));
    background: var(--k-woord-bg, hsl(4 90% 95%));
  }
  .card .offer-problems {
    margin: 0 0 0.5rem;
    padding-inline-start: 1.25rem;
    font-size: 0.9375rem;
  }
`;
