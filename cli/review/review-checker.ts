// The checker a review uses. Without a config it is `helder check`'s own checker, so a file's report is the
// report `check` gives. With a config: the organisation's words join the lexicon, thresholds and disabled ids
// go to the engine, and kept terms and disabled categories are taken out of the findings afterwards.
import { suggestionsInJeForm } from "./address.ts";
import { createChecker, type CheckOptions, type Checker, type Finding, type HelderReport } from "../../engine/index.ts";
import { defaultChecker } from "../../server/default-checker.ts";
import type { ReviewConfig } from "./config.ts";
import { reviewMessages } from "./messages.ts";
import { wordRules } from "./word-rules.ts";

export interface ReviewChecker {
  check(text: string): HelderReport;
  sharingPhrases<T>(work: () => T): T;
}


const overlaps = (a: Finding, b: Finding) => a.start < b.end && b.start < a.end;

/**
 * The organisation's words are a lexicon of their own, checked beside Helder's checker rather than built into a
 * copy of it: the default checker stays the one `helder check` uses, whatever checks it gets. An own word wins
 * over a finding of Helder's word checks on the same words, as the lexicon wins over the hard-word check.
 */
function withOwnWords(config: ReviewConfig): (text: string, report: HelderReport, options: Partial<CheckOptions>) => HelderReport {
  if (config.words.length === 0) return (_, report) => report;
  const own: Checker = createChecker({ lexicon: config.words, checks: [] });
  const ids = new Set(config.words.map((w) => `lexicon/${w.id}`));
  return (text, report, options) => {
    const found = own.check(text, options).findings.filter((f) => ids.has(f.id));
    if (found.length === 0) return report;
    const kept = report.findings.filter((f) => !wordRules.has(f.rule) || !found.some((o) => overlaps(o, f)));
    return { ...report, findings: [...kept, ...found].sort((a, b) => a.start - b.start || a.end - b.end) };
  };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Where a kept term occurs: whole words, any case, any white space between its words. */
function occurrences(text: string, term: string): [number, number][] {
  const pattern = term.trim().split(/\s+/).map(escapeRegExp).join("\\s+");
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, "giu");
  return [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length]);
}

function keepFinding(text: string, term: string, explanation: string, [start, end]: [number, number]): Finding {
  return {
    id: "keep/uitleg",
    rule: "keep",
    category: "vaktaal",
    severity: "info",
    start,
    end,
    text: text.slice(start, end),
    message: `${reviewMessages.keepExplain} '${explanation}'.`,
    suggestions: [],
  };
}

export function applyConfig(text: string, report: HelderReport, config: ReviewConfig): HelderReport {
  const categoryOff = new Set(config.disable.filter((d) => d.kind === "category").map((d) => d.match));
  const idOff = config.disable.filter((d) => d.kind === "id").map((d) => d.match);
  const kept = config.keep.map((k) => ({ ...k, spans: occurrences(text, k.term) })).filter((k) => k.spans.length > 0);
  const inKept = (f: Finding) => wordRules.has(f.rule) && kept.some((k) => k.spans.some(([s, e]) => f.start < e && s < f.end));
  const findings = report.findings.filter(
    (f) => !(f.category !== undefined && categoryOff.has(f.category)) && !idOff.some((d) => f.rule === d || f.id === d) && !inKept(f),
  );
  for (const k of kept) {
    // explained once, unless the text already gives the agreed explanation
    if (k.explanation && occurrences(text, k.explanation).length === 0) findings.push(keepFinding(text, k.term, k.explanation, k.spans[0]!));
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  return { ...report, findings: config.address === "je" ? findings.map(suggestionsInJeForm) : findings };
}

/** The options a config gives the engine, with a request's own options on top (its thresholds win, disabled ids add up). */
export function configOptions(config: ReviewConfig, options: Partial<CheckOptions> = {}): Partial<CheckOptions> {
  return {
    ...(config.sentenceWarnWords !== undefined ? { sentenceWarnWords: config.sentenceWarnWords } : {}),
    ...(config.sentenceErrorWords !== undefined ? { sentenceErrorWords: config.sentenceErrorWords } : {}),
    ...options,
    disable: [...config.disable.filter((d) => d.kind === "id").flatMap((d) => [d.match, `${d.match}/`]), ...(options.disable ?? [])],
  };
}

/** A checker with an organisation's settings on top of `base`; what else `base` carries (its sentence rewrites) stays. */
export function withConfig<C extends Checker>(base: C, config: ReviewConfig): C {
  const ownWords = withOwnWords(config);
  return {
    ...base,
    check: (text: string, options?: Partial<CheckOptions>) => {
      const merged = configOptions(config, options);
      return applyConfig(text, ownWords(text, base.check(text, merged), merged), config);
    },
  };
}

export function createReviewChecker(config?: ReviewConfig): ReviewChecker {
  const checker = defaultChecker();
  return config ? withConfig(checker, config) : checker;
}
