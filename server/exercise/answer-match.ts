// Does a participant's answer match an accepted alternative? Case and spacing do not count; small typos
// and inflections (boetes, vertel, gemeld) do. Pure functions, linear in the (bounded) answer length.

/** Lower case, no accents on plain letters, no punctuation at the ends, single spaces. */
export function normalizeAnswer(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^\p{L}\p{N}' -]/gu, " ")
    .replace(/[\s-]+/g, " ")
    .trim();
}

/**
 * Optimal string alignment distance (Damerau-Levenshtein with adjacent swaps), stopping early once the
 * distance is certainly above `max`. Cost O(a·b) for short answers; callers cap the length.
 */
export function damerauLevenshtein(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1);
    row[0] = i;
    rows.push(row);
  }
  for (let j = 0; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
  }
  return rows[a.length]![b.length]!;
}

/** Typos allowed for a target of this length: none for very short words (af, als), 1 for short, 2 for longer. */
export function allowedTypos(target: string): number {
  if (target.length <= 3) return 0;
  if (target.length <= 7) return 1;
  return 2;
}

const SUFFIXES = ["ten", "den", "en", "te", "de", "es", "s", "e", "t", "d"];

/** A rough Dutch stem per word: no ge- prefix, no common ending, no doubled last consonant. */
export function roughStem(phrase: string): string {
  return phrase
    .split(" ")
    .map((word) => {
      let w = word;
      if (w.length > 5 && w.startsWith("ge")) w = w.slice(2);
      for (const suffix of SUFFIXES) {
        if (w.length - suffix.length >= 3 && w.endsWith(suffix)) {
          w = w.slice(0, -suffix.length);
          break;
        }
      }
      if (w.length >= 3 && w[w.length - 1] === w[w.length - 2] && !/[aeiou]/.test(w[w.length - 1]!)) w = w.slice(0, -1);
      return w;
    })
    .join(" ");
}

export type MatchKind = "exact" | "inflection" | "typo";

/** How the answer matches the target (both as typed), or undefined when it does not. */
export function matchKind(answer: string, target: string): MatchKind | undefined {
  const a = normalizeAnswer(answer);
  const t = normalizeAnswer(target);
  if (a === "" || t === "") return undefined;
  if (a === t) return "exact";
  const stemA = roughStem(a);
  const stemT = roughStem(t);
  if (stemA === stemT) return "inflection";
  const max = allowedTypos(t);
  if (max > 0 && damerauLevenshtein(a, t, max) <= max) return "typo";
  if (max > 0 && stemA.length > 3 && damerauLevenshtein(stemA, stemT, max) <= max) return "inflection";
  return undefined;
}

/** The first accepted alternative the answer matches, with how. */
export function findMatch(answer: string, accepted: readonly string[]): { target: string; kind: MatchKind } | undefined {
  let best: { target: string; kind: MatchKind } | undefined;
  const rank = { exact: 0, inflection: 1, typo: 2 } as const;
  for (const target of accepted) {
    const kind = matchKind(answer, target);
    if (kind && (!best || rank[kind] < rank[best.kind])) best = { target, kind };
  }
  return best;
}
