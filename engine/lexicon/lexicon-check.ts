// The lexicon check: finds lexicon entries in each sentence and turns them into findings.
import { sentenceTokens } from "../text/document.ts";
import type { Check, DocumentModel, Finding, Suggestion, Token } from "../types.ts";
import { definesTerm, definesWithNext, describesTerm, explainedInBrackets, explainsPrevious, explainsShortName, isWhatIsQuestion, namedInBrackets, nextInParagraph, shortNameAfter } from "../checks/explanations.ts";
import { letterFrame } from "../checks/letter-frame.ts";
import { compilePattern, matchAt, WordIds, type CompiledPattern } from "./pattern.ts";
import type { LexiconAlternative, LexiconEntry } from "./schema.ts";

interface CompiledRule {
  /** Position in the lexicon: of two matches on the same span, the earlier rule wins. */
  order: number;
  entry: LexiconEntry;
  pattern: CompiledPattern;
  alternatives: LexiconAlternative[];
  /** The numbers (WordIds) of pattern.required. */
  requiredIds: number[][];
}

interface RawMatch {
  rule: CompiledRule;
  sentence: number;
  tokens: Token[];
  start: number;
  end: number;
  captures: [number, number][];
}

const normalizeQuote = (lower: string) => (lower.includes("’") ? lower.replace(/’/g, "'") : lower);
const openers = new Set(["(", "\"", "“", "„", "‘", "'", "«", "•", "-", "–"]);
const explainWords = new Set(["heet", "heten", "heette", "heetten", "betekent", "betekenen", "noemen", "noemt", "noemde"]);
/** "wil" and "houdt" explain only in "wil zeggen" and "houdt in" ("De leerplichtambtenaar wil met u praten" explains nothing). */
const explainsAt = (tokens: Token[], k: number) => explainWords.has(tokens[k]!.lower) || definesWithNext(tokens[k]!.lower, tokens[k + 1]?.lower);

/** Every pattern of the entries, in order (what compileLexicon compiles; a loader can keep the result). */
export function compileLexiconPatterns(entries: LexiconEntry[]): CompiledPattern[] {
  return entries.flatMap((e) => e.match.map((m) => compilePattern(typeof m === "string" ? m : m.pattern)));
}

/**
 * The rules of the entries. `compiled` are their patterns compiled before (compileLexiconPatterns, kept by a loader);
 * each is used only if it was made from the same source, and is owned by these rules from then on.
 */
export function compileLexicon(entries: LexiconEntry[], compiled?: CompiledPattern[]): CompiledRule[] {
  const rules: CompiledRule[] = [];
  for (const entry of entries)
    for (const m of entry.match) {
      const source = typeof m === "string" ? m : m.pattern;
      const kept = compiled?.[rules.length];
      try {
        const pattern = kept?.source === source ? kept : compilePattern(source);
        rules.push({ order: rules.length, entry, pattern, alternatives: typeof m === "string" ? entry.alternatives : m.alternatives, requiredIds: [] });
      } catch (err) {
        throw new Error(`lexicon ${entry.source}: entry "${entry.id}": ${(err as Error).message}`);
      }
    }
  return rules;
}

/**
 * Finds the rules that can start at a token: by their first word and, where the second element is a fixed word,
 * by the first two words (so the ninety patterns that start with "in" are not tried at every "in"); and by prefix.
 * Words are numbers (WordIds): a token's word is looked up once per sentence.
 */
