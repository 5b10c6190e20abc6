// Small helpers for the workshop pages: JSON requests with the API's B1 error message, and live updates.

export class ExerciseApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const FALLBACK = "Er ging iets mis. Kijk of u nog verbinding heeft en probeer het opnieuw.";

export async function api<T>(path: string, options: { method?: string; token?: string; body?: unknown } = {}): Promise<T> {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers["content-type"] = "application/json";
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? (options.body !== undefined ? "POST" : "GET"),
      headers,
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
    });
  } catch {
    throw new ExerciseApiError(0, FALLBACK);
  }
  const data = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  if (!response.ok) throw new ExerciseApiError(response.status, data?.error?.message ?? FALLBACK);
  return data as T;
}

/** Follows a live-update stream; calls onState with each new state. Returns a function that stops it. */
export function follow<T>(url: string, onState: (state: T) => void, onEnded: () => void): () => void {
  const source = new EventSource(url);
  source.addEventListener("state", (event) => onState(JSON.parse((event as MessageEvent<string>).data) as T));
  source.addEventListener("ended", () => {
    source.close();
    onEnded();
  });
  return () => source.close();
}

export interface Highlight {
  start: number;
  end: number;
  kind: "word" | "long" | "passive";
}

export interface Piece {
  text: string;
  kinds: string[];
}

/** Cuts the text into pieces with the same highlight kinds (long sentences may hold hard words). */
export function highlightPieces(text: string, highlights: readonly Highlight[]): Piece[] {
  const bounds = new Set<number>([0, text.length]);
  for (const h of highlights) {
    bounds.add(Math.max(0, Math.min(text.length, h.start)));
    bounds.add(Math.max(0, Math.min(text.length, h.end)));
  }
  const points = [...bounds].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const kinds = [...new Set(highlights.filter((h) => h.start <= start && h.end >= end).map((h) => h.kind))].sort();
    pieces.push({ text: text.slice(start, end), kinds });
  }
  return pieces;
}
