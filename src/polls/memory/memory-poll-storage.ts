import { setMaxListeners } from 'node:events';
import { createPubSub } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import { pollChanges } from '../poll-changes';
import { POLL_TOPIC, pollOf, type InsertOutcome, type Poll, type PollRecord, type PollStorage, type PollTopics, type StoredPoll, type VoteOutcome } from '../poll-store';

interface LivePoll {
  readonly record: PollRecord;
  /** Voter id → the choice of their latest vote. */
  readonly votes: Map<string, string>;
  closed: boolean;
  version: number;
}

/** Closed polls kept for their results, besides the open ones: the least recently read go first. */
const MAX_CLOSED = 1000;

/**
 * Polls in this process's memory: the default, for one instance. A restart ends them.
 * lru-cache drops each poll at its expiry; open and closed polls are kept apart so the cap
 * counts open ones only and a flood of closed ones can never push out a running poll.
 */
export class MemoryPollStorage implements PollStorage {
  readonly name = 'memory';
  private readonly open: LRUCache<string, LivePoll>;
  private readonly closed: LRUCache<string, LivePoll>;
  private readonly pubsub = createPubSub<PollTopics>({ eventTarget: classWideEventTarget() });

  /** `now` is the clock the polls' expiresAt is read on, in ms since the epoch. */
  constructor(private readonly now: () => number = Date.now) {
    const perf = { now };
    // Unbounded by count here: the rules cap open polls; each leaves at its expiry.
    this.open = new LRUCache({ ttlAutopurge: true, perf, ttl: 1 });
    this.closed = new LRUCache({ max: MAX_CLOSED, perf, ttl: 1 });
  }

  async insert(record: PollRecord, maxOpen: number): Promise<InsertOutcome> {
    if (this.find(record.code)) return 'taken';
    this.open.purgeStale();
    if (this.open.size >= maxOpen) return 'full';
    this.open.set(record.code, { record, votes: new Map(), closed: false, version: 0 }, { ttl: this.ttlOf(record) });
    return 'inserted';
  }

  async read(code: string): Promise<StoredPoll | null> {
    const poll = this.find(code);
    return poll ? stored(poll) : null;
  }

  async vote(code: string, voter: string, choice: string, maxVoters: number): Promise<VoteOutcome> {
    const poll = this.find(code);
    if (!poll) return { outcome: 'missing' };
    if (poll.closed) return { outcome: 'closed' };
    if (!poll.votes.has(voter) && poll.votes.size >= maxVoters) return { outcome: 'full' };
    poll.votes.set(voter, choice);
    poll.version += 1;
    return { outcome: 'counted', poll: snapshot(poll) };
  }

  async close(code: string): Promise<StoredPoll | null> {
    const poll = this.find(code);
    if (!poll) return null;
    if (!poll.closed) {
      poll.closed = true;
      poll.version += 1;
      this.open.delete(code);
      this.closed.set(code, poll, { ttl: this.ttlOf(poll.record) });
    }
    return stored(poll);
  }

  publish(code: string, poll: Poll | null): void {
    this.pubsub.publish(POLL_TOPIC, code, poll);
  }

  changes(code: string): Promise<AsyncIterator<Poll | null>> {
    return pollChanges(this.pubsub, code, async () => undefined);
  }

  async dispose(): Promise<void> {
    this.open.clear();
    this.closed.clear();
  }

  private find(code: string): LivePoll | undefined {
    return this.open.get(code) ?? this.closed.get(code);
  }

  private ttlOf(record: PollRecord): number {
    return Math.max(1, record.expiresAt - this.now());
  }
}

function snapshot(poll: LivePoll): Poll {
  const votes = [...poll.votes.values()];
  return pollOf(poll.record, (choice) => votes.filter((voted) => voted === choice).length, poll.closed, poll.version);
}

function stored(poll: LivePoll): StoredPoll {
  return { poll: snapshot(poll), presenterHash: poll.record.presenterHash, voterKey: poll.record.voterKey };
}

/**
 * A whole class follows one poll, each student's stream a listener of the same event; Node's
 * leak warning fires past 10 listeners of one event, so it is off for this target.
 */
function classWideEventTarget(): EventTarget {
  const target = new EventTarget();
  setMaxListeners(0, target);
  return target;
}