class RuleIndex {
  readonly words = new WordIds();
  /** By the number of the first word: the rules that start with it, and those that also need a fixed second word. */
  private byWord: ({ single: CompiledRule[] | undefined; pairs: Map<number, CompiledRule[]> | undefined } | undefined)[] = [];
  /** Prefix rules keyed by their first two letters (as one number: no string per token); most tokens find none. */
  private byPrefixStart = new Map<number, { prefix: string; rule: CompiledRule }[]>();
  /** prefixFirst[c] === 1 when a prefix rule starts with UTF-16 unit c: most words need no look-up in byPrefixStart. */
  private prefixFirst = new Uint8Array(65_536);
  constructor(rules: CompiledRule[]) {
    this.words.register(rules.map((r) => r.pattern));
    for (const r of rules) {
      r.requiredIds = r.pattern.required.map((values) => values.map((v) => this.words.idOf(v)));
      const first = r.pattern.elements[0]!;
      const second = r.pattern.elements[1];
      if (first.kind !== "word") {
        if (first.kind === "prefix") {
          push(this.byPrefixStart, startKey(first.prefix), { prefix: first.prefix, rule: r });
          this.prefixFirst[first.prefix.charCodeAt(0)] = 1;
        }
      } else if (second?.kind === "word" && !second.optional)
        for (const v of first.ids!) {
          const slot = this.slot(v);
          slot.pairs ??= new Map();
          for (const w of second.ids!) push(slot.pairs, w, r);
        }
      else for (const v of first.ids!) (this.slot(v).single ??= []).push(r);
    }
  }
  private slot(id: number) {
    return (this.byWord[id] ??= { single: undefined, pairs: undefined });
  }
  candidates(id: number, nextId: number, lower: string): CompiledRule[] {
    const slot = id >= 0 ? this.byWord[id] : undefined;
    const single = slot?.single;
    const pair = nextId >= 0 ? slot?.pairs?.get(nextId) : undefined;
    const prefixed = this.prefixFirst[lower.charCodeAt(0)] === 1 ? this.byPrefixStart.get(startKey(lower)) : undefined;
    let matching: CompiledRule[] | undefined;
    if (prefixed) for (const { prefix, rule } of prefixed) if (lower.startsWith(prefix)) (matching ??= []).push(rule);
    if (!pair && !matching) return single ?? none;
    if (!single && !matching) return pair!;
    return [...(single ?? none), ...(pair ?? none), ...(matching ?? none)];
  }
}

const none: CompiledRule[] = [];

