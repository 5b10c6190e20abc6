// Placeholders come from the server (report.placeholders). Older servers do not send them;
// then this small fallback finds the usual forms so they are still shown as placeholders.
import type { HelderReport, PlaceholderSpan } from "./report-types.ts";

// {naam}, [datum], «veld», %naam%, and runs of capitals of 4+ letters (ACHTERNAAM, DATUM ONDERTEKENING).
// Bounded quantifiers keep the cost linear.
const PLACEHOLDER = /\{[^{}\n]{1,60}\}|\[[^[\]\n]{1,60}\]|«[^«»\n]{1,60}»|%[A-Za-z_]{1,40}%|\b[A-Z]{4,40}(?: [A-Z]{4,40}){0,4}\b/g;

export function detectPlaceholders(text: string): PlaceholderSpan[] {
  const found: PlaceholderSpan[] = [];
  for (const match of text.matchAll(PLACEHOLDER)) {
    found.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return found;
}

export function placeholdersOf(report: HelderReport, text: string): PlaceholderSpan[] {
  return report.placeholders ?? detectPlaceholders(text);
}
