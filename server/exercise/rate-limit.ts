// Token buckets per client (remote address): a burst that a whole class behind one school NAT fits in,
// refilled at a steady rate. Memory stays bounded: full buckets are dropped first when there are many keys.

export interface RateRule {
  /** Requests a client may make at once. */
  burst: number;
  /** Requests per minute after the burst is used up. */
  perMinute: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    readonly rule: RateRule,
    private readonly now: () => number = Date.now,
    private readonly maxKeys = 20_000,
  ) {}

  /** Takes one request from the client's bucket: 0 when allowed, else the seconds to wait (Retry-After). */
  take(key: string): number {
    const bucket = this.refilled(key);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return this.waitSeconds(bucket);
  }

  /** Like take, but only looks: 0 when a request would be allowed now. */
  peek(key: string): number {
    const bucket = this.refilled(key);
    return bucket.tokens >= 1 ? 0 : this.waitSeconds(bucket);
  }

  private waitSeconds(bucket: Bucket): number {
    return Math.max(1, Math.ceil(((1 - bucket.tokens) * 60) / this.rule.perMinute));
  }

  private refilled(key: string): Bucket {
    const now = this.now();
    let bucket = this.buckets.get(key);
    if (!bucket) {
      if (this.buckets.size >= this.maxKeys) this.prune(now);
      bucket = { tokens: this.rule.burst, at: now };
      this.buckets.set(key, bucket);
      return bucket;
    }
    bucket.tokens = Math.min(this.rule.burst, bucket.tokens + ((now - bucket.at) * this.rule.perMinute) / 60_000);
    bucket.at = now;
    return bucket;
  }

  private prune(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + ((now - bucket.at) * this.rule.perMinute) / 60_000 >= this.rule.burst) this.buckets.delete(key);
    }
    // still full: forget the longest-unused clients (they get a fresh burst, which is what they would have anyway soon)
    for (const key of this.buckets.keys()) {
      if (this.buckets.size < this.maxKeys) break;
      this.buckets.delete(key);
    }
  }
}

/**
 * The workshop's limits per client address. A real workshop stays far below them: 20–50 participants
 * behind one school NAT all join, answer the nine words and send their letter at the same moment.
 */
export const WORKSHOP_RATES = {
  /** Starting sessions: a trainer starts one, maybe a few when trying things out. */
  sessions: { burst: 10, perMinute: 0.5 },
  /** Joining (whether the code is right or not): a class of 100 at once. */
  joins: { burst: 120, perMinute: 60 },
  /** Joins with a code that does not exist: typos, or someone guessing codes. */
  failedJoins: { burst: 10, perMinute: 10 },
  /** Answers in part 1: 30 people × 9 words at once, then 5 per second. */
  answers: { burst: 300, perMinute: 300 },
  /** Letters in part 2 (checked and scored: the most work per request). */
  letters: { burst: 60, perMinute: 30 },
  /** Tickets for live updates: one per (re)connection of a page. */
  tickets: { burst: 200, perMinute: 120 },
} as const satisfies Record<string, RateRule>;

export type WorkshopRate = keyof typeof WORKSHOP_RATES;
