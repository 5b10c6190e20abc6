// The box with own words and rules switched off, in the side panel.
import { css } from "lit";

export const ownChoicesStyles = css`
  .own-choices h3 {
    margin: 0.75rem 0 0.25rem;
    font-size: 1rem;
  }
  .own-intro,
  .own-help {
    margin: 0.5rem 0;
    font-size: 0.9375rem;
    color: var(--helder-muted);
  }
  .own-choices ul {
    margin: 0 0 0.75rem;
    padding: 0;
    list-style: none;
  }
  .own-choices li {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.25rem 0.75rem;
    padding: 0.25rem 0;
    border-bottom: 1px solid #e3e5e8;
    overflow-wrap: anywhere;
  }
  .own-choices .linklike {
    min-height: 24px;
  }
`;
