// Turns text plus (possibly overlapping) findings into a flat list of non-overlapping segments,
// so that every character is drawn once and overlapping findings stay readable.
import type { Span } from "./report-types.ts";

export interface Segment {
  start: number;
  end: number;
  /** Indexes into the findings array of every finding that covers this segment, innermost first. */
  findings: number[];
  /** True when the segment lies inside a placeholder (ACHTERNAAM, {naam}). */
  placeholder: boolean;
}

function isValid(span: Span, length: number): boolean {
  return Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.end <= length && span.start < span.end;
}

/**
 * Splits [0, textLength) at every finding and placeholder boundary. Spans that are empty or fall
 * outside the text are skipped. Cost is O((n + b) log b + b·k) for b boundaries and k active spans.
 */
export function segmentText(textLength: number, findings: readonly Span[], placeholders: readonly Span[] = []): Segment[] {
  if (textLength <= 0) return [];
  const boundaries = new Set<number>([0, textLength]);
  const valid: number[] = [];
  findings.forEach((f, i) => {
    if (!isValid(f, textLength)) return;
    valid.push(i);
    boundaries.add(f.start);
    boundaries.add(f.end);
  });
  const holders = placeholders.filter((p) => isValid(p, textLength));
  for (const p of holders) {
    boundaries.add(p.start);
    boundaries.add(p.end);
  }
  const points = [...boundaries].sort((a, b) => a - b);
  valid.sort((a, b) => findings[a]!.start - findings[b]!.start);
  holders.sort((a, b) => a.start - b.start);

  const segments: Segment[] = [];
  let active: number[] = [];
  let next = 0;
  let holderIndex = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    active = active.filter((f) => findings[f]!.end > start);
    while (next < valid.length && findings[valid[next]!]!.start <= start) {
      const f = valid[next++]!;
      if (findings[f]!.end > start) active.push(f);
    }
    while (holderIndex < holders.length && holders[holderIndex]!.end <= start) holderIndex++;
    const holder = holders[holderIndex];
    const placeholder = holder !== undefined && holder.start <= start && holder.end >= end;
    const covering = [...active].sort(
      (a, b) => findings[a]!.end - findings[a]!.start - (findings[b]!.end - findings[b]!.start) || a - b,
    );
    const last = segments[segments.length - 1];
    if (last && covering.length === 0 && last.findings.length === 0 && !placeholder && !last.placeholder) {
      last.end = end;
    } else {
      segments.push({ start, end, findings: covering, placeholder });
    }
  }
  return segments;
}

/**
 * The finding to open at a caret offset: the innermost one covering it (a word before its sentence).
 * A caret right after a word still counts, so clicking at the end of a word works.
 */
export function findingAt(findings: readonly Span[], offset: number, isOpen: (index: number) => boolean = () => true): number | undefined {
  let best: number | undefined;
  findings.forEach((f, i) => {
    if (!isOpen(i) || offset < f.start || offset > f.end) return;
    if (best === undefined) {
      best = i;
      return;
    }
    const b = findings[best]!;
    if (f.end - f.start < b.end - b.start) best = i;
  });
  return best;
}
