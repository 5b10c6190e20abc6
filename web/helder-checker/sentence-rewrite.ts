// The rewritten sentence for the open card: POST {api}/rewrite with only that sentence, "accept": [] for the
// sentence rewrites (rule "rewrite"), then once more with the first one accepted for its fact check.
// Sending the sentence alone keeps this fast on long texts; rewrite rules work within one sentence anyway.
import type { ReactiveController, ReactiveControllerHost } from "lit";
import { factSummary, type RewriteAnswer } from "../fact-summary.ts";
import type { Finding, Span } from "../report-types.ts";
import { apiUrl } from "./check-request.ts";

export interface SentenceRewrite {
  /** The sentence as it was sent; the offer only fits while the text still has it at the same place. */
  original: string;
  replacement: string;
  note: string | undefined;
  facts: { ok: boolean; text: string; problems: string[] };
}

type Entry = { state: "loading" } | { state: "none" } | { state: "ready"; rewrite: SentenceRewrite };

const CACHE_SIZE = 100;

async function postRewrite(api: string, text: string, accept: string[], signal: AbortSignal): Promise<(RewriteAnswer & { findings: Finding[] }) | undefined> {
  const response = await fetch(apiUrl(api, "rewrite"), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ text, accept }),
    signal,
  });
  return response.ok ? ((await response.json()) as RewriteAnswer & { findings: Finding[] }) : undefined;
}

export async function fetchSentenceRewrite(api: string, sentence: string, signal: AbortSignal): Promise<SentenceRewrite | undefined> {
  const proposals = await postRewrite(api, sentence, [], signal);
  const finding = proposals?.findings.find((f) => f.rule === "rewrite" && f.start === 0 && f.end === sentence.length && f.suggestions[0]);
  if (!finding) return undefined;
  const suggestion = finding.suggestions[0]!;
  const applied = await postRewrite(api, sentence, [`${finding.id}@${finding.start}-${finding.end}#0`], signal);
  if (!applied) return undefined;
  return { original: sentence, replacement: suggestion.replacement, note: suggestion.note, facts: factSummary(applied) };
}

/** Keeps the rewrites asked for in this visit (in memory only) and fetches the one the open card needs. */
export class SentenceRewrites implements ReactiveController {
  private readonly cache = new Map<string, Entry>();
  private request: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & { api: string },
    private readonly fetchRewrite = fetchSentenceRewrite,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.request?.abort();
  }

  /** What to show for this sentence now; starts fetching it when it is new. */
  offerFor(text: string, span: Span | undefined): Entry | undefined {
    if (!span) return undefined;
    const sentence = text.slice(span.start, span.end);
    const known = this.cache.get(sentence);
    if (known) return known;
    this.load(sentence);
    return { state: "loading" };
  }

  private load(sentence: string): void {
    this.request?.abort();
    const controller = new AbortController();
    this.request = controller;
    this.cache.set(sentence, { state: "loading" });
    this.fetchRewrite(this.host.api, sentence, controller.signal)
      .then((rewrite) => this.remember(sentence, rewrite ? { state: "ready", rewrite } : { state: "none" }))
      .catch(() => this.cache.delete(sentence));
  }

  private remember(sentence: string, entry: Entry): void {
    this.cache.delete(sentence);
    this.cache.set(sentence, entry);
    while (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
    this.host.requestUpdate();
  }
}
