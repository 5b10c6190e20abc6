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

/**
 * A missing fact has no place in the draft, and a finding needs a span. It is anchored on the draft sentence
 * that shares the most words with the original sentence that held the fact (the first such sentence on a tie);
 * so the reader sees where the fact used to be. Undefined only when the draft has no sentence at all.
 */
function anchorFor(original: DocumentModel, draft: DocumentModel, fact: Fact): { start: number; end: number } | undefined {
  if (draft.sentences.length === 0) return undefined;
  const source = wordsOf(original, fact.sentence);
  let best = 0;
  let bestScore = -1;
  draft.sentences.forEach((_, i) => {
    let score = 0;
    for (const w of wordsOf(draft, i)) if (source.has(w)) score++;
    if (score > bestScore) (bestScore = score), (best = i);
  });
  const s = draft.sentences[best]!;
  return { start: s.start, end: s.end };
}

function finding(draft: DocumentModel, id: "fact/missing" | "fact/changed", span: { start: number; end: number }, message: string, suggestions: Suggestion[]): Finding {
  return { id, rule: "fact", severity: "error", start: span.start, end: span.end, text: draft.text.slice(span.start, span.end), message, suggestions };
}

export function compareFacts(originalInput: string | DocumentModel, draftInput: string | DocumentModel): FactCheck {
  const original = typeof originalInput === "string" ? buildDocument(originalInput) : originalInput;
  const draft = typeof draftInput === "string" ? buildDocument(draftInput) : draftInput;
  const before = extractFacts(original);
  const after = extractFacts(draft);

  // exact matches first, by normalised key
  const unusedDraft = new Map<string, Fact[]>();
  for (const f of after) unusedDraft.set(f.key, [...(unusedDraft.get(f.key) ?? []), f]);
  const lost: Fact[] = [];
  const draftLower = draft.text.toLowerCase();
  for (const f of before) {
    const same = unusedDraft.get(f.key);
    if (same?.length) same.shift();
    else if (f.kind === "name" && draftLower.includes(acronymFull.get(f.text.toLowerCase()) ?? "\u0000")) continue;
    else lost.push(f);
  }
  // a lost fact and a new fact of the same kind, in text order, count as a change (€ 2.550 → € 2.500);
  // not for names: a capitalised word is too often no name at all
  const newByKind = new Map<FactKind, Fact[]>();
  for (const f of after) if (unusedDraft.get(f.key)?.includes(f)) newByKind.set(f.kind, [...(newByKind.get(f.kind) ?? []), f]);

  const missing: FactChange[] = [];
  const changed: FactChange[] = [];
  const findings: Finding[] = [];
  for (const f of lost) {
    const replacement = f.kind === "name" ? undefined : newByKind.get(f.kind)?.shift();
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
      const anchor = anchorFor(original, draft, f);
      if (anchor) findings.push(finding(draft, "fact/missing", anchor, `${label} ${f.text} staat niet meer in de tekst. Zet het terug in deze zin of in een andere zin.`, []));
    }
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { facts: before, kept: before.length - lost.length, missing, changed, findings };
}
