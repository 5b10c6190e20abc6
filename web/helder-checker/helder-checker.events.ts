// The events <helder-checker> sends; they bubble and cross the shadow DOM.
import type { Finding, HelderReport } from "../report-types.ts";

export interface HelderChangeDetail {
  /** The whole text as it is now. */
  value: string;
}

export interface HelderFindingsDetail {
  /** The findings shown now (ignored ones left out), sorted by start. */
  findings: Finding[];
  report: HelderReport;
}

export type HelderChangeEvent = CustomEvent<HelderChangeDetail>;
export type HelderFindingsEvent = CustomEvent<HelderFindingsDetail>;
