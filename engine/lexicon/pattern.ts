// Compiles and matches the lexicon's pattern language (docs/lexicon-format.md).
import type { Token } from "../types.ts";
import { tokenize } from "../text/tokenize.ts";
import { ByWordNumber } from "../text/word-numbers.ts";

/**
 * One element of a pattern. Every kind has all fields (unused ones empty), so all elements share one object shape:
 * the matcher then reads them with one fast property access instead of one per kind.
 */
export interface Element {
  kind: "word" | "prefix" | "gap" | "infinitive";
  /** word: the words that match (lower case). */
  values: string[];
  /** word: the values' numbers in a WordIds table, set by whoever matches with numbers (the lexicon check). */
  ids: number[] | undefined;
  /** prefix: the start a word must have. */
  prefix: string;
  /** word and prefix: may be left out. */
  optional: boolean;
  /** gap: at most this many words. */
  max: number;
}

const element = (kind: Element["kind"], fields: Partial<Element>): Element => ({
  kind,
  values: fields.values ?? [],
  ids: undefined,
  prefix: fields.prefix ?? "",
  optional: fields.optional ?? false,
  max: fields.max ?? 0,
});

export interface CompiledPattern {
  source: string;
  elements: Element[];
  /** "^" at the start: only at the start of a sentence; "!^": never there. */
  anchored: "start" | "not-start" | undefined;
  /** Word sets after the first element that must all occur within `maxSpan` tokens for the pattern to match. */
  required: string[][];
  /** The most tokens a match can cover. */
  maxSpan: number;
  hasGap: boolean;
  hasCapture: boolean;
}

export class PatternError extends Error {}

const normalize = (s: string) => s.toLowerCase().replace(/’/g, "'");
const shortInfinitives = new Set(["zijn", "gaan", "doen", "staan", "slaan", "zien"]);

// A word of lower-case letters is one token as it is: no need to run the tokenizer (5,500 patterns at start-up).
const PLAIN_WORD = /^[a-zß-öø-ÿ]+$/;

function literalTokens(word: string, source: string): string[] {
  if (PLAIN_WORD.test(word)) return [word];
  const tokens = tokenize(word).filter((t) => t.kind !== "newline");
  if (tokens.length === 0) throw new PatternError(`patroon "${source}": leeg woord`);
  return tokens.map((t) => normalize(t.text));
}

export function compilePattern(source: string): CompiledPattern {
  const elements: Element[] = [];
  const words = source.trim().split(/\s+/);
  const anchored = words[0] === "^" ? "start" : words[0] === "!^" ? "not-start" : undefined;
  if (anchored) words.shift();
  for (const raw of words) {
    if (/^(…|\.\.\.)\d*$/.test(raw)) {
      const max = Number(raw.replace(/^(…|\.\.\.)/, "") || 6);
      if (max < 1 || max > 12) throw new PatternError(`patroon "${source}": een gap is 1 tot 12 woorden`);
      elements.push(element("gap", { max }));
      continue;
    }
    if (raw === "{INF}") {
      elements.push(element("infinitive", {}));
      continue;
    }
    const optional = raw.length > 2 && raw.startsWith("(") && raw.endsWith(")");
    const body = optional ? raw.slice(1, -1) : raw;
    if (body.length > 1 && body.endsWith("*")) {
      if (body.length < 4) throw new PatternError(`patroon "${source}": "${body}" is te kort; een voorvoegsel heeft minstens drie letters`);
      elements.push(element("prefix", { prefix: normalize(body.slice(0, -1)), optional }));
      continue;
    }
    if (body.includes("|")) {
      const values = body.split("|").map((alt) => {
        const t = literalTokens(alt, source);
        if (t.length !== 1) throw new PatternError(`patroon "${source}": "${alt}" moet één woord zijn`);
        return t[0]!;
      });
      elements.push(element("word", { values, optional }));
      continue;
    }
    const parts = literalTokens(body, source);
    if (optional && parts.length > 1) throw new PatternError(`patroon "${source}": "(${body})" moet één woord zijn`);
    for (const p of parts) elements.push(element("word", { values: [p], optional }));
  }
  const head = elements[0];
  if (!head || (head.kind !== "word" && head.kind !== "prefix") || head.optional)
    throw new PatternError(`patroon "${source}": begin met een woord`);
  if (elements.filter((e) => e.kind === "gap").length > 2) throw new PatternError(`patroon "${source}": hoogstens twee gaps`);
  const last = elements[elements.length - 1]!;
  if (last.kind === "gap") throw new PatternError(`patroon "${source}": eindig niet met een gap`);
  return {
    source,
    elements,
    anchored,
    required: elements.slice(1).flatMap((e) => (e.kind === "word" && !e.optional ? [e.values] : [])),
    maxSpan: elements.reduce((n, e) => n + (e.kind === "gap" ? e.max : 1), 0),
    hasGap: elements.some((e) => e.kind === "gap"),
    hasCapture: elements.some((e) => e.kind === "gap" || e.kind === "infinitive"),
  };
}

