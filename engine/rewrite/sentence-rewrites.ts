// Rewrites one sentence with the rules of rewrites/*.yaml (compiled in ./rules.ts): the safe rewrite (only safe
// rules) and, when an unsafe rule also applies, a proposal with all rules.
import { extractFacts } from "../facts/extract.ts";
import { conditionsHold, firstCase, type RewriteRule } from "./rules.ts";

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
  const found = firstCase(rule, text);
  if (!found) return undefined;
  const { m, replacement } = found;
  const out = text.slice(0, m.index) + replacement + text.slice(m.index + m[0].length);
  if (out === text) return undefined;
  return { text: out.replace(/ {2,}/g, " "), safe: typeof rule.safe === "boolean" ? rule.safe : conditionsHold(rule.safe, m) };
}

/** The facts (amounts, dates, placeholders …) of a sentence, as a sorted list of keys. */
function factKeys(text: string): string {
  return extractFacts(text).map((f) => f.key).sort().join("\n");
}

function run(rules: readonly RewriteRule[], sentence: string, words: number, includeUnsafe: boolean): SentenceRewrite {
  let text = sentence;
  const applied: string[] = [];
  const notes: string[] = [];
  let safe = true;
  for (const rule of rules) {
    if (rule.minWords !== undefined && words < rule.minWords) continue;
    const r = applyRule(rule, text);
    if (!r || (!r.safe && !includeUnsafe)) continue;
    text = r.text;
    applied.push(rule.id);
    if (!notes.includes(rule.note)) notes.push(rule.note);
    safe &&= r.safe;
  }
  return { text, rules: applied, safe, notes };
}

/**
 * The rewrites of one sentence: at most two, the safe one first. A rewrite that loses or changes a fact
 * (an amount, a date, a placeholder …) is never safe.
 */
export function rewriteSentence(rules: readonly RewriteRule[], sentence: string, words = sentence.split(/\s+/).length): SentenceRewrite[] {
  if (sentence.length > maxSentenceChars) return [];
  const out: SentenceRewrite[] = [];
  const safe = run(rules, sentence, words, false);
  const all = run(rules, sentence, words, true);
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
