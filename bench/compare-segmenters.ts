// Compares sentence segmenters and tokenizers on Dutch letters.
// Run: npx tsx bench/compare-segmenters.ts [--details] [--budget=SECONDS]
// Method and results: docs/decisions.md ("Tokenizer and sentence segmentation").
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import nlp from "compromise";
import winkNLP from "wink-nlp";
import winkModel from "wink-eng-lite-web-model";
import { ParseDutch } from "parse-dutch";

interface Span {
  start: number;
  end: number;
}

interface Segmentation {
  sentences: Span[];
  tokens: Span[];
}

interface Candidate {
  name: string;
  segment(text: string): Segmentation;
  /** The library's own call alone, without turning its output into offsets. */
  core(text: string): unknown;
}

interface GoldCase {
  id: number;
  category: string;
  text: string;
  sentences: Span[];
  units: (Span & { text: string })[];
}

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const showDetails = args.includes("--details");
const budgetArg = args.find((a) => a.startsWith("--budget="));
const budgetSeconds = budgetArg ? Number(budgetArg.slice("--budget=".length)) : 30;

// ---------------------------------------------------------------- span helpers

/** Shrinks [start, end) so it has no white space at either side; null if nothing is left. */
function trimSpan(text: string, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return s < e ? { start: s, end: e } : null;
}

/** Finds `piece` at or after `from`; offsets of libraries that only give text. */
function locate(text: string, piece: string, from: number): Span | null {
  const at = text.indexOf(piece, from);
  return at < 0 ? null : { start: at, end: at + piece.length };
}

/** Makes every line break end a unit (the gold convention). */
function splitAtLineBreaks(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    let pieceStart = span.start;
    for (let i = span.start; i <= span.end; i++) {
      if (i === span.end || text[i] === "\n" || text[i] === "\r") {
        const piece = trimSpan(text, pieceStart, i);
        if (piece) out.push(piece);
        pieceStart = i + 1;
      }
    }
  }
  return out;
}

const key = (s: Span) => `${s.start}:${s.end}`;

// ---------------------------------------------------------------- candidates

/** How often a library's output had to be located with indexOf; counted per corpus pass. */
let offsetFallbacks = 0;

function compromiseSegment(text: string): Segmentation {
  type Json = {
    text: string;
    offset?: { start: number; length: number };
    terms: { text: string; offset?: { start: number; length: number } }[];
  };
  const json = nlp(text).json({ offset: true, terms: { offset: true } }) as Json[];
  const sentences: Span[] = [];
  const tokens: Span[] = [];
  let sentenceFrom = 0;
  let termFrom = 0;
  for (const s of json) {
    let span: Span | null = null;
    if (s.offset && text.slice(s.offset.start, s.offset.start + s.offset.length) === s.text) {
      span = { start: s.offset.start, end: s.offset.start + s.offset.length };
    } else {
      offsetFallbacks++;
      span = locate(text, s.text.trim(), sentenceFrom);
    }
    if (span) {
      const trimmed = trimSpan(text, span.start, span.end);
      if (trimmed) sentences.push(trimmed);
      sentenceFrom = span.end;
    }
    for (const t of s.terms) {
      if (t.text === "") continue;
      let tspan: Span | null = null;
      if (t.offset && text.slice(t.offset.start, t.offset.start + t.offset.length) === t.text) {
        tspan = { start: t.offset.start, end: t.offset.start + t.offset.length };
      } else {
        offsetFallbacks++;
        tspan = locate(text, t.text, termFrom);
      }
      if (tspan) {
        tokens.push(tspan);
        termFrom = tspan.end;
      }
    }
  }
  return { sentences, tokens };
}

const wink = winkNLP(winkModel);
const its = wink.its;

