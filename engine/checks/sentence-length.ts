// Sentence length: over 20 words is a warning, over 25 an error (brief §2); points at a place to split.
import { isCountedUnit } from "../text/document.ts";
import type { Check, DocumentModel, Finding, Sentence, Suggestion, Token } from "../types.ts";
import { isQuestionWord } from "./clauses.ts";

const mainClauseJoiners = new Set(["maar", "en", "want", "dus", "of"]);
const clauseStarters = new Set(["omdat", "waardoor", "zodat", "terwijl", "nadat", "voordat", "als", "wanneer", "die", "dat", "welk", "welke", "waarbij", "waarin", "waarmee", "hoewel", "aangezien", "indien"]);

interface SplitPoint {
  /** Token index (in the sentence) of the comma/semicolon, or of the joining word. */
  at: number;
  /** The word to mention in the message. */
  word: string;
  /** Can the sentence be cut here into two main clauses without changing word order? */
  clean: boolean;
}

function splitPoints(tokens: Token[]): SplitPoint[] {
  const points: SplitPoint[] = [];
  for (let k = 2; k < tokens.length - 3; k++) {
    const t = tokens[k]!;
    if (t.text === ";") points.push({ at: k, word: ";", clean: true });
    else if (t.text === "," ) {
      const next = tokens[k + 1]!;
      if (mainClauseJoiners.has(next.lower)) points.push({ at: k, word: next.lower, clean: next.lower !== "of" });
      else if (clauseStarters.has(next.lower) && !isQuestionWord(tokens, k + 1)) points.push({ at: k, word: next.lower, clean: false });
    } else if (clauseStarters.has(t.lower) && tokens[k - 1]!.text !== "," && !isQuestionWord(tokens, k)) {
      points.push({ at: k, word: t.lower, clean: false });
    }
  }
  return points;
}

/** wordsBefore[k] = number of words in tokens[0..k). */
function wordsBeforeEach(tokens: Token[]): number[] {
  const out = [0];
  for (const t of tokens) out.push(out[out.length - 1]! + (t.kind !== "punct" && t.kind !== "symbol" ? 1 : 0));
  return out;
}

/** The split point nearest to the middle of the sentence that leaves at least 5 words on each side. */
function bestSplit(tokens: Token[], words: number): SplitPoint | undefined {
  let best: SplitPoint | undefined;
  let bestScore = Infinity;
  const wordsBefore = wordsBeforeEach(tokens);
  for (const p of splitPoints(tokens)) {
    const left = wordsBefore[p.at]!;
    if (left < 5 || words - left < 5) continue;
    const score = Math.abs(words / 2 - left) - (p.clean ? 3 : 0);
    if (score < bestScore) (bestScore = score), (best = p);
  }
  return best;
}

function cleanSplit(doc: DocumentModel, s: Sentence, tokens: Token[], p: SplitPoint): Suggestion {
  const punct = tokens[p.at]!;
  const joiner = tokens[p.at + 1]!;
  const head = doc.text.slice(s.start, punct.start).replace(/[\s,;]+$/, "");
  // after ";" the next word starts the new sentence; after ", maar" the joiner does ("Maar …"); "en" is dropped
  const restStart = p.word === ";" ? joiner : p.word === "en" ? tokens[p.at + 2]! : joiner;
  let rest = doc.text.slice(restStart.start, s.end);
  if (restStart.kind === "word") rest = rest.charAt(0).toUpperCase() + rest.slice(1);
  const end = /[.!?]$/.test(head) ? "" : ".";
  return {
    replacement: `${head}${end} ${rest}`,
    start: s.start,
    end: s.end,
    safe: false,
    note: "Zo wordt het twee zinnen. Lees de zinnen nog een keer na.",
  };
}

export const sentenceLengthCheck: Check = {
  rule: "sentence-length",
  run(doc, options) {
    const findings: Finding[] = [];
    for (const s of doc.sentences) {
      if (!isCountedUnit(s) || s.words < options.sentenceWarnWords) continue;
      const tokens = doc.tokens.slice(s.tokenStart, s.tokenEnd);
      const split = bestSplit(tokens, s.words);
      const error = s.words >= options.sentenceErrorWords;
      const where = !split ? "" : split.word === ";" ? " Maak bijvoorbeeld een punt van de puntkomma." : ` Knip de zin bijvoorbeeld bij '${split.word}'.`;
      findings.push({
        id: "sentence-length",
        rule: "sentence-length",
        severity: error ? "error" : "warning",
        start: s.start,
        end: s.end,
        text: doc.text.slice(s.start, s.end),
        message: `Deze zin is lang: ${s.words} woorden. Een zin van hoogstens 15 tot 20 woorden leest makkelijker. Maak er twee of meer zinnen van.${where}`,
        suggestions: split?.clean ? [cleanSplit(doc, s, tokens, split)] : [],
      });
    }
    return findings;
  },
};
