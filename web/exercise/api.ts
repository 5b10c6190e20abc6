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
  const method = options.method ?? (options.body !== undefined ? "POST" : "GET");
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  // the server takes only JSON posts (a form or a page of another site cannot send those)
  if (method === "POST") headers["content-type"] = "application/json";
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      ...(method === "POST" ? { body: JSON.stringify(options.body ?? {}) } : {}),
    });
  } catch {
    throw new ExerciseApiError(0, FALLBACK);
  }
  const data = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  if (!response.ok) throw new ExerciseApiError(response.status, data?.error?.message ?? FALLBACK);
  return data as T;
}

export type StreamEnd = "ended" | "removed" | "replaced" | "refused";

export interface FollowOptions {
  /** POST here with the token for a one-use ticket. */
  ticketPath: string;
  /** The events URL; ?ticket= is added. */
  eventsPath: string;
  token: string;
  /** Named events with JSON data (state, patch …). */
  on: Record<string, (data: unknown) => void>;
  /** The stream ended for good: the session ended, the participant was removed, or the server refused. */
  onEnd: (reason: StreamEnd, message?: string) => void;
}

/**
 * Follows a live-update stream. EventSource cannot send the token, so each connection starts with a fresh
 * one-use ticket; after a network error it reconnects with a new ticket, waiting a little longer each time.
 * Returns a function that stops it.
 */
export function follow(options: FollowOptions): () => void {
  let source: EventSource | undefined;
  let stopped = false;
  let retryMs = 1000;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    source?.close();
  };
  const end = (reason: StreamEnd, message?: string) => {
    stop();
    options.onEnd(reason, message);
  };
  const connect = async () => {
    if (stopped) return;
    let ticket: string;
    try {
      ticket = (await api<{ ticket: string }>(options.ticketPath, { method: "POST", token: options.token })).ticket;
    } catch (error) {
      const status = (error as ExerciseApiError).status;
      // 403/404: the session or this participant is gone; anything else: try again a little later
      if (status === 403 || status === 404) end("ended", (error as Error).message);
      else retry();
      return;
    }
    if (stopped) return;
    const opened = new EventSource(`${options.eventsPath}?ticket=${encodeURIComponent(ticket)}`);
    source = opened;
    for (const [name, handle] of Object.entries(options.on)) {
      opened.addEventListener(name, (event) => {
        retryMs = 1000;
        handle(JSON.parse((event as MessageEvent<string>).data));
      });
    }
    for (const reason of ["ended", "removed", "replaced"] as const) opened.addEventListener(reason, () => end(reason));
    opened.addEventListener("error", () => {
      if (stopped || source !== opened) return;
      // the ticket is used up: EventSource's own retry would be refused, so start over with a new ticket
      opened.close();
      retry();
    });
  };
  const retry = () => {
    if (stopped) return;
    timer = setTimeout(() => void connect(), retryMs);
    retryMs = Math.min(retryMs * 2, 30_000);
  };
  void connect();
  return stop;
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
