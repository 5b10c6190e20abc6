// The "Herschreven versie" view as pure data: the draft rebuilt from the original and the change list (so any
// change can be undone on its own), and a word diff inside each change for drawing what is new and what is gone.

/** One change from POST /api/rewrite, in original offsets: original.slice(start, end) became `replacement`. */
export interface RewriteChange {
  start: number;
  end: number;
  newStart: number;
  newEnd: number;
  replacement: string;
}

export type DraftPart =
  | { kind: "same"; text: string }
  /** `index` is the change's place in the (valid) change list. */
  | { kind: "change"; index: number; before: string; after: string; undone: boolean };

export interface DiffPart {
  kind: "same" | "removed" | "inserted";
  text: string;
}

/** Changes that fit the original: inside it, in text order and not overlapping. Others are left out. */
export function validChanges(original: string, changes: readonly RewriteChange[]): RewriteChange[] {
  const sorted = changes
    .filter((c) => Number.isInteger(c.start) && Number.isInteger(c.end) && c.start >= 0 && c.start <= c.end && c.end <= original.length)
    .filter((c) => typeof c.replacement === "string")
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const out: RewriteChange[] = [];
  for (const c of sorted) {
    const previous = out[out.length - 1];
    if (previous && (c.start < previous.end || (c.start === previous.start && c.start === c.end))) continue;
    out.push(c);
  }
  return out;
}

/** The draft as parts: unchanged text and changes, each change with its original and new words. */
export function draftParts(original: string, changes: readonly RewriteChange[], undone: ReadonlySet<number>): DraftPart[] {
  const parts: DraftPart[] = [];
  let pos = 0;
  changes.forEach((c, index) => {
    if (c.start > pos) parts.push({ kind: "same", text: original.slice(pos, c.start) });
    parts.push({ kind: "change", index, before: original.slice(c.start, c.end), after: c.replacement, undone: undone.has(index) });
    pos = c.end;
  });
  if (pos < original.length) parts.push({ kind: "same", text: original.slice(pos) });
  return parts;
}

/** The draft text: every change applied except the undone ones (those keep their original words). */
export function draftText(original: string, changes: readonly RewriteChange[], undone: ReadonlySet<number>): string {
  return draftParts(original, changes, undone)
    .map((p) => (p.kind === "same" ? p.text : p.undone ? p.before : p.after))
    .join("");
}

/** Where each change sits in the draft text (after undoing some). */
export function changeSpansInDraft(original: string, changes: readonly RewriteChange[], undone: ReadonlySet<number>): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  let offset = 0;
  for (const p of draftParts(original, changes, undone)) {
    const text = p.kind === "same" ? p.text : p.undone ? p.before : p.after;
    if (p.kind === "change") spans[p.index] = { start: offset, end: offset + text.length };
    offset += text.length;
  }
  return spans;
}

// Words, runs of white space, and single other characters (punctuation): "betalen." differs from "betalen" only in ".".
const TOKEN = /\s+|[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;

function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Above this many table cells (words before × words after) the diff shows the whole change as removed + inserted. */
export const MAX_DIFF_CELLS = 250_000;

/**
 * A word diff of one change: the parts in reading order. Joining the parts that are not "removed" gives `after`;
 * joining those that are not "inserted" gives `before`. Within a run of differences the removed words come first.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const a = tokens(before);
  const b = tokens(after);
  const raw: DiffPart[] = [];
  if (a.length * b.length > MAX_DIFF_CELLS) {
    if (before) raw.push({ kind: "removed", text: before });
    if (after) raw.push({ kind: "inserted", text: after });
    return raw;
  }
  // lcs[i][j] = longest common subsequence of a[i..] and b[j..], in one flat table
  const width = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] = a[i] === b[j] ? lcs[(i + 1) * width + j + 1]! + 1 : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      raw.push({ kind: "same", text: a[i]! });
      i++, j++;
    } else if (j < b.length && (i === a.length || lcs[i * width + j + 1]! >= lcs[(i + 1) * width + j]!)) {
      raw.push({ kind: "inserted", text: b[j]! });
      j++;
    } else {
      raw.push({ kind: "removed", text: a[i]! });
      i++;
    }
  }
  return groupRuns(raw);
}

/** Merges neighbouring parts of a kind; a lone space between two differences joins the difference on both sides. */
function groupRuns(raw: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let removed = "";
  let inserted = "";
  const pushSame = (text: string) => {
    if (!text) return;
    const last = out[out.length - 1];
    if (last?.kind === "same") last.text += text;
    else out.push({ kind: "same", text });
  };
  const flush = () => {
    // white space that both sides start or end with is not a difference
    let head = 0;
    while (head < removed.length && head < inserted.length && removed[head] === inserted[head] && /\s/.test(removed[head]!)) head++;
    let tail = 0;
    while (
      tail < removed.length - head &&
      tail < inserted.length - head &&
      removed[removed.length - 1 - tail] === inserted[inserted.length - 1 - tail] &&
      /\s/.test(removed[removed.length - 1 - tail]!)
    )
      tail++;
    pushSame(removed.slice(0, head));
    if (removed.length - tail > head) out.push({ kind: "removed", text: removed.slice(head, removed.length - tail) });
    if (inserted.length - tail > head) out.push({ kind: "inserted", text: inserted.slice(head, inserted.length - tail) });
    pushSame(removed.slice(removed.length - tail));
    removed = inserted = "";
  };
  raw.forEach((part, k) => {
    if (part.kind === "removed") removed += part.text;
    else if (part.kind === "inserted") inserted += part.text;
    else if ((removed || inserted) && /^\s+$/.test(part.text) && raw[k + 1] && raw[k + 1]!.kind !== "same") {
      removed += part.text;
      inserted += part.text;
    } else {
      flush();
      pushSame(part.text);
    }
  });
  flush();
  return out;
}
