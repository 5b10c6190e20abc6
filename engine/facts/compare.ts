// Compares the facts of an original and a draft: every fact of the original that is missing or changed in
// the draft becomes an error finding on the draft. Order does not matter: facts are matched as a multiset.
import { buildDocument } from "../text/document.ts";
import type { DocumentModel, Finding, Suggestion } from "../types.ts";
import { acronyms } from "../checks/data/abbreviations.ts";
import { extractFacts, type Fact, type FactKind } from "./extract.ts";

/** Written-out forms of known acronyms: "GGZ" is kept when the draft says "geestelijke gezondheidszorg". */
const acronymFull = new Map<string, string>();
for (const a of acronyms) for (const form of a.forms) acronymFull.set(form.toLowerCase(), a.full.toLowerCase());

const labels: Record<FactKind, string> = {
  amount: "Het bedrag",
  number: "Het getal",
  percentage: "Het percentage",
  date: "De datum",
  weekday: "De dag",
  time: "De tijd",
  period: "De periode",
  name: "De naam",
  placeholder: "Het invulveld",
  phone: "Het telefoonnummer",
  email: "Het e-mailadres",
  url: "De link",
  "case-number": "Het kenmerk",
};

export interface FactChange {
  original: Fact;
  /** The draft's fact that took its place; absent when the fact is simply gone. */
  draft?: Fact;
}

export interface FactCheck {
  /** The facts of the original. */
  facts: Fact[];
  /** How many of them the draft still has. */
  kept: number;
  missing: FactChange[];
  changed: FactChange[];
  /** Error findings on the draft, one per missing or changed fact. */
  findings: Finding[];
}

function wordsOf(doc: DocumentModel, index: number): Set<string> {
  const s = doc.sentences[index]!;
  const out = new Set<string>();
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const t = doc.tokens[k]!;
    if (t.kind !== "punct" && t.kind !== "symbol") out.add(t.lower);
  }
  return out;
}

/** Draft sentences looked at on each side of where the original sentence would be (keeps the search linear). */
const ANCHOR_WINDOW = 16;

/**
 * A missing fact has no place in the draft, and a finding needs a span. It is anchored on the draft sentence
 * that shares the most words with the original sentence that held the fact (the first such sentence on a tie),
 * among the draft sentences near the same relative position: a rewrite keeps the order of the text. So the
 * reader sees where the fact used to be. Undefined only when the draft has no sentence at all.
 */
function anchorFinder(original: DocumentModel, draft: DocumentModel) {
  const bySentence = new Map<number, { start: number; end: number } | undefined>();
  const draftWords = new Map<number, Set<string>>();
  const wordsOfDraft = (i: number) => {
    let words = draftWords.get(i);
    if (!words) draftWords.set(i, (words = wordsOf(draft, i)));
    return words;
  };
  return (fact: Fact) => {
    if (draft.sentences.length === 0) return undefined;
    if (bySentence.has(fact.sentence)) return bySentence.get(fact.sentence);
    const source = wordsOf(original, fact.sentence);
    const centre = Math.round((fact.sentence * draft.sentences.length) / Math.max(1, original.sentences.length));
    let best = 0;
    let bestScore = -1;
    const from = Math.max(0, centre - ANCHOR_WINDOW);
    const to = Math.min(draft.sentences.length, centre + ANCHOR_WINDOW + 1);
    for (let i = from; i < to; i++) {
      let score = 0;
      for (const w of wordsOfDraft(i)) if (source.has(w)) score++;
      if (score > bestScore) (bestScore = score), (best = i);
    }
    const s = draft.sentences[best]!;
    bySentence.set(fact.sentence, { start: s.start, end: s.end });
    return bySentence.get(fact.sentence);
  };
}

/** A first-in-first-out list that takes from the front in constant time (Array.shift is linear). */
class Queue<T> {
  private items: T[] = [];
  private head = 0;
  push(item: T) {
    this.items.push(item);
  }
  size() {
    return this.items.length - this.head;
  }
  take(): T | undefined {
    return this.head < this.items.length ? this.items[this.head++] : undefined;
  }
  rest(): T[] {
    return this.items.slice(this.head);
  }
  sortBy(order: (a: T, b: T) => number) {
    this.items = this.rest().sort(order);
    this.head = 0;
  }
}

function queueFor<K, T>(map: Map<K, Queue<T>>, key: K): Queue<T> {
  let queue = map.get(key);
  if (!queue) map.set(key, (queue = new Queue<T>()));
  return queue;
}

