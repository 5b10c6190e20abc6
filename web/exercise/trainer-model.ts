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
