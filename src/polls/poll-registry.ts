import { randomInt } from 'node:crypto';
import { createPubSub, Repeater, type PubSub } from 'graphql-yoga';
import { InvalidInputError } from '../domain';

/** Read aloud and typed on phones: no 0/O, 1/I/L to mistake for one another. */
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const CODE_LENGTH = 6;

const HOUR = 60 * 60 * 1000;

export interface PollRegistryOptions {
  /** How long a poll lives after it starts, in ms: a class, not a term. */
  readonly lifetimeMs?: number;
  /** Polls kept at once, so a misbehaving client cannot fill the server's memory. */
  readonly maxPolls?: number;
  /** Voters one poll counts, for the same reason. */
  readonly maxVoters?: number;
  /** How often expired polls are swept away, in ms, when no request touches them. */
  readonly sweepEveryMs?: number;
  /** The clock, in ms since the epoch; tests pass their own. */
  readonly now?: () => number;
}

const DEFAULT_POLL_OPTIONS = {
  lifetimeMs: 4 * HOUR,
  maxPolls: 1000,
  maxVoters: 1000,
  sweepEveryMs: 5 * 60 * 1000,
  now: Date.now,
} satisfies Required<PollRegistryOptions>;

/** Voter ids come from the join page, one per device; the bound keeps a forged one small. */
const MAX_VOTER_LENGTH = 64;

export interface ChoiceCount {
  /** A concept id. */
  readonly choice: string;
  readonly votes: number;
}

/** A poll as clients see it at one moment: a snapshot, never changed afterwards. */
export interface Poll {
  readonly code: string;
  readonly tourId: string;
  /** The tour step asking the question, from 0. */
  readonly step: number;
  /** Concept ids offered, in the order shown. */
  readonly choices: readonly string[];
  /** One count per choice, in the order of `choices`. */
  readonly counts: readonly ChoiceCount[];
  readonly total: number;
  /** Closed polls take no more votes: the answer has been revealed. */
  readonly closed: boolean;
  readonly expiresAt: Date;
}

interface LivePoll {
  readonly code: string;
  readonly tourId: string;
  readonly step: number;
  readonly choices: readonly string[];
  /** Voter id → the choice of their latest vote. */
  readonly votes: Map<string, string>;
  closed: boolean;
  readonly expiresAt: number;
}

/** What subscribers to a poll hear: its new state, or null once it has expired. */
interface PollChange {
  readonly poll: Poll | null;
}

type PollTopics = { 'poll:changed': [code: string, change: PollChange] };

/**
 * The class polls of this server, in memory only: a poll lasts a lesson, so nothing is
 * written to the graph or to disk. Every change is published, so subscribers see votes
 * as they come in.
 */
export class PollRegistry {
  private readonly polls = new Map<string, LivePoll>();
  private readonly pubsub: PubSub<PollTopics> = createPubSub<PollTopics>();
  private readonly options: Required<PollRegistryOptions>;

  constructor(options: PollRegistryOptions = {}) {
    this.options = { ...DEFAULT_POLL_OPTIONS, ...options };
    // unref: a sweep alone must not keep a finished process (a script, a test run) alive.
    setInterval(() => this.sweep(), this.options.sweepEveryMs).unref();
  }

  /** Opens a poll on a tour step's question, offering these concept ids. */
  create(tourId: string, step: number, choices: readonly string[]): Poll {
    this.sweep();
    if (this.polls.size >= this.options.maxPolls) {
      throw new InvalidInputError(
        `this server already runs ${this.options.maxPolls} polls, the most it keeps at once; each is removed ${hours(this.options.lifetimeMs)} after it starts, so try again later`,
      );
    }
    const poll: LivePoll = { code: this.newCode(), tourId, step, choices: [...choices], votes: new Map(), closed: false, expiresAt: this.options.now() + this.options.lifetimeMs };
    this.polls.set(poll.code, poll);
    return snapshot(poll);
  }