export interface PatternMatch {
  /** Token indices into the sentence's token array: [start, end). */
  start: number;
  end: number;
  /** Captured token ranges for gaps and classes, in pattern order. */
  captures: [number, number][];
}

/**
 * Numbers for the words of a set of patterns, so a token's word is looked up once and then compared as a number
 * (a pattern word is tried at many tokens). A token whose word no pattern has gets NO_WORD; a placeholder gets
 * PLACEHOLDER, which matches nothing.
 */
export class WordIds {
  static readonly NO_WORD = -1;
  static readonly PLACEHOLDER = -2;
  private ids = new Map<string, number>();
  /** Gives the word elements of the patterns their numbers. */
  register(patterns: CompiledPattern[]): void {
    for (const p of patterns)
      for (const el of p.elements)
        if (el.kind === "word")
          el.ids = el.values.map((v) => {
            let id = this.ids.get(v);
            if (id === undefined) this.ids.set(v, (id = this.ids.size));
            return id;
          });
  }
  get size(): number {
    return this.ids.size;
  }
  idOf(word: string): number {
    return this.ids.get(word) ?? WordIds.NO_WORD;
  }
  private scratch = new Int32Array(64);
  /**
   * The numbers of a sentence's tokens, by their quote-normalised lower-case words (`norm`, or the tokens' own
   * lower-case words when no token has a curly apostrophe). The array is reused by the next call.
   */
  idsOf(tokens: Token[], norm: string[] | undefined): Int32Array {
    if (this.scratch.length < tokens.length) this.scratch = new Int32Array(Math.max(tokens.length, 2 * this.scratch.length));
    const out = this.scratch.subarray(0, tokens.length);
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      out[k] = t.kind === "placeholder" ? WordIds.PLACEHOLDER : norm ? this.idOf(norm[k]!) : this.idOfToken(t);
    }
    return out;
  }
  /** By the token's word number: a look-up in an array once the word has been seen. */
  private byNumber = new ByWordNumber<number>();
  private idOfToken(t: Token): number {
    let id = this.byNumber.get(t.word);
    if (id === undefined) this.byNumber.set(t.word, (id = this.idOf(t.lower)));
    return id;
  }
}

function tokenMatches(el: Element, t: Token, id: number): boolean {
  if (t.kind === "placeholder") return false;
  if (el.kind === "word" && el.ids) return id >= 0 && el.ids.includes(id);
  const lower = t.lower.includes("’") ? t.lower.replace(/’/g, "'") : t.lower;
  switch (el.kind) {
    case "word":
      return el.values.includes(lower);
    case "prefix":
      return lower.startsWith(el.prefix) && t.kind === "word";
    case "infinitive":
      return t.kind === "word" && (shortInfinitives.has(lower) || (lower.length > 3 && /\p{L}en$/u.test(lower)));
    case "gap":
      return true;
  }
}

// Captures are collected in one scratch list and copied only for a match: most tries fail, and they allocate nothing.
const scratch: [number, number][] = [];

/**
 * Matches `pattern` at token `at` of `tokens` (one sentence). Gaps are lazy: the shortest match wins. `ids` are the
 * tokens' numbers (WordIds.idsOf), used when the pattern's words have numbers (WordIds.register).
 */
export function matchAt(pattern: CompiledPattern, tokens: Token[], at: number, ids: Int32Array): PatternMatch | null {
  scratch.length = 0;
  const end = step(pattern.elements, tokens, ids, scratch, 0, at);
  return end < 0 ? null : { start: at, end, captures: scratch.map(([a, b]) => [a, b]) };
}

// A plain recursive function (no closure per call): this runs for every candidate token of every sentence.
function step(els: Element[], tokens: Token[], ids: Int32Array, captures: [number, number][], ei: number, ti: number): number {
  if (ei === els.length) return ti;
  const el = els[ei]!;
  if (el.kind === "gap") {
    for (let len = 0; len <= el.max && ti + len <= tokens.length; len++) {
      captures.push([ti, ti + len]); // only gap tries allocate; a pattern has at most two gaps
      const end = step(els, tokens, ids, captures, ei + 1, ti + len);
      if (end >= 0) return end;
      captures.pop();
    }
    return -1;
  }
  const t = tokens[ti];
  if (t && tokenMatches(el, t, ids[ti]!)) {
    if (el.kind === "infinitive") captures.push([ti, ti + 1]);
    const end = step(els, tokens, ids, captures, ei + 1, ti + 1);
    if (end >= 0) return end;
    if (el.kind === "infinitive") captures.pop();
  }
  if ((el.kind === "word" || el.kind === "prefix") && el.optional) return step(els, tokens, ids, captures, ei + 1, ti);
  return -1;
}
