// The report as the web component receives it from POST /api/check.
import type { CheckReport, Finding, Severity, Suggestion } from "../engine/types.ts";
import type { TextLevel } from "../engine/level.ts";

export type { CheckReport, Finding, Severity, Suggestion };

/** A placeholder such as ACHTERNAAM or {naam}: left alone, shown as a placeholder. */
export interface PlaceholderSpan {
  start: number;
  end: number;
  text: string;
}

/** The report contract, plus the optional placeholder spans and level the server may send. */
export type HelderReport = CheckReport & { placeholders?: PlaceholderSpan[]; level?: TextLevel };

export interface Span {
  start: number;
  end: number;
}