function winkSegment(text: string): Segmentation {
  const doc = wink.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const tokenSpans: Span[] = [];
  // Preceding spaces + values rebuild the text (doc.out() leaves out leading white space,
  // the token spans do not). Fall back to indexOf where a token is not where expected.
  let pos = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    const at = pos + spaces[i]!.length;
    let found: Span;
    if (text.startsWith(value, at)) found = { start: at, end: at + value.length };
    else {
      offsetFallbacks++;
      found = locate(text, value, pos) ?? { start: pos, end: pos };
    }
    tokenSpans.push(found);
    pos = found.end;
  }
  const sentences: Span[] = [];
  for (const [first, last] of doc.sentences().out(its.span) as unknown as [number, number][]) {
    const a = tokenSpans[first];
    const b = tokenSpans[last];
    if (!a || !b) continue;
    const trimmed = trimSpan(text, a.start, b.end);
    if (trimmed) sentences.push(trimmed);
  }
  const tokens = tokenSpans.filter((t) => t.end > t.start && text.slice(t.start, t.end).trim() !== "");
  return { sentences, tokens };
}

interface NlcstNode {
  type: string;
  children?: NlcstNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const parseDutch = new ParseDutch();

function parseDutchSegment(text: string): Segmentation {
  const tree = parseDutch.parse(text) as unknown as NlcstNode;
  const sentences: Span[] = [];
  const tokens: Span[] = [];
  const spanOf = (n: NlcstNode): Span | null => {
    const s = n.position?.start.offset;
    const e = n.position?.end.offset;
    return s === undefined || e === undefined ? null : { start: s, end: e };
  };
  const walk = (node: NlcstNode): void => {
    if (node.type === "SentenceNode") {
      const span = spanOf(node);
      const trimmed = span && trimSpan(text, span.start, span.end);
      if (trimmed) sentences.push(trimmed);
    }
    if (node.type === "WordNode" || node.type === "PunctuationNode" || node.type === "SymbolNode") {
      const span = spanOf(node);
      if (span) tokens.push(span);
      return;
    }
    node.children?.forEach(walk);
  };
  walk(tree);
  return { sentences, tokens };
}

const sentenceSegmenter = new Intl.Segmenter("nl", { granularity: "sentence" });
const wordSegmenter = new Intl.Segmenter("nl", { granularity: "word" });

// V8's Intl.Segmenter slows down badly on long two-byte strings (an 80 kB document with
// curly quotes: 3 s for sentences, 45 s for words), so it gets one line at a time. A line
// break always ends a sentence in ICU (rule SB4), so this does not change the sentence units.
function intlSegment(text: string): Segmentation {
  const sentences: Span[] = [];
  const tokens: Span[] = [];
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== "\n") continue;
    const line = text.slice(lineStart, i);
    for (const s of sentenceSegmenter.segment(line)) {
      const trimmed = trimSpan(text, lineStart + s.index, lineStart + s.index + s.segment.length);
      if (trimmed) sentences.push(trimmed);
    }
    for (const w of wordSegmenter.segment(line)) {
      if (w.segment.trim() !== "") tokens.push({ start: lineStart + w.index, end: lineStart + w.index + w.segment.length });
    }
    lineStart = i + 1;
  }
  return { sentences, tokens };
}

function withLineBreaks(c: Candidate): Candidate {
  return {
    name: `${c.name} +LB`,
    core: c.core,
    segment(text) {
      const r = c.segment(text);
      return { sentences: splitAtLineBreaks(text, r.sentences), tokens: r.tokens };
    },
  };
}

async function helderCandidate(): Promise<Candidate | null> {
  try {
    const mod = await import("../engine/text/document.ts");
    return {
      name: "Helder buildDocument",
      core: (text) => mod.buildDocument(text),
      segment(text) {
        const doc = mod.buildDocument(text);
        return {
          sentences: doc.sentences.map((s) => ({ start: s.start, end: s.end })),
          tokens: doc.tokens.filter((t) => t.kind !== "newline").map((t) => ({ start: t.start, end: t.end })),
        };
      },
    };
  } catch (error) {
    console.log(`Helder buildDocument not available (${(error as Error).message.split("\n")[0]})\n`);
    return null;
  }
}

// ---------------------------------------------------------------- scoring

