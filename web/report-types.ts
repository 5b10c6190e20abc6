// The report as the web component receives it from POST /api/check.
import type { CheckReport, Finding, Severity, Suggestion } from "../engine/types.ts";

export type { CheckReport, Finding, Severity, Suggestion };

/** A placeholder such as ACHTERNAAM or {naam}: left alone, shown as a placeholder. */
export interface PlaceholderSpan {
  start: number;
  end: number;
  text: string;
}

/** The report contract, plus the optional placeholder spans the server may send. */
export type HelderReport = CheckReport & { placeholders?: PlaceholderSpan[] };

export interface Span {
  start: number;
  end: number;
}
