// Rewrites one sentence with the rules in engine/checks/data/rewrites.ts: the safe rewrite (only safe rules)
// and, when an unsafe rule also applies, a proposal with all rules.
import { extractFacts } from "../facts/extract.ts";
import { rewriteRules, type RewriteRule } from "../checks/data/rewrites.ts";

export interface SentenceRewrite {
  text: string;
  /** Ids of the rules that changed the sentence, in order. */
  rules: string[];
  safe: boolean;
  notes: string[];
}

/** Sentences longer than this are left alone: it keeps the cost of the regexes per sentence bounded. */
export const maxSentenceChars = 400;

function applyRule(rule: RewriteRule, text: string): { text: string; safe: boolean } | undefined {
  rule.pattern.lastIndex = 0;
  const m = rule.pattern.exec(text);
  if (!m) return undefined;
  const replacement = rule.replace(m);
  if (replacement === undefined) return undefined;
  const out = text.slice(0, m.index) + replacement + text.slice(m.index + m[0].length);
  if (out === text) return undefined;
  return { text: out.replace(/ {2,}/g, " "), safe: typeof rule.safe === "function" ? rule.safe(m) : rule.safe };
}

/** The facts (amounts, dates, placeholders …) of a sentence, as a sorted list of keys. */
function factKeys(text: string): string {
  return extractFacts(text).map((f) => f.key).sort().join("\n");
}

function run(sentence: string, words: number, includeUnsafe: boolean): SentenceRewrite {
  let text = sentence;
  const rules: string[] = [];
  const notes: string[] = [];
  let safe = true;
  for (const rule of rewriteRules) {
    if (rule.minWords !== undefined && words < rule.minWords) continue;
    const r = applyRule(rule, text);
    if (!r || (!r.safe && !includeUnsafe)) continue;
    text = r.text;
    rules.push(rule.id);
    if (!notes.includes(rule.note)) notes.push(rule.note);
    safe &&= r.safe;
  }
  return { text, rules, safe, notes };
}

/**
 * The rewrites of one sentence: at most two, the safe one first. A rewrite that loses or changes a fact
 * (an amount, a date, a placeholder …) is never safe.
 */
export function rewriteSentence(sentence: string, words = sentence.split(/\s+/).length): SentenceRewrite[] {
  if (sentence.length > maxSentenceChars) return [];
  const out: SentenceRewrite[] = [];
  const safe = run(sentence, words, false);
  const all = run(sentence, words, true);
  const facts = factKeys(sentence);
  for (const r of [safe, all]) {
    if (r.rules.length === 0 || out.some((o) => o.text === r.text)) continue;
    if (r.safe && factKeys(r.text) !== facts) {
      r.safe = false;
      r.notes.push("Let op: er is een bedrag, datum of naam veranderd. Kijk dat goed na.");
    }
    out.push(r);
  }
  return out;
}