/** Every span must lie inside the text, be trimmed, and come in order. */
function checkSpans(name: string, text: string, seg: Segmentation): void {
  let last = 0;
  for (const s of seg.sentences) {
    const ok = s.start >= last && s.end <= text.length && s.start < s.end && trimSpan(text, s.start, s.end)?.start === s.start;
    if (!ok) throw new Error(`${name}: bad sentence span ${s.start}-${s.end}`);
    last = s.end;
  }
  for (const t of seg.tokens) {
    if (!(t.start >= 0 && t.end <= text.length && t.start < t.end)) throw new Error(`${name}: bad token span ${t.start}-${t.end}`);
  }
}

interface Score {
  tp: number;
  predicted: number;
  gold: number;
  casesAllRight: number;
  failingCases: { id: number; category: string; missed: Span[]; extra: Span[] }[];
  unitsWhole: number;
  unitsExact: number;
  units: number;
  failingUnits: { id: number; unit: string; got: string[] }[];
}

function tokensOver(tokens: Span[], u: Span): Span[] {
  return tokens.filter((t) => t.start < u.end && t.end > u.start);
}

function score(c: Candidate, cases: GoldCase[]): Score {
  const r: Score = {
    tp: 0,
    predicted: 0,
    gold: 0,
    casesAllRight: 0,
    failingCases: [],
    unitsWhole: 0,
    unitsExact: 0,
    units: 0,
    failingUnits: [],
  };
  for (const gc of cases) {
    const seg = c.segment(gc.text);
    const gold = new Set(gc.sentences.map(key));
    const predicted = new Set(seg.sentences.map(key));
    let tp = 0;
    for (const k of predicted) if (gold.has(k)) tp++;
    r.tp += tp;
    r.predicted += predicted.size;
    r.gold += gold.size;
    if (tp === gold.size && tp === predicted.size) r.casesAllRight++;
    else {
      r.failingCases.push({
        id: gc.id,
        category: gc.category,
        missed: gc.sentences.filter((s) => !predicted.has(key(s))),
        extra: seg.sentences.filter((s) => !gold.has(key(s))),
      });
    }
    for (const u of gc.units) {
      r.units++;
      const over = tokensOver(seg.tokens, u);
      const only = over.length === 1 ? over[0]! : null;
      if (only && only.start <= u.start && only.end >= u.end) {
        r.unitsWhole++;
        if (only.start === u.start && only.end === u.end) r.unitsExact++;
      } else {
        r.failingUnits.push({ id: gc.id, unit: u.text, got: over.map((t) => gc.text.slice(t.start, t.end)) });
      }
    }
  }
  return r;
}

// ---------------------------------------------------------------- throughput

/** The project's own seed documents and the case passages, one string each. */
function loadBaseDocuments(cases: GoldCase[]): string[] {
  const dataDir = join(root, "bench", "data");
  const seeds = readdirSync(dataDir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(join(dataDir, f), "utf8"));
  return [...seeds, ...cases.map((c) => c.text)];
}

/** Repeats the base documents until there are at least `minBytes` of UTF-8. */
function repeatToSize(base: string[], minBytes: number): string[] {
  const docs: string[] = [];
  let bytes = 0;
  while (bytes < minBytes) {
    for (const d of base) {
      docs.push(d);
      bytes += Buffer.byteLength(d, "utf8");
    }
  }
  return docs;
}

interface Speed {
  /** MB per second of process CPU time (user + system): fair when other processes share the machine. */
  cpu: number;
  /** MB per second of wall-clock time. */
  wall: number;
  runs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function measureSpeed(run: (text: string) => unknown, docs: string[], budgetMs: number): Speed {
  const mb = docs.reduce((n, d) => n + Buffer.byteLength(d, "utf8"), 0) / 1e6;
  // Warm-up: about the first 100 kB.
  let warm = 0;
  for (const d of docs) {
    run(d);
    warm += d.length;
    if (warm > 100_000) break;
  }
  const wall: number[] = [];
  const cpu: number[] = [];
  const started = performance.now();
  while (wall.length < 5) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const results: unknown[] = [];
    for (const d of docs) results.push(run(d));
    const c1 = process.cpuUsage(c0);
    wall.push(performance.now() - t0);
    cpu.push((c1.user + c1.system) / 1000);
    if (results.length !== docs.length) throw new Error("lost a result");
    if (performance.now() - started > budgetMs) break;
  }
  return { cpu: mb / (median(cpu) / 1000), wall: mb / (median(wall) / 1000), runs: wall.length };
}

