import { LRUCache } from 'lru-cache';
import { RateLimitedError } from './poll-errors';

export interface ClientLimitOptions {
  /** Events one client may cause in a window. */
  readonly max: number;
  readonly windowMs: number;
  /** What is counted and what to do, for the refusal: "unknown join codes tried". */
  readonly what: string;
}

/** Clients remembered at once: a flood of addresses forgets the oldest, not the server's memory. */
const MAX_CLIENTS = 50_000;

/**
 * A fixed-window count per client (its network address), kept in this instance's memory:
 * the window starts with a client's first event and is forgotten when it ends.
 */
export class ClientLimit {
  private readonly counts: LRUCache<string, { count: number }>;

  constructor(private readonly options: ClientLimitOptions) {
    this.counts = new LRUCache({ max: MAX_CLIENTS, ttl: options.windowMs });
  }

  /** Refuses a client that has used up its window. */
  check(client: string): void {
    if ((this.counts.get(client)?.count ?? 0) >= this.options.max) {
      const { max, windowMs, what } = this.options;
      throw new RateLimitedError(`too many ${what} from your network address: at most ${max} every ${minutes(windowMs)}; wait and try again`);
    }
  }

  /** Counts one event; the window's clock is not reset by it. */
  count(client: string): void {
    const entry = this.counts.get(client);
    if (entry) entry.count += 1;
    else this.counts.set(client, { count: 1 });
  }

  /** Checks, then counts. */
  take(client: string): void {
    this.check(client);
    this.count(client);
  }
}

function minutes(ms: number): string {
  const count = ms / 60_000;
  return count === 1 ? 'minute' : `${count} minutes`;
}