/** Acronyms (lower case) whose written-out form the draft contains: "GGZ" is kept as "geestelijke gezondheidszorg". */
function writtenOutAcronyms(draft: DocumentModel): Set<string> {
  const lower = draft.text.toLowerCase();
  const found = new Set<string>();
  for (const [form, full] of acronymFull) if (lower.includes(full)) found.add(form);
  return found;
}

function finding(draft: DocumentModel, id: "fact/missing" | "fact/changed", span: { start: number; end: number }, message: string, suggestions: Suggestion[]): Finding {
  return { id, rule: "fact", severity: "error", start: span.start, end: span.end, text: draft.text.slice(span.start, span.end), message, suggestions };
}

const NAME_RECOUNTS = 200;

/** How often `words` stands in the text as whole words (not inside a longer word), case-sensitive. */
function wordCount(text: string, words: string): number {
  let n = 0;
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + words.length)) {
    if (!/[\p{L}\p{N}]/u.test(text[at - 1] ?? "") && !/[\p{L}\p{N}]/u.test(text[at + words.length] ?? "")) n++;
  }
  return n;
}

export function compareFacts(originalInput: string | DocumentModel, draftInput: string | DocumentModel): FactCheck {
  const original = typeof originalInput === "string" ? buildDocument(originalInput) : originalInput;
  const draft = typeof draftInput === "string" ? buildDocument(draftInput) : draftInput;
  const before = extractFacts(original);
  const after = extractFacts(draft);

  // exact matches first, by normalised key; each key's draft facts are a queue read from the front (linear:
  // a text of 30,000 equal numbers has one key with 30,000 facts)
  const unusedDraft = new Map<string, Queue<Fact>>();
  for (const f of after) queueFor(unusedDraft, f.key).push(f);
  let fullFormsInDraft: Set<string> | undefined; // only when a name is lost
  const recounted = new Map<string, boolean>();
  const stillStands = (name: string): boolean => {
    let stands = recounted.get(name);
    if (stands === undefined) {
      if (recounted.size >= NAME_RECOUNTS) return false;
      recounted.set(name, (stands = wordCount(draft.text, name) >= wordCount(original.text, name)));
    }
    return stands;
  };
  const lost: Fact[] = [];
  for (const f of before) {
    const same = unusedDraft.get(f.key);
    if (same && same.size() > 0) same.take();
    else if (f.kind === "name" && (fullFormsInDraft ??= writtenOutAcronyms(draft)).has(f.text.toLowerCase())) continue;
    // the words of a name still stand as often as before, only read as part of another name or at a sentence start
    // ("mw. drs. C.A. Timmerman-de Graaf" → "mevrouw drs. …": "Graaf" became "Timmerman-de Graaf")
    // (counted for at most NAME_RECOUNTS different names: each count reads both texts, and hostile text has thousands)
    else if (f.kind === "name" && stillStands(f.text)) continue;
    else lost.push(f);
  }
  // a lost fact and a new fact of the same kind, in text order, count as a change (€ 2.550 → € 2.500);
  // not for names: a capitalised word is too often no name at all
  const newByKind = new Map<FactKind, Queue<Fact>>();
  for (const queue of unusedDraft.values()) for (const f of queue.rest()) queueFor(newByKind, f.kind).push(f);
  for (const queue of newByKind.values()) queue.sortBy((a, b) => a.start - b.start);

  const anchorOf = anchorFinder(original, draft);
  const missing: FactChange[] = [];
  const changed: FactChange[] = [];
  const findings: Finding[] = [];
  for (const f of lost) {
    const replacement = f.kind === "name" ? undefined : newByKind.get(f.kind)?.take();
    const label = labels[f.kind];
    if (replacement) {
      changed.push({ original: f, draft: replacement });
      findings.push(
        finding(draft, "fact/changed", replacement, `${label} ${f.text} is veranderd in ${replacement.text}. Klopt dat? Zet anders ${f.text} terug.`, [
          { replacement: f.text, safe: false, note: `Zo staat er weer ${f.text}.` },
        ]),
      );
    } else {
      missing.push({ original: f });
      const anchor = anchorOf(f);
      if (anchor) findings.push(finding(draft, "fact/missing", anchor, `${label} ${f.text} staat niet meer in de tekst. Zet het terug in deze zin of in een andere zin.`, []));
    }
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { facts: before, kept: before.length - lost.length, missing, changed, findings };
}