// ---------------------------------------------------------------- POS on Dutch passives

/** Dutch passive sentences with their participle. */
const passiveCases: [sentence: string, participle: string][] = [
  ["Het bedrag wordt verstuurd.", "verstuurd"],
  ["De brief is verstuurd door de gemeente.", "verstuurd"],
  ["Het bedrag moet worden betaald.", "betaald"],
  ["Er wordt gekeken naar uw situatie.", "gekeken"],
  ["Uw aanvraag werd afgewezen.", "afgewezen"],
  ["De huur wordt per 1 juli verhoogd.", "verhoogd"],
  ["Uw gegevens worden bewaard.", "bewaard"],
  ["Het formulier moet worden ondertekend.", "ondertekend"],
  ["De kinderen zijn onder toezicht gesteld.", "gesteld"],
  ["Er wordt een besluit genomen.", "genomen"],
];
const passives = passiveCases.map(([sentence]) => sentence);
const nonPassives = ["De brief is lang.", "Wij sturen u de brief.", "Zij is jurist.", "U bent welkom."];
const auxForms = new Set(["word", "wordt", "worden", "werd", "werden", "is", "zijn", "was", "waren", "ben", "bent"]);

interface Tagged {
  word: string;
  label: string;
  /** Tagged as a verb or auxiliary of any kind. */
  verbal: boolean;
  /** Tagged as a past participle, or (wink: no morphology) as a verb. */
  participle: boolean;
  builtInPassive: boolean;
}

function compromiseLabel(tags: string[]): string {
  const order: [string, string][] = [
    ["Passive", "PASS"],
    ["Auxiliary", "AUX"],
    ["Copula", "COP"],
    ["Participle", "VBN"],
    ["PastTense", "VBD"],
    ["Verb", "VERB"],
    ["ProperNoun", "PROPN"],
    ["Noun", "NOUN"],
    ["Adjective", "ADJ"],
    ["Adverb", "ADV"],
    ["Determiner", "DET"],
    ["Preposition", "ADP"],
    ["Pronoun", "PRON"],
    ["Value", "NUM"],
    ["Conjunction", "CONJ"],
  ];
  for (const [tag, label] of order) if (tags.includes(tag)) return label;
  return tags[0] ?? "?";
}

function tagCompromise(sentence: string): Tagged[] {
  const json = nlp(sentence).json() as { terms: { text: string; tags: string[] }[] }[];
  return json.flatMap((s) =>
    s.terms.map((t) => ({
      word: t.text,
      label: compromiseLabel(t.tags),
      verbal: t.tags.some((x) => x === "Verb" || x === "Auxiliary" || x === "Copula"),
      participle: t.tags.some((x) => x === "Participle" || x === "PastTense" || x === "Passive"),
      builtInPassive: t.tags.includes("Passive"),
    })),
  );
}

