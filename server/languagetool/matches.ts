// Helder findings as LanguageTool matches (docs/integrations.md has the table).
import type { HelderReport } from "../../engine/report.ts";
import type { Finding } from "../../engine/types.ts";

export interface LtCategory {
  id: string;
  name: string;
  issueType: string;
}

/** Helder's category (lexicon and abbreviations) or rule (the other checks) → LanguageTool's category. */
const categories: Record<string, LtCategory> = {
  ambtelijk: { id: "HELDER_AMBTELIJK", name: "Ambtelijke taal", issueType: "style" },
  formeel: { id: "HELDER_FORMEEL", name: "Formele woorden", issueType: "register" },
  omslachtig: { id: "HELDER_OMSLACHTIG", name: "Omslachtig", issueType: "style" },
  juridisch: { id: "HELDER_JURIDISCH", name: "Juridische taal", issueType: "style" },
  vaktaal: { id: "HELDER_VAKTAAL", name: "Vaktaal zonder uitleg", issueType: "style" },
  afkorting: { id: "HELDER_AFKORTING", name: "Afkortingen", issueType: "style" },
  toon: { id: "HELDER_TOON", name: "Toon", issueType: "register" },
  "sentence-length": { id: "HELDER_LANGE_ZINNEN", name: "Lange zinnen", issueType: "style" },
  passive: { id: "HELDER_LIJDENDE_VORM", name: "Wie doet het?", issueType: "style" },
  "nominal-style": { id: "HELDER_NAAMWOORDSTIJL", name: "Werkwoord verstopt in een zelfstandig naamwoord", issueType: "style" },
  "hard-word": { id: "HELDER_MOEILIJKE_WOORDEN", name: "Lange en zeldzame woorden", issueType: "style" },
  "letter-structure": { id: "HELDER_BRIEF", name: "Wat de brief moet zeggen", issueType: "other" },
};
const other: LtCategory = { id: "HELDER_OVERIG", name: "Overig", issueType: "style" };

export function categoryOf(f: Finding): LtCategory {
  return (f.category && categories[f.category]) || categories[f.rule] || other;
}

export const allCategories = [...Object.values(categories), other];

const CONTEXT_CHARS = 40;

function context(text: string, start: number, end: number) {
  const from = Math.max(0, start - CONTEXT_CHARS);
  const to = Math.min(text.length, end + CONTEXT_CHARS);
  const before = (from > 0 ? "..." : "") + text.slice(from, start);
  return { text: `${before}${text.slice(start, to)}${to < text.length ? "..." : ""}`.replace(/[\r\n\t]/g, " "), offset: before.length, length: end - start };
}

export interface MatchFilter {
  /** Include tips (severity info): LanguageTool's level "picky". */
  picky: boolean;
  enabledOnly: boolean;
  enabledRules: Set<string>;
  disabledRules: Set<string>;
  enabledCategories: Set<string>;
  disabledCategories: Set<string>;
}

function wanted(f: Finding, category: LtCategory, filter: MatchFilter): boolean {
  if (filter.enabledOnly) return filter.enabledRules.has(f.id) || filter.enabledCategories.has(category.id);
  if (filter.disabledRules.has(f.id) || filter.disabledCategories.has(category.id)) return false;
  if (filter.enabledRules.has(f.id) || filter.enabledCategories.has(category.id)) return true;
  return f.severity !== "info" || filter.picky;
}

/**
 * The matches for a report on the plain text; `toDocument` maps plain offsets to the client's document
 * (identity for `text`). Only safe suggestions on the match's own span become replacements: a client applies a
 * replacement with one click and no questions.
 */
export function toMatches(plain: string, report: HelderReport, filter: MatchFilter, toDocument: (offset: number, asEnd?: boolean) => number) {
  const sentences = report.sentences;
  let si = 0;
  const out = [];
  for (const f of report.findings) {
    const category = categoryOf(f);
    if (!wanted(f, category, filter)) continue;
    while (si + 1 < sentences.length && sentences[si + 1]!.start <= f.start) si++;
    const sentence = sentences[si] && sentences[si]!.start <= f.start ? plain.slice(sentences[si]!.start, Math.max(sentences[si]!.end, f.end)) : plain.slice(f.start, f.end);
    const replacements = f.suggestions
      .filter((s) => s.safe && (s.start ?? f.start) === f.start && (s.end ?? f.end) === f.end)
      .map((s) => ({ value: s.replacement }));
    const start = toDocument(f.start);
    const end = toDocument(f.end, true);
    out.push({
      message: f.message,
      shortMessage: category.name,
      replacements,
      offset: start,
      length: Math.max(0, end - start),
      context: context(plain, f.start, f.end),
      sentence,
      type: { typeName: f.severity === "info" ? "Hint" : "Other" },
      rule: {
        id: f.id,
        description: `${category.name}: ${f.text.length > 40 ? `${f.text.slice(0, 40)}…` : f.text}`,
        issueType: category.issueType,
        category: { id: category.id, name: category.name },
      },
      ignoreForIncompleteSentence: false,
      contextForSureMatch: 0,
    });
  }
  return out;
}
