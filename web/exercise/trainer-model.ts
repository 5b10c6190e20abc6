// The trainer page's model: the view from the server, kept up to date with small patches, and the
// tables the page shows (per word the responses, per participant the letter's score).
import type { TrainerPatch, TrainerResponse, TrainerRow, TrainerView } from "../../server/exercise/views.ts";

/** The view with the patch applied, or undefined when the patch does not follow this view's version. */
export function applyPatch(view: TrainerView, patch: TrainerPatch): TrainerView | undefined {
  if (patch.base !== view.version) return undefined;
  const removed = new Set(patch.removed ?? []);
  const changed = new Map((patch.participants ?? []).map((row) => [row.id, row]));
  const participants: TrainerRow[] = [];
  for (const row of view.participants) {
    if (removed.has(row.id)) continue;
    participants.push(changed.get(row.id) ?? row);
    changed.delete(row.id);
  }
  participants.push(...changed.values());
  return { ...view, ...(patch.session ?? {}), version: patch.version, participants };
}

export function responsesFor(view: TrainerView, index: number): Array<TrainerResponse & { participantId: string; name: string }> {
  return view.participants.flatMap((p) => {
    const answer = p.answers[index];
    return answer ? [{ participantId: p.id, name: p.name, ...answer }] : [];
  });
}

export type LetterRow = NonNullable<TrainerRow["letter"]> & { participantId: string; name: string };

export function letterRows(view: TrainerView): LetterRow[] {
  return view.participants.flatMap((p) => (p.letter ? [{ participantId: p.id, name: p.name, ...p.letter }] : []));
}

/** The projector view: "Deelnemer 1, 2, …" in order of joining instead of the names people gave. */
export function anonymousNames(view: TrainerView): Map<string, string> {
  return new Map(view.participants.map((p, i) => [p.id, `Deelnemer ${i + 1}`]));
}

export interface WordTally {
  accepted: number;
  plain: number;
  rejected: number;
  /** The answers that are good or plain, each once with how many gave it; answers judged "nog niet" are only counted. */
  shown: Array<{ text: string; verdict: "accepted" | "plain"; count: number }>;
}

/** One word's answers for the projector: counts per verdict and no names, so nobody is singled out. */
export function wordTally(view: TrainerView, index: number): WordTally {
  const tally: WordTally = { accepted: 0, plain: 0, rejected: 0, shown: [] };
  const byText = new Map<string, WordTally["shown"][number]>();
  for (const r of responsesFor(view, index)) {
    tally[r.verdict]++;
    if (r.verdict === "rejected") continue;
    const key = `${r.verdict}\u0000${r.text.trim().toLowerCase()}`;
    const seen = byText.get(key);
    if (seen) seen.count++;
    else byText.set(key, { text: r.text.trim(), verdict: r.verdict, count: 1 });
  }
  tally.shown = [...byText.values()].sort((a, b) => b.count - a.count || a.text.localeCompare(b.text, "nl"));
  return tally;
}
