// EventSource cannot send an Authorization header. Instead the page asks for a ticket with its token
// (POST, in the header) and opens the stream with ?ticket=…: the ticket works once and only for 30 seconds,
// so a URL in a log or the browser history is worthless.
import { newSecretToken } from "./codes.ts";

export const TICKET_TTL_MS = 30_000;
const MAX_TICKETS = 20_000;

export interface TicketHolder {
  code: string;
  role: "trainer" | "participant";
  /** The trainer token or the participant token the ticket was made for. */
  token: string;
}

export class TicketStore {
  private readonly tickets = new Map<string, TicketHolder & { expiresAt: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  issue(holder: TicketHolder): string {
    if (this.tickets.size >= MAX_TICKETS) this.prune();
    // a flood of unused tickets: drop the oldest (they would expire within 30 s anyway)
    for (const key of this.tickets.keys()) {
      if (this.tickets.size < MAX_TICKETS) break;
      this.tickets.delete(key);
    }
    const ticket = newSecretToken();
    this.tickets.set(ticket, { ...holder, expiresAt: this.now() + TICKET_TTL_MS });
    return ticket;
  }

  /** The holder of a live ticket, which is then used up; undefined for an unknown, used or expired one. */
  redeem(ticket: string): TicketHolder | undefined {
    const entry = this.tickets.get(ticket);
    if (!entry) return undefined;
    this.tickets.delete(ticket);
    if (entry.expiresAt <= this.now()) return undefined;
    return { code: entry.code, role: entry.role, token: entry.token };
  }

  get size(): number {
    return this.tickets.size;
  }

  prune(): void {
    const now = this.now();
    for (const [ticket, entry] of this.tickets) if (entry.expiresAt <= now) this.tickets.delete(ticket);
  }
}
