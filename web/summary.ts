// The overview numbers and the plain verdict, in B1 Dutch.
import { kindOf, type KindKey } from "./finding-kinds.ts";
import type { CheckReport, Finding } from "./report-types.ts";

export interface Summary {
  counts: Partial<Record<KindKey, number>>;
  hardWords: number;
  longSentences: number;
  passiveSentences: number;
  averageSentenceLength: number;
  isB1: boolean;
  verdict: string;
}

const WORD_KINDS: KindKey[] = ["woord", "vaktaal", "uitdrukking", "afkorting", "toon", "naamwoordstijl"];
const MAX_AVERAGE_SENTENCE_LENGTH = 15;

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Joins reasons the Dutch way: "a", "a en b", "a, b en c". */
export function joinDutch(parts: string[]): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} en ${parts[parts.length - 1]}`;
}

export function formatNumber(value: number): string {
  return value.toLocaleString("nl-NL", { maximumFractionDigits: 1 });
}

export function summarize(report: Pick<CheckReport, "metrics">, findings: readonly Finding[]): Summary {
  const counts: Partial<Record<KindKey, number>> = {};
  for (const finding of findings) {
    const key = kindOf(finding).key;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  // tips (info) do not keep a text from B1: only warnings and errors count for the verdict
  const loud: Partial<Record<KindKey, number>> = {};
  for (const finding of findings) {
    if (finding.severity === "info") continue;
    const key = kindOf(finding).key;
    loud[key] = (loud[key] ?? 0) + 1;
  }
  const hardWords = WORD_KINDS.reduce((sum, key) => sum + (loud[key] ?? 0), 0);
  const longSentences = loud["lange-zin"] ?? 0;
  const passiveSentences = loud["lijdende-vorm"] ?? 0;
  const average = report.metrics.averageSentenceLength;

  const reasons: Array<{ count: number; text: string }> = [];
  if (hardWords > 0) reasons.push({ count: hardWords, text: plural(hardWords, "moeilijk woord", "moeilijke woorden") });
  if (longSentences > 0) reasons.push({ count: longSentences, text: plural(longSentences, "lange zin", "lange zinnen") });
  if (passiveSentences > 0)
    reasons.push({ count: passiveSentences, text: plural(passiveSentences, "zin in de lijdende vorm", "zinnen in de lijdende vorm") });
  const otherCount = loud.overig ?? 0;
  if (otherCount > 0) reasons.push({ count: otherCount, text: plural(otherCount, "andere opmerking", "andere opmerkingen") });

  let verdict: string;
  let isB1 = false;
  if (report.metrics.words === 0) {
    verdict = "Plak of typ een tekst. Dan ziet u hier of de tekst op B1-niveau is.";
  } else if (reasons.length === 0 && average <= MAX_AVERAGE_SENTENCE_LENGTH) {
    isB1 = true;
    verdict = "Deze tekst is op B1-niveau. Goed gedaan!";
  } else if (reasons.length === 0) {
    verdict = `Deze tekst is nog niet op B1-niveau. Vooral: de zinnen zijn gemiddeld te lang (${formatNumber(average)} woorden). Maak ze korter.`;
  } else {
    const top = [...reasons].sort((a, b) => b.count - a.count).slice(0, 2);
    const ordered = reasons.filter((r) => top.includes(r)).map((r) => r.text);
    verdict = `Deze tekst is nog niet op B1-niveau. Vooral: ${joinDutch(ordered)}.`;
  }
  return { counts, hardWords, longSentences, passiveSentences, averageSentenceLength: average, isB1, verdict };
}
