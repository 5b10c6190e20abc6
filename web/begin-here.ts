// "Begin hier": the three to five changes that lower the text's level most, in that order.
// The gains follow the sentence points of engine/level.ts: a word over 15 is 0.2, a passive 1, a stiff word 0.5.
import type { Finding } from "./report-types.ts";

export interface BeginStep {
  finding: Finding;
  /** What to do, in B1 Dutch. */
  action: string;
  gain: number;
}

const MAX_STEPS = 5;
const MIN_STEPS = 3;
const OFFICIALESE_RULES = new Set(["lexicon", "pattern"]);
const NOT_OFFICIALESE = new Set(["afkorting", "vaktaal"]);

function wordsIn(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function stepFor(f: Finding): BeginStep | undefined {
  if (f.rule === "sentence-length") {
    return { finding: f, action: "Maak van deze lange zin twee of drie korte zinnen.", gain: Math.max(0, wordsIn(f.text) - 15) * 0.2 };
  }
  if (f.severity === "info") return undefined;
  if (f.rule === "passive") return { finding: f, action: "Zeg in deze zin wie iets doet.", gain: 1 };
  if (OFFICIALESE_RULES.has(f.rule) && !NOT_OFFICIALESE.has(f.category ?? "")) {
    return { finding: f, action: "Kies hier een gewoon woord.", gain: f.severity === "error" ? 0.6 : 0.5 };
  }
  if (f.rule === "nominal-style") return { finding: f, action: "Gebruik hier een werkwoord.", gain: 0.5 };
  if (f.rule === "hard-word") return { finding: f, action: "Kies hier een bekend woord, of leg het uit.", gain: 0.4 };
  return undefined;
}

/**
 * The steps with the largest gain (ties: earlier in the text first). At most five; fewer only when the text has
 * fewer changes to make. The same action is not given more than twice in a row of three, so the list stays varied.
 */
export function beginHere(findings: readonly Finding[]): BeginStep[] {
  const steps = findings.map(stepFor).filter((s): s is BeginStep => s !== undefined && s.gain > 0);
  steps.sort((a, b) => b.gain - a.gain || a.finding.start - b.finding.start);
  const picked: BeginStep[] = [];
  const perAction = new Map<string, number>();
  for (const step of steps) {
    if (picked.length === MAX_STEPS) break;
    const n = perAction.get(step.action) ?? 0;
    if (n >= 2 && steps.length > MIN_STEPS) continue;
    perAction.set(step.action, n + 1);
    picked.push(step);
  }
  if (picked.length < MIN_STEPS) {
    for (const step of steps) if (picked.length < MIN_STEPS && !picked.includes(step)) picked.push(step);
  }
  return picked;
}
