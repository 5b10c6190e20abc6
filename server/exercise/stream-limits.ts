// Caps on live-update streams, so that open connections cannot use up the server's file handles and time:
// per token (a page open in too many tabs: the oldest one is closed), per session and in total (the new one
// is refused).
import type { Session, SessionListener } from "./sessions.ts";

export interface StreamCaps {
  perToken: number;
  perSession: number;
  total: number;
}

/** A trainer on a laptop and a projector, or a participant who reloads; a full session; 250 full sessions. */
export const STREAM_CAPS: StreamCaps = { perToken: 3, perSession: 150, total: 5_000 };

export type OpenResult = { ok: true; release: () => void } | { ok: false; full: "session" | "total" };

export class StreamRegistry {
  private total = 0;
  private readonly byToken = new Map<string, SessionListener[]>();

  constructor(readonly caps: StreamCaps = STREAM_CAPS) {}

  get open(): number {
    return this.total;
  }

  /** Room for a new stream of this token? Makes it by closing the token's oldest stream when needed. */
  admit(session: Session, token: string, listener: SessionListener): OpenResult {
    const mine = this.byToken.get(token) ?? [];
    if (mine.length >= this.caps.perToken) {
      const oldest = mine.shift()!;
      session.listeners.delete(oldest);
      oldest.close("replaced");
      this.total--;
    } else {
      if (this.total >= this.caps.total) return { ok: false, full: "total" };
      if (session.listeners.size >= this.caps.perSession) return { ok: false, full: "session" };
    }
    mine.push(listener);
    this.byToken.set(token, mine);
    this.total++;
    let released = false;
    return {
      ok: true,
      release: () => {
        if (released) return;
        released = true;
        const list = this.byToken.get(token);
        const at = list?.indexOf(listener) ?? -1;
        if (list && at >= 0) {
          list.splice(at, 1);
          this.total--;
          if (list.length === 0) this.byToken.delete(token);
        }
      },
    };
  }
}