/** The first two UTF-16 units of a word as one number. */
function startKey(word: string): number {
  return word.length < 2 ? -1 - (word.charCodeAt(0) || 0) : word.charCodeAt(0) * 65_536 + word.charCodeAt(1);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Words that name a part of an organisation: a capitalised word after them is part of its name. */
const UNIT_WORDS = new Set(["afdeling", "team", "teamleider", "dienst", "bureau", "sector", "cluster", "unit", "directie", "loket", "servicepunt"]);
const isCapitalised = (t: Token) => t.kind === "word" && t.text[0] !== t.lower[0];

/**
 * Is the capitalised word at `at` part of the name of a department ("afdeling Invordering", "Afdeling Declaraties
 * en Terugvordering", "teamleider Invordering")? The writer cannot rename it, so it gets no finding.
 */
function inUnitName(tokens: Token[], at: number): boolean {
  if (at === 0 || !isCapitalised(tokens[at]!)) return false;
  for (let k = at - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (UNIT_WORDS.has(t.lower)) return true;
    if (!isCapitalised(t) && t.lower !== "en" && t.text !== "&") return false;
  }
  return false;
}

function atSentenceStart(tokens: Token[], at: number): boolean {
  for (let k = 0; k < at; k++) if (!(tokens[k]!.kind === "punct" && openers.has(tokens[k]!.text))) return false;
  return true;
}

/**
 * Are the pattern's other words within [from, to)? First whether the sentence has them at all (`inSentence[id] ===
 * stamp`), which rules most patterns out at once.
 */
function requiredWordsNear(required: number[][], ids: Int32Array, inSentence: Int32Array, stamp: number, from: number, to: number): boolean {
  for (const values of required) {
    let found = false;
    for (let v = 0; v < values.length && !found; v++) found = values[v]! >= 0 && inSentence[values[v]!] === stamp;
    if (!found) return false;
  }
  const end = Math.min(to, ids.length);
  for (const values of required) {
    let found = false;
    for (let k = from; k < end && !found; k++) found = ids[k]! >= 0 && values.includes(ids[k]!);
    if (!found) return false;
  }
  return true;
}

/** A capital inside the term, or on its first word where that does not open the sentence. */
function isNameLike(tokens: Token[], m: RawMatch): boolean {
  for (let k = m.start; k < m.end; k++) if (isCapitalised(tokens[k]!) && !(k === m.start && atSentenceStart(tokens, k))) return true;
  return false;
}

/** Does the sentence explain the word: "X (uitleg)", "Dat heet een X", "X betekent …", "Een X is een …"? */
function isExplained(tokens: Token[], m: RawMatch): boolean {
  if (explainedInBrackets(tokens, m.end)) return true;
  // a name with its short form, "het Openbaar Ministerie (OM)", is named as such texts name it; a common word with
  // one ("de ondertoezichtstelling (OTS)") is not explained by it
  if (shortNameAfter(tokens, m.end) !== undefined && isNameLike(tokens, m)) return true;
  if (namedInBrackets(tokens, m.start, m.end)) return true;
  // "Dat heet een X", "X betekent …", "noemen we X": the explaining word stands close to the term
  for (let k = Math.max(0, m.start - 4); k < Math.min(tokens.length, m.end + 3); k++) if (explainsAt(tokens, k)) return true;
  // "…ondertoezichtstelling, of kort: OTS", "kortweg OTS"
  const before = tokens[m.start - 1]?.lower;
  if (before === "kortweg" || before === "afgekort" || (before === ":" && tokens[m.start - 2]?.lower === "kort")) return true;
  return definesTerm(tokens, m.start, m.end);
}

/**
 * The vaktaal and abbreviation entries the text explains, and where. A use counts as explained when its own sentence explains it,
 * when the next sentence does ("U krijgt een beschikking. Dat is een brief van de rechter."), or when a question
 * anywhere asks for it ("Wat is een OTS?"): the whole text. An explained use explains the whole paragraph.
 */
function explainedVaktaal(doc: DocumentModel, matches: RawMatch[]): Map<string, Set<number> | "text"> {
  const out = new Map<string, Set<number> | "text">();
  for (const m of matches) {
    const { entry } = m.rule;
    if ((entry.category !== "vaktaal" && entry.category !== "afkorting") || !entry.firstOnly || out.get(entry.id) === "text") continue;
    if (isWhatIsQuestion(m.tokens)) {
      out.set(entry.id, "text");
      continue;
    }
    const next = nextInParagraph(doc, m.sentence);
    const term = () => m.tokens.slice(m.start, m.end).map((t) => t.lower);
    const short = shortNameAfter(m.tokens, m.end);
    if (!isExplained(m.tokens, m) && !(next && (explainsPrevious(next) || describesTerm(next, term()) || (short !== undefined && explainsShortName(next, short))))) continue;
    let paragraphs = out.get(entry.id) as Set<number> | undefined;
    if (!paragraphs) out.set(entry.id, (paragraphs = new Set()));
    paragraphs.add(doc.sentences[m.sentence]!.paragraph);
  }
  return out;
}

/** Single spaces, none before punctuation or at the ends. */
const tidy = (text: string) => text.replace(/\s+/g, " ").replace(/\s+([,.;:!?])/g, "$1").trim();

function fillTemplate(template: string, text: string, tokens: Token[], captures: [number, number][]): string {
  if (!template.includes("{") && isTidy(template)) return template; // most alternatives are plain words
  const filled = template.replace(/\{(\d)\}/g, (_, n: string) => {
    const c = captures[Number(n) - 1];
    if (!c || c[1] <= c[0]) return "";
    return text.slice(tokens[c[0]]!.start, tokens[c[1] - 1]!.end);
  });
  return joinParticles(tidy(filled), text, tokens, captures);
}

/**
 * Particles that join their infinitive again when a template drops "te" ("in te schrijven" → "inschrijven"). Only
 * the prepositional ones: "goed te lezen" and "thuis te verrichten" are no compound verbs, nor "om te".
 */
const JOINING_PARTICLES = new Set([
  "aan", "achter", "af", "bij", "binnen", "buiten", "door", "in", "langs", "mee", "na", "neer", "onder", "op", "over", "tegen", "terug",
  "toe", "tussen", "uit", "voor", "weg",
  // "overeen te komen" → "overeenkomen", "vast te stellen" → "vaststellen" (not "om": "om te betalen" is no verb)
  "overeen", "samen", "vast", "los", "open", "dicht", "kwijt", "rond", "bekend",
]);
const PARTICLE_TE_INFINITIVE = /(?<![\p{L}])(\p{L}+)\s+te\s+(\p{L}+en)(?![\p{L}])/gu;
/** "er rekening mee te houden": the particle is the second half of "ermee", not part of the verb. */
const SPLIT_ADVERB_BEFORE = /(?:^|\s)(?:er|daar|hier|waar)(?:\s+\S+){0,3}\s*$/iu;

/**
 * A template that drops "te" ("dient … te {INF}" → "moet {1} {2}") leaves "zich in schrijven" where the text had "zich
 * in te schrijven": a separable particle before "te" joins its infinitive again ("inschrijven", "terugsturen").
 */
function joinParticles(filled: string, text: string, tokens: Token[], captures: [number, number][]): string {
  if (captures.length < 2) return filled;
  const span = text.slice(tokens[captures[0]![0]]?.start ?? 0, tokens[captures[captures.length - 1]![1] - 1]?.end ?? 0);
  if (!span.includes("te")) return filled;
  let out = filled;
  for (const m of span.matchAll(PARTICLE_TE_INFINITIVE)) {
    const [, particle, infinitive] = m;
    if (!JOINING_PARTICLES.has(particle!.toLowerCase()) || SPLIT_ADVERB_BEFORE.test(span.slice(0, m.index))) continue;
    const apart = `${particle} ${infinitive}`;
    const at = out.indexOf(apart);
    if (at >= 0 && !/\p{L}/u.test(out.charAt(at - 1)) && !/\p{L}/u.test(out.charAt(at + apart.length))) out = out.slice(0, at) + particle + infinitive + out.slice(at + apart.length);
  }
  return out;
}

const tidyTemplates = new Map<string, boolean>();
/** The template needs no tidying (remembered: templates come from the lexicon, a fixed set). */
function isTidy(template: string): boolean {
  let ok = tidyTemplates.get(template);
  if (ok === undefined) tidyTemplates.set(template, (ok = template === tidy(template)));
  return ok;
}

function matchCase(replacement: string, original: string, sentenceStart: boolean): string {
  const first = original.charAt(0);
  if (sentenceStart && first !== first.toLowerCase()) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}

/**
 * A swap word for word keeps the line breaks of hard-wrapped text ("is\nverstreken" → "is\nafgelopen"): joining two
 * lines changes how the paragraph reads as wrapped, and with it the names and amounts found across its line ends.
 */
function keepLineBreaks(replacement: string, matched: string): string {
  if (!matched.includes("\n")) return replacement;
  const gaps = matched.match(/\s+/g) ?? [];
  const words = replacement.split(" ");
  if (words.length === gaps.length + 1) return words.map((w, i) => (i === 0 ? w : gaps[i - 1] + w)).join("");
  // another number of words ("zorg\ndragen voor" → "zorgen voor"): the line breaks go into the first spaces, in
  // order; with too few spaces the safety gate offers the suggestion as not safe
  const breaks = gaps.filter((g) => g.includes("\n"));
  if (words.length - 1 < breaks.length) return replacement;
  return words.map((w, i) => (i === 0 ? w : (breaks[i - 1] ?? " ") + w)).join("");
}

function suggestionsFor(m: RawMatch, text: string, matched: string, sentenceStart: boolean): Suggestion[] {
  const { entry } = m.rule;
  const out: Suggestion[] = [];
  for (const alt of m.rule.alternatives) {
    if (alt.context === "sentence-start" && !sentenceStart) continue;
    if (alt.context === "mid-sentence" && sentenceStart) continue;
    const replacement = keepLineBreaks(matchCase(fillTemplate(alt.text, text, m.tokens, m.captures), matched, sentenceStart), matched);
    const s: Suggestion = { replacement, safe: alt.safe };
    if (alt.note) s.note = alt.note;
    out.push(s);
  }
  if (entry.explain) {
    out.push({
      replacement: `${matched} (${entry.explain})`,
      safe: false,
      note: "Leg het woord uit als u het voor het eerst gebruikt.",
    });
  }
  return out;
}

/**
 * Drops a match that lies inside a longer match, unless it sits wholly in one of that match's gaps
 * ("zien wij ons genoodzaakt om u thans … te stellen" keeps its own finding for "thans").
 */
function resolveOverlaps(matches: RawMatch[]): RawMatch[] {
  matches.sort((a, b) => a.sentence - b.sentence || a.start - b.start || b.end - a.end || a.rule.order - b.rule.order);
  const kept: RawMatch[] = [];
  let reach: RawMatch | undefined; // the kept match of this sentence that reaches furthest
  for (const m of matches) {
    if (reach && reach.sentence !== m.sentence) reach = undefined;
    const inside = reach !== undefined && m.end <= reach.end;
    const inGap = inside && reach!.rule.entry.id !== m.rule.entry.id && reach!.captures.some(([cs, ce]) => cs <= m.start && m.end <= ce);
    if (inside && !inGap) continue;
    // in a gap, a match still yields to a longer one kept in the same gap ("zonder bericht van verhindering")
    const last = kept[kept.length - 1];
    if (inGap && last !== reach && last!.sentence === m.sentence && last!.start <= m.start && m.end <= last!.end) continue;
    kept.push(m);
    if (!reach || m.end > reach.end) reach = m;
  }
  return kept;
}

export function createLexiconCheck(entries: LexiconEntry[], compiled?: CompiledPattern[]): Check {
  const index = new RuleIndex(compileLexicon(entries, compiled));
  // which pattern words the sentence being matched has: inSentence[id] === stamp (no set to build per sentence)
  const inSentence = new Int32Array(index.words.size).fill(-1);
  let stamp = 0;
  return {
    rule: "lexicon",
    run(doc: DocumentModel): Finding[] {
      const raw: RawMatch[] = [];
      const curlyApostrophes = doc.text.includes("’");
      doc.sentences.forEach((s, si) => {
        const tokens = sentenceTokens(doc, si);
        // quote-normalised words, only for a sentence with a curly apostrophe (most texts have none)
        const norm = curlyApostrophes && tokens.some((t) => t.lower.includes("’")) ? tokens.map((t) => normalizeQuote(t.lower)) : undefined;
        const ids = index.words.idsOf(tokens, norm);
        stamp = (stamp + 1) | 0;
        for (let k = 0; k < ids.length; k++) if (ids[k]! >= 0) inSentence[ids[k]!] = stamp;
        for (let ti = 0; ti < tokens.length; ti++) {
          const t = tokens[ti]!;
          // punctuation starts a pattern only where the lexicon has one that starts with it (", welke u")
          if ((t.kind === "punct" && ids[ti]! < 0) || t.kind === "placeholder" || inUnitName(tokens, ti)) continue;
          for (const rule of index.candidates(ids[ti]!, ti + 1 < ids.length ? ids[ti + 1]! : WordIds.NO_WORD, norm ? norm[ti]! : t.lower)) {
            const { pattern } = rule;
            if (pattern.anchored && (pattern.anchored === "start") !== atSentenceStart(tokens, ti)) continue;
            if (rule.entry.notAfter && ti > 0 && rule.entry.notAfter.includes(tokens[ti - 1]!.lower)) continue;
            // a pattern with gaps tries many lengths: first see whether its other words are near at all
            if (pattern.hasGap && !requiredWordsNear(rule.requiredIds, ids, inSentence, stamp, ti + 1, ti + pattern.maxSpan)) continue;
            const m = matchAt(pattern, tokens, ti, ids);
            if (m && rule.entry.notBefore && m.end < tokens.length && rule.entry.notBefore.includes(tokens[m.end]!.lower)) continue;
            if (m) raw.push({ rule, sentence: si, tokens, ...m });
          }
        }
      });
      const findings: Finding[] = [];
      const seen = new Set<string>();
      const matches = resolveOverlaps(raw);
      const explained = explainedVaktaal(doc, matches);
      const frame = letterFrame(doc);
      for (const m of matches) {
        const { entry } = m.rule;
        if (entry.firstOnly) {
          // a name in the letterhead or signature ("Raad voor de Kinderbescherming", "Consulent Wmo") is not a use
          if ((entry.category === "vaktaal" || entry.category === "afkorting") && frame[m.sentence]) continue;
          if (seen.has(entry.id)) continue;
          seen.add(entry.id);
          const where = explained.get(entry.id);
          if (where === "text" || where?.has(doc.sentences[m.sentence]!.paragraph)) continue;
        }
        // "de Wet maatschappelijke ondersteuning (Wmo)" names the short form; "(z.o.z.)" in lower case is just used
        if (entry.category === "afkorting" && m.tokens[m.start - 1]?.text === "(" && m.tokens[m.end]?.text === ")" && m.end - m.start === 1 && /\p{Lu}/u.test(m.tokens[m.start]!.text)) continue;
        const start = m.tokens[m.start]!.start;
        const end = m.tokens[m.end - 1]!.end;
        const matched = doc.text.slice(start, end);
        const finding: Finding = {
          id: `lexicon/${entry.id}`,
          rule: m.rule.pattern.hasCapture ? "pattern" : "lexicon",
          category: entry.category,
          severity: entry.severity,
          start,
          end,
          text: matched,
          message: entry.message,
          suggestions: suggestionsFor(m, doc.text, matched, atSentenceStart(m.tokens, m.start)),
        };
        findings.push(finding);
      }
      return findings;
    },
  };
}
