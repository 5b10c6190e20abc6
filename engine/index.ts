// The engine: text → document model → checks → findings → report. Pure TypeScript, no I/O.
import { createLexiconCheck } from "./lexicon/lexicon-check.ts";
import type { CompiledPattern } from "./lexicon/pattern.ts";
import type { LexiconEntry } from "./lexicon/schema.ts";
import { sentenceLengthCheck } from "./checks/sentence-length.ts";
import { createSafetyGate, wordLevelRules } from "./safety/gate.ts";
import { createPlainWordTest } from "./safety/plain-words.ts";
import { buildDocument } from "./text/document.ts";
import { startText } from "./text/word-numbers.ts";
import { quotedSpans } from "./text/quoted-mail.ts";
import { combineParts, partStarts, reportPart } from "./report.ts";
import type { WordFrequencies } from "./checks/data/wordfreq.ts";
import { createWordJudge } from "./level.ts";
import { SpanIndex } from "./spans.ts";
import { canonicalFinding } from "./finding-shape.ts";
import { defaultCheckOptions, type Check, type CheckOptions, type CheckReport, type DocumentModel, type Finding } from "./types.ts";

export type * from "./types.ts";
export { buildDocument } from "./text/document.ts";

export type { HelderReport, PlaceholderSpan } from "./report.ts";
import type { HelderReport } from "./report.ts";

export interface CheckerConfig {
  lexicon: LexiconEntry[];
  /** Extra checks (passive voice, hard words, …), run after the lexicon and sentence length. */
  checks?: Check[];
  options?: Partial<CheckOptions>;
  /** Word frequencies for the level's share of rare words (engine/level.ts); without them only long words count. */
  wordFrequencies?: WordFrequencies;
  /** The lexicon's patterns compiled before (compileLexiconPatterns), so they need not be compiled again. */
  lexiconPatterns?: CompiledPattern[];
}

export interface Checker {
  check(text: string, options?: Partial<CheckOptions>): HelderReport;
  /**
   * Runs `work` (the checks of one user's folder of templates in one run, or the rounds of one rewrite) with the
   * safety gate's re-checks kept between its texts, as they share their phrases; `work` may return a promise.
   * Outside it a check keeps nothing of its text afterwards.
   */
  sharingPhrases<T>(work: () => T): T;
}

const severityRank = { error: 0, warning: 1, info: 2 } as const;

function isDisabled(id: string, disable: string[]): boolean {
  return disable.some((d) => (d.endsWith("/") ? id.startsWith(d) : id === d));
}

const sentenceLevel = new Set(["sentence-length", "passive", "nominal-style", "letter-structure"]);

/**
 * Keeps findings whose offsets are valid, outside placeholders and quoted mail, and not inside a word-level finding of an
 * earlier check (earlier checks are more specific: the lexicon before hard words and abbreviations).
 */
function mergeFindings(doc: DocumentModel, perCheck: Finding[][], disable: string[]): Finding[] {
  // placeholders, and the quoted message of an e-mail reply (someone else's words)
  const placeholders = new SpanIndex([...doc.tokens.filter((t) => t.kind === "placeholder"), ...quotedSpans(doc.text)]);
  const out: Finding[] = [];
  const wordLevelEarlier: Finding[] = [];
  let wordLevelBefore = new SpanIndex([]);
  let indexed = 0; // how many of wordLevelEarlier the index holds: it is rebuilt only when a check added some
  for (const findings of perCheck) {
    if (indexed !== wordLevelEarlier.length) {
      wordLevelBefore = new SpanIndex(wordLevelEarlier);
      indexed = wordLevelEarlier.length;
    }
    for (const f of findings) {
      if (!Number.isInteger(f.start) || !Number.isInteger(f.end) || f.start < 0 || f.end > doc.text.length || f.start >= f.end) continue;
      if (doc.text.slice(f.start, f.end) !== f.text) continue;
      if (isDisabled(f.id, disable) || placeholders.covers(f.start, f.end)) continue;
      if (!sentenceLevel.has(f.rule) && wordLevelBefore.covers(f.start, f.end)) continue;
      out.push(canonicalFinding(f));
    }
    for (const f of findings) if (!sentenceLevel.has(f.rule)) wordLevelEarlier.push(f);
  }
  out.sort((a, b) => a.start - b.start || a.end - b.end || severityRank[a.severity] - severityRank[b.severity] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return withoutSecondSource(out);
}

/**
 * The lexicon (category afkorting) and the abbreviation check both know abbreviations such as Wmo and OTS.
 * Once one of them has flagged an abbreviation, the other one does not flag it again later in the text.
 */
function withoutSecondSource(sorted: Finding[]): Finding[] {
  const sourceOf = new Map<string, string>();
  return sorted.filter((f) => {
    const source = f.rule === "abbreviation" ? "abbreviation" : f.category === "afkorting" ? "lexicon" : undefined;
    if (!source) return true;
    const key = f.text.toLowerCase().replace(/['’]s$/, "");
    const first = sourceOf.get(key);
    if (first === undefined) sourceOf.set(key, source);
    return first === undefined || first === source;
  });
}

export function createChecker(config: CheckerConfig): Checker {
  const checks: Check[] = [createLexiconCheck(config.lexicon, config.lexiconPatterns), sentenceLengthCheck, ...(config.checks ?? [])];
  const base = { ...defaultCheckOptions, ...config.options };
  const firstOnlyIds = new Set(config.lexicon.filter((e) => e.firstOnly).map((e) => `lexicon/${e.id}`));
  const findingsOf = (doc: DocumentModel, options: CheckOptions) => mergeFindings(doc, checks.map((c) => c.run(doc, options)), options.disable);
  // the gate re-checks the words around a replacement with the word checks and the default options, without
  // gating again (sentence length and passive do not change with one word)
  const wordChecks = checks.filter((c) => wordLevelRules.has(c.rule));
  let sharing = 0; // how many sharingPhrases calls are running
  const gate = createSafetyGate(
    (window) => {
      const doc = buildDocument(window);
      return mergeFindings(doc, wordChecks.map((c) => c.run(doc, base)), []);
    },
    createPlainWordTest(config.lexicon, config.wordFrequencies),
    () => sharing > 0,
  );
  const judge = createWordJudge(config.wordFrequencies);
  const checkPart = (text: string, options: CheckOptions) => {
    const doc = buildDocument(text);
    return reportPart(doc, gate(doc, findingsOf(doc, options)), judge);
  };
  return {
    sharingPhrases(work) {
      sharing++;
      const done = () => {
        if (--sharing === 0) gate.forget();
      };
      let result;
      try {
        result = work();
      } catch (error) {
        done();
        throw error;
      }
      if (result instanceof Promise) return result.finally(done) as typeof result;
      done();
      return result;
    },
    check(text, override) {
      startText();
      const options: CheckOptions = { ...base, ...override };
      const starts = partStarts(text);
      if (starts.length === 1) return combineParts(text, [{ offset: 0, part: checkPart(text, options) }], firstOnlyIds);
      return combineParts(
        text,
        starts.map((offset, i) => ({ offset, part: checkPart(text.slice(offset, starts[i + 1] ?? text.length), options) })),
        firstOnlyIds,
      );
    },
  };
}
