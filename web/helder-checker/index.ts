// Registers <helder-checker>. Import this module (or load /helder-checker.js) to use the element.
import { HelderChecker, type HelderChangeEvent, type HelderFindingsEvent } from "./helder-checker.component.ts";

export { HelderChecker };
export type { HelderChangeDetail, HelderChangeEvent, HelderFindingsDetail, HelderFindingsEvent } from "./helder-checker.component.ts";
export type { Finding, HelderReport, PlaceholderSpan, Suggestion } from "../report-types.ts";

if (!customElements.get("helder-checker")) customElements.define("helder-checker", HelderChecker);

declare global {
  interface HTMLElementTagNameMap {
    "helder-checker": HelderChecker;
  }
  interface HTMLElementEventMap {
    "helder-change": HelderChangeEvent;
    "helder-findings": HelderFindingsEvent;
  }
}