function tagWink(sentence: string): Tagged[] {
  const doc = wink.readDoc(sentence);
  const words = doc.tokens().out(its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  return words.map((w, i) => {
    const p = pos[i] ?? "?";
    return { word: w, label: p, verbal: p === "VERB" || p === "AUX", participle: p === "VERB", builtInPassive: false };
  });
}

/** Passive if a form of worden/zijn is tagged verbal and a later word is tagged as a participle. */
function looksPassive(tagged: Tagged[]): boolean {
  const aux = tagged.findIndex((t) => auxForms.has(t.word.toLowerCase()) && t.verbal);
  if (aux < 0) return false;
  return tagged.slice(aux + 1).some((t) => t.participle && !auxForms.has(t.word.toLowerCase()));
}

// ---------------------------------------------------------------- main

const fixture = JSON.parse(readFileSync(join(root, "tests", "fixtures", "sentences-dev.json"), "utf8")) as {
  cases: GoldCase[];
};
const cases = fixture.cases;

const winkSbdOnly = winkNLP(winkModel, ["sbd"]);
const base: Candidate[] = [
  { name: "compromise", segment: compromiseSegment, core: (t) => nlp(t) },
  { name: "wink-nlp", segment: winkSegment, core: (t) => wink.readDoc(t) },
  { name: "parse-dutch", segment: parseDutchSegment, core: (t) => parseDutch.parse(t) },
  {
    name: "Intl.Segmenter",
    segment: intlSegment,
    core: (t) => {
      let n = 0;
      for (const line of t.split("\n")) {
        for (const _ of sentenceSegmenter.segment(line)) n++;
        for (const _ of wordSegmenter.segment(line)) n++;
      }
      return n;
    },
  },
];
const helder = await helderCandidate();
const candidates: Candidate[] = [];
for (const c of base) candidates.push(c, withLineBreaks(c));
if (helder) candidates.push(helder);

const baseDocs = loadBaseDocuments(cases);
const docs = repeatToSize(baseDocs, 1_050_000);
const corpusMB = docs.reduce((n, d) => n + Buffer.byteLength(d, "utf8"), 0) / 1e6;

const fmt = (n: number, d = 3) => n.toFixed(d);
const pct = (a: number, b: number) => `${((100 * a) / Math.max(b, 1)).toFixed(0)}%`;
const rows: string[][] = [];
const speeds = new Map<string, [Speed, Speed]>();
const fallbacks = new Map<string, number>();
const scores = new Map<string, Score>();
for (const c of candidates) {
  const s = score(c, cases);
  scores.set(c.name, s);
  // "+LB" only post-processes spans; its speed is the same as the raw candidate's.
  const speedKey = c.name.replace(/ \+LB$/, "");
  if (!speeds.has(speedKey)) {
    offsetFallbacks = 0;
    for (const d of baseDocs) checkSpans(c.name, d, c.segment(d));
    fallbacks.set(speedKey, offsetFallbacks);
    const budget = budgetSeconds * 1000;
    speeds.set(speedKey, [measureSpeed((t) => c.segment(t), docs, budget), measureSpeed(c.core, docs, budget)]);
  }
  const [sp, core] = speeds.get(speedKey)!;
  const p = s.tp / Math.max(s.predicted, 1);
  const r = s.tp / Math.max(s.gold, 1);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  rows.push([
    c.name,
    fmt(p),
    fmt(r),
    fmt(f1),
    `${s.casesAllRight}/${cases.length}`,
    `${s.unitsWhole}/${s.units} (${pct(s.unitsWhole, s.units)})`,
    `${s.unitsExact}/${s.units}`,
    `${fmt(sp.cpu, 2)}${sp.runs < 5 ? ` (${sp.runs} runs)` : ""}`,
    fmt(core.cpu, 2),
    fmt(sp.wall, 2),
  ]);
}

function printTable(header: string[], body: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  console.log(line(header));
  console.log(`| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`);
  for (const r of body) console.log(line(r));
}

console.log(
  `Sentence units: ${cases.length} cases, ${cases.reduce((n, c) => n + c.sentences.length, 0)} gold units; ` +
    `throughput on ${fmt(corpusMB, 2)} MB (${docs.length} documents, one call each), ` +
    `median of up to 5 runs after warm-up (fewer if ${budgetSeconds} s are used up), in MB of UTF-8 per second of CPU time ` +
    `("core": the library call alone; "wall": wall-clock, depends on machine load).\n`,
);
printTable(["candidate", "P", "R", "F1", "cases right", "units whole", "units exact", "MB/s cpu", "core cpu", "MB/s wall"], rows);
const winkSbd = measureSpeed((t) => winkSbdOnly.readDoc(t), docs, budgetSeconds * 1000);
console.log(`\nwink-nlp with pipe ["sbd"] only (no POS, no NER): core ${fmt(winkSbd.cpu, 2)} MB/s cpu.`);
for (const [name, n] of fallbacks) {
  if (n > 0) console.log(`${name}: ${n} spans located by text search in one pass over the seeds and cases.`);
}

console.log("\nPOS on Dutch passives (compromise labels: PASS/AUX/COP/VBN/VBD/VERB/NOUN/…; wink: Universal POS)");
const passiveRows: [string, string][] = [];
const found = { compromise: 0, compromiseBuiltIn: 0, wink: 0, compromiseFalse: 0, winkFalse: 0 };
/** Per passive sentence: is the form of worden/zijn tagged as a verb, is the participle tagged as a verb? */
const wordTags = { compromiseAux: 0, winkAux: 0, compromisePart: 0, winkPart: 0 };
const auxTaggedVerbal = (t: Tagged[]) => t.some((x) => auxForms.has(x.word.toLowerCase()) && x.verbal);
const partTaggedVerbal = (t: Tagged[], participle: string) => t.some((x) => x.word === participle && x.verbal);
for (const sentence of [...passives, ...nonPassives]) {
  const isPassive = passives.includes(sentence);
  const ct = tagCompromise(sentence);
  const wt = tagWink(sentence);
  const cp = looksPassive(ct);
  const wp = looksPassive(wt);
  const cb = ct.some((t) => t.builtInPassive);
  const participle = passiveCases.find(([p]) => p === sentence)?.[1];
  if (participle) {
    if (auxTaggedVerbal(ct)) wordTags.compromiseAux++;
    if (auxTaggedVerbal(wt)) wordTags.winkAux++;
    if (partTaggedVerbal(ct, participle)) wordTags.compromisePart++;
    if (partTaggedVerbal(wt, participle)) wordTags.winkPart++;
  }
  if (isPassive) {
    if (cp) found.compromise++;
    if (cb) found.compromiseBuiltIn++;
    if (wp) found.wink++;
  } else {
    if (cp || cb) found.compromiseFalse++;
    if (wp) found.winkFalse++;
  }
  const show = (t: Tagged[]) =>
    t
      .filter((x) => /\p{L}/u.test(x.word))
      .map((x) => `${x.word}/${x.label}`)
      .join(" ");
  passiveRows.push([isPassive ? "passive" : "control", `compromise: ${show(ct)}${cp ? "  => passive" : ""}`]);
  passiveRows.push(["", `wink-nlp:   ${show(wt)}${wp ? "  => passive" : ""}`]);
}
for (const [kind, line] of passiveRows) console.log(`${kind.padEnd(8)} ${line}`);
console.log(
  `\nPassive found from tags: compromise ${found.compromise}/${passives.length} ` +
    `(its own #Passive tag: ${found.compromiseBuiltIn}/${passives.length}), wink-nlp ${found.wink}/${passives.length}; ` +
    `false alarms on ${nonPassives.length} controls: compromise ${found.compromiseFalse}, wink-nlp ${found.winkFalse}.`,
);
console.log(
  `Form of worden/zijn tagged as verb/aux: compromise ${wordTags.compromiseAux}/${passives.length}, wink-nlp ${wordTags.winkAux}/${passives.length}. ` +
    `Participle tagged as verb: compromise ${wordTags.compromisePart}/${passives.length}, wink-nlp ${wordTags.winkPart}/${passives.length}.`,
);

const detailFor = showDetails ? candidates : helder ? [helder] : [];
for (const c of detailFor) {
  const s = scores.get(c.name)!;
  console.log(`\n${c.name}: ${s.failingCases.length} cases with wrong sentence units, ${s.failingUnits.length} units not whole`);
  for (const f of s.failingCases) {
    const gc = cases.find((x) => x.id === f.id)!;
    const show = (sp: Span) => JSON.stringify(gc.text.slice(sp.start, sp.end));
    console.log(`  #${f.id} ${f.category}: missed ${f.missed.map(show).join(", ") || "-"}; extra ${f.extra.map(show).join(", ") || "-"}`);
  }
  for (const u of s.failingUnits) console.log(`  #${u.id} unit ${JSON.stringify(u.unit)} -> tokens ${JSON.stringify(u.got)}`);
}