  /** The poll with this code, or null when there is none or it has expired. */
  find(code: string): Poll | null {
    const poll = this.live(code);
    return poll ? snapshot(poll) : null;
  }

  /** Counts a voter's choice; a voter who votes again changes their answer rather than adding one. */
  vote(code: string, voter: string, choice: string): Poll {
    const poll = this.require(code);
    if (poll.closed) throw new InvalidInputError(`poll ${poll.code} is closed: the presenter has revealed the answer, so no more votes are counted`, 'code');
    if (!poll.choices.includes(choice)) {
      throw new InvalidInputError(`choice: '${choice}' is not offered in poll ${poll.code}; choose one of ${poll.choices.join(', ')}`, 'choice');
    }
    if (voter.length === 0 || voter.length > MAX_VOTER_LENGTH) {
      throw new InvalidInputError(`voter: give an id of 1 to ${MAX_VOTER_LENGTH} characters for this device; the join page makes one`, 'voter');
    }
    if (!poll.votes.has(voter) && poll.votes.size >= this.options.maxVoters) {
      throw new InvalidInputError(`poll ${poll.code} already counts ${this.options.maxVoters} voters, the most one poll takes`, 'code');
    }
    poll.votes.set(voter, choice);
    return this.publish(poll);
  }

  /** Stops the voting so the answer can be revealed; closing a closed poll changes nothing. */
  close(code: string): Poll {
    const poll = this.require(code);
    if (poll.closed) return snapshot(poll);
    poll.closed = true;
    return this.publish(poll);
  }

  /**
   * The poll now, then again after every change; the stream ends once the poll is closed
   * (nothing changes after) or has expired. Returning the stream stops listening at once.
   */
  updates(code: string): AsyncIterable<Poll> {
    const key = this.require(code).code;
    return new Repeater<Poll>(async (push, stop) => {
      const changes = this.pubsub.subscribe('poll:changed', key);
      void stop.then(() => changes.return());
      // The first next() starts listening; the state read in the same tick misses no change.
      let pending = changes.next();
      let poll = this.find(key);
      while (poll) {
        await push(poll);
        if (poll.closed) break;
        const change = await pending;
        if (change.done) break;
        poll = change.value.poll;
        pending = changes.next();
      }
      stop();
    });
  }

  /** Removes every expired poll, telling its subscribers. */
  sweep(): void {
    for (const code of this.polls.keys()) this.live(code);
  }

  private require(code: string): LivePoll {
    const poll = this.live(code);
    if (!poll) throw new InvalidInputError(`no poll has the code ${code}: check the join link or ask the presenter`, 'code');
    return poll;
  }

  /** The poll under a code as typed (any case, stray spaces), removed here if it has expired. */
  private live(code: string): LivePoll | undefined {
    const key = code.trim().toUpperCase();
    const poll = this.polls.get(key);
    if (poll && poll.expiresAt <= this.options.now()) {
      this.polls.delete(key);
      this.pubsub.publish('poll:changed', key, { poll: null });
      return undefined;
    }
    return poll;
  }

  private publish(poll: LivePoll): Poll {
    const state = snapshot(poll);
    this.pubsub.publish('poll:changed', poll.code, { poll: state });
    return state;
  }

  private newCode(): string {
    for (;;) {
      const code = Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
      if (!this.polls.has(code)) return code;
    }
  }
}

function snapshot(poll: LivePoll): Poll {
  const votes = [...poll.votes.values()];
  const counts = poll.choices.map((choice) => ({ choice, votes: votes.filter((voted) => voted === choice).length }));
  return {
    code: poll.code,
    tourId: poll.tourId,
    step: poll.step,
    choices: poll.choices,
    counts,
    total: votes.length,
    closed: poll.closed,
    expiresAt: new Date(poll.expiresAt),
  };
}

function hours(ms: number): string {
  const count = ms / HOUR;
  return count === 1 ? '1 hour' : `${count} hours`;
}
