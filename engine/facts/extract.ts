// The facts of a text: amounts, numbers, percentages, dates, weekdays, times, periods, names, placeholders,
// phone numbers, e-mail addresses, links and case numbers. Built on the document model's tokens.
import { buildDocument, sentenceTokens } from "../text/document.ts";
import type { DocumentModel, Token } from "../types.ts";
import { numberWordValue } from "./number-words.ts";

export type FactKind =
  | "amount"
  | "number"
  | "percentage"
  | "date"
  | "weekday"
  | "time"
  | "period"
  | "name"
  | "placeholder"
  | "phone"
  | "email"
  | "url"
  | "case-number";

export interface Fact {
  kind: FactKind;
  /** The fact as written, e.g. "€ 2.550" or "binnen 30 dagen". */
  text: string;
  start: number;
  end: number;
  /** Normalised form for comparison: "€ 2.550", "€2.550" and "2550 euro" all give "amount:2550". */
  key: string;
  /** Index of the sentence unit that holds the fact. */
  sentence: number;
}

const months: Record<string, number> = {
  januari: 1, februari: 2, maart: 3, april: 4, mei: 5, juni: 6, juli: 7, augustus: 8, september: 9, oktober: 10, november: 11, december: 12,
  jan: 1, feb: 2, mrt: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, okt: 10, nov: 11, dec: 12,
};
const weekdays = new Set(["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]);
const periodUnits: Record<string, string> = {
  dag: "dag", dagen: "dag", werkdag: "werkdag", werkdagen: "werkdag", week: "week", weken: "week", maand: "maand", maanden: "maand",
  jaar: "jaar", jaren: "jaar", uur: "uur", uren: "uur", minuut: "minuut", minuten: "minuut", kalenderdagen: "dag", kalenderdag: "dag",
};
/** Words before a date or period that make it a deadline; they are part of the fact's text, not of its key. */
const deadlineWords = new Set(["binnen", "uiterlijk", "vóór", "voor", "na", "vanaf", "tot", "per"]);
const caseLabels = new Set([
  "kenmerk", "dossiernummer", "zaaknummer", "referentie", "referentienummer", "klantnummer", "factuurnummer", "polisnummer",
  "contractnummer", "registratienummer", "huurdernummer", "debiteurnummer", "relatienummer", "zaak", "dossier",
]);
const nameParticles = new Set(["van", "de", "der", "den", "ter", "ten", "te", "'t", "von", "la", "le", "du", "da"]);
/**
 * Capitalised words that are not names even mid-sentence: "U" as a polite form, and function words that start
 * a sentence the segmenter did not see ("… enzovoort Je schrikt niet").
 */
const notNames = new Set([
  "u", "uw", "ik", "wij", "we", "je", "jij", "jou", "jouw", "jullie", "hij", "zij", "ze", "het", "de", "een", "dit", "dat",
  "deze", "die", "wat", "wie", "hoe", "waar", "wanneer", "waarom", "als", "maar", "en", "of", "want", "dus", "ook", "er",
  "daarna", "dan", "toen", "nu", "zo", "bijvoorbeeld", "in", "op", "met", "voor", "van", "bij", "na", "om", "tot", "uit",
]);

/** "2.550" → "2550", "12,50" → "12.5", "850,-" → "850". Thousands dots only where they group three digits. */
export function normaliseNumber(raw: string): string {
  let s = raw.replace(/,[-–]{1,2}$/, "").replace(/\s/g, "");
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) s = s.replace(/\./g, "");
  s = s.replace(",", ".");
  if (/^\d+(\.\d+)?$/.test(s)) return String(Number(s));
  return s;
}

function normaliseDate(parts: (string | number)[]): string {
  return parts.map((p) => String(Number(p))).join("-");
}

function isWordLike(t: Token | undefined): boolean {
  return !!t && t.kind !== "punct" && t.kind !== "symbol";
}

function startsUpper(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** A value from a number token or a Dutch number word. */
function countValue(t: Token | undefined): string | undefined {
  if (!t) return undefined;
  if (t.kind === "number" && /^\d+$/.test(t.text)) return String(Number(t.text));
  if (t.kind === "word") {
    const v = numberWordValue(t.lower);
    return v === undefined ? undefined : String(v);
  }
  return undefined;
}

interface Match {
  kind: FactKind;
  key: string;
  /** Token indexes (into the sentence's tokens) of the first and last token of the fact, inclusive. */
  from: number;
  to: number;
}

/** Tries every fact pattern at token k; the first that matches wins. */
function matchAt(tokens: Token[], k: number, sentenceStartIndex: number): Match | undefined {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  const prev = tokens[k - 1];
  const withDeadline = (m: Match): Match => (prev && deadlineWords.has(prev.lower) ? { ...m, from: k - 1 } : m);

  switch (t.kind) {
    case "amount":
      return { kind: "amount", key: `amount:${normaliseNumber(t.text.replace(/[^\d.,\-–]/g, "").replace(/^[.,]+|[.,]+$/g, ""))}`, from: k, to: k };
    case "placeholder":
      return { kind: "placeholder", key: `placeholder:${t.text}`, from: k, to: k };
    case "phone": {
      const digits = t.text.replace(/^\+31/, "0").replace(/\D/g, "");
      return { kind: "phone", key: `phone:${digits}`, from: k, to: k };
    }
    case "email":
      return { kind: "email", key: `email:${t.lower}`, from: k, to: k };
    case "url":
      return { kind: "url", key: `url:${t.lower.replace(/^https?:\/\//, "").replace(/^www\./, "").replace(/\/+$/, "")}`, from: k, to: k };
    case "date": {
      const parts = t.text.split(/[-./]/);
      return withDeadline({ kind: "date", key: `date:${normaliseDate(parts)}`, from: k, to: k });
    }
    case "time": {
      const [h, m] = t.text.split(/[.:]/);
      const to = next?.lower === "uur" ? k + 1 : k;
      return { kind: "time", key: `time:${Number(h)}:${m}`, from: k, to };
    }
    default:
      break;
  }

  // a case number after its label: "kenmerk 2024/123", "dossiernummer: AB-12"
  if (prev && (caseLabels.has(prev.lower) || (prev.text === ":" && caseLabels.has(tokens[k - 2]?.lower ?? ""))) && isWordLike(t) && /\d/.test(t.text)) {
    return { kind: "case-number", key: `case:${t.lower}`, from: k, to: k };
  }
  if (t.kind === "number" && /\d[/-]\d/.test(t.text)) return { kind: "case-number", key: `case:${t.lower}`, from: k, to: k };

  const count = countValue(t);
  if (count !== undefined) {
    // 1 maart, 1 maart 2024
    if (next && months[next.lower] && t.kind === "number" && Number(count) >= 1 && Number(count) <= 31) {
      const year = tokens[k + 2];
      const hasYear = year?.kind === "number" && /^\d{4}$/.test(year.text);
      const parts = hasYear ? [count, months[next.lower]!, year.text] : [count, months[next.lower]!];
      return withDeadline({ kind: "date", key: `date:${normaliseDate(parts)}`, from: k, to: hasYear ? k + 2 : k + 1 });
    }
    // om 12 uur
    if (next?.lower === "uur" && prev?.lower === "om" && Number(count) <= 24) return { kind: "time", key: `time:${count}:00`, from: k, to: k + 1 };
    // 30 dagen, dertig dagen
    if (next && periodUnits[next.lower]) {
      return withDeadline({ kind: "period", key: `period:${count}:${periodUnits[next.lower]}`, from: k, to: k + 1 });
    }
  }
  if (t.kind === "number") {
    const value = normaliseNumber(t.text);
    if (next && (next.text === "%" || next.lower === "procent")) return { kind: "percentage", key: `percent:${value}`, from: k, to: k + 1 };
    if (next && (next.lower === "euro" || next.lower === "eur")) return { kind: "amount", key: `amount:${value}`, from: k, to: k + 1 };
    return { kind: "number", key: `number:${value}`, from: k, to: k };
  }
  if (t.kind === "word" && weekdays.has(t.lower)) return { kind: "weekday", key: `weekday:${t.lower}`, from: k, to: k };

  // names: a capitalised word that does not start the sentence, with "de", "van der" … between parts
  if (t.kind === "word" && k > sentenceStartIndex && startsUpper(t.text) && !notNames.has(t.lower)) {
    const before = tokens[k - 1]!;
    // after an opening mark a capital starts a phrase, except one word alone in brackets: "(Awb)", "(Jansen)"
    const alone = before.text === "(" && tokens[k + 1]?.text === ")";
    if (before.text === ":" || (/^["'“‘„(]$/.test(before.text) && !alone)) return undefined;
    let to = k;
    for (let j = k + 1; j < tokens.length && j < k + 8; j++) {
      const w = tokens[j]!;
      if (w.kind === "word" && startsUpper(w.text) && !notNames.has(w.lower)) to = j;
      else if (w.kind === "word" && nameParticles.has(w.lower)) continue;
      else break;
    }
    const words = tokens.slice(k, to + 1).map((w) => w.text);
    return { kind: "name", key: `name:${words.join(" ").toLowerCase()}`, from: k, to };
  }
  return undefined;
}

/** Every fact of the text, in text order. */
export function extractFacts(input: string | DocumentModel): Fact[] {
  const doc = typeof input === "string" ? buildDocument(input) : input;
  const facts: Fact[] = [];
  doc.sentences.forEach((s, index) => {
    const tokens = sentenceTokens(doc, index);
    // the first word of the unit starts the sentence; so does a word right after a colon or quote (handled in matchAt)
    const firstWord = tokens.findIndex((t) => t.kind === "word" || t.kind === "placeholder");
    for (let k = 0; k < tokens.length; k++) {
      const m = matchAt(tokens, k, firstWord < 0 ? 0 : firstWord);
      if (!m) continue;
      const start = tokens[m.from]!.start;
      const end = tokens[m.to]!.end;
      facts.push({ kind: m.kind, text: doc.text.slice(start, end), start, end, key: m.key, sentence: index });
      k = m.to;
    }
  });
  return facts;
}
