/**
 * The one way the API reaches class polls, shaped like the graph store: every operation is a
 * single round trip to wherever polls are kept, and two adapters (memory, Redis) sit behind it.
 * The rules (codes, caps, expiry, the presenter's secret, one vote per voter) live once, in
 * PollRules, above the adapters' PollStorage.
 */
export interface PollStore {
  /** Which adapter keeps the polls, for logs. */
  readonly name: PollStorage['name'];

  /** Opens a poll on a tour step's question, offering these concept ids; `client` is who asks, for rate limits. */
  start(input: NewPoll, client: string): Promise<StartedPoll>;

  /**
   * The poll with this code, or null when there is none or it has expired. Here and in every
   * operation taking a code, a miss counts against `client`, the network address asking.
   */
  get(code: string, client: string): Promise<Poll | null>;

  /** Issues a voter identity for a poll: the token `vote` requires. */
  join(code: string, client: string): Promise<JoinedPoll>;

  /** Counts a voter's choice; voting again changes the answer rather than adding one. */
  vote(code: string, voterToken: string, choice: string, client: string): Promise<Poll>;

  /** Stops the voting so the answer can be revealed; only the presenter's secret may. */
  close(code: string, presenterSecret: string, client: string): Promise<Poll>;

  /** The poll now, then after every change; ends once it is closed or has expired. */
  subscribe(code: string, client: string): Promise<AsyncIterable<Poll>>;

  /** Releases connections; the store is unusable afterwards. */
  dispose(): Promise<void>;
}

export interface NewPoll {
  readonly tourId: string;
  /** The tour step asking the question, from 0. */
  readonly step: number;
  /** Concept ids offered, in the order shown. */
  readonly choices: readonly string[];
}

export interface StartedPoll {
  readonly poll: Poll;
  /** Given once, to the presenter who started the poll: closing (revealing) requires it. */
  readonly presenterSecret: string;
}

export interface JoinedPoll {
  readonly poll: Poll;
  /** Signed by the server, so a script cannot invent voters. */
  readonly voterToken: string;
}

export interface ChoiceCount {
  /** A concept id. */
  readonly choice: string;
  readonly votes: number;
}

/** A poll as clients see it at one moment: plain data, so it crosses Redis pub/sub as JSON. */
export interface Poll {
  readonly code: string;
  readonly tourId: string;
  readonly step: number;
  readonly choices: readonly string[];
  /** One count per choice, in the order of `choices`. */
  readonly counts: readonly ChoiceCount[];
  readonly total: number;
  /** Closed polls take no more votes: the answer has been revealed. */
  readonly closed: boolean;
  /** In ms since the epoch. */
  readonly expiresAt: number;
  /** Grows with every change, so a subscriber can drop an update that overtook a later one. */
  readonly version: number;
}

/** What an adapter keeps beside the counts: set once at the start, never changed. */
export interface PollRecord {
  readonly code: string;
  readonly tourId: string;
  readonly step: number;
  readonly choices: readonly string[];
  readonly expiresAt: number;
  /** SHA-256 of the presenter's secret, hex; the secret itself is never kept. */
  readonly presenterHash: string;
  /**
   * The key this poll's voter tokens are signed with, hex: one per poll, kept with it, so every
   * instance checks tokens alike and a token dies with its poll.
   */
  readonly voterKey: string;
}

export interface StoredPoll {
  readonly poll: Poll;
  readonly presenterHash: string;
  readonly voterKey: string;
}

export type InsertOutcome = 'inserted' | 'taken' | 'full';
export type VoteOutcome = { readonly outcome: 'counted'; readonly poll: Poll } | { readonly outcome: 'missing' | 'closed' | 'full' };

/** Topic → payload for poll changes; null tells subscribers the poll has gone. */
export type PollTopics = { [POLL_TOPIC]: [code: string, poll: Poll | null] };

/** Also the Redis channel prefix: spasm-atlas:poll:CODE. */
export const POLL_TOPIC = 'spasm-atlas:poll';

/**
 * What an adapter does, each operation atomic where it keeps the polls, so two instances
 * over one Redis never lose a vote or pass a cap together. It checks nothing else.
 */
export interface PollStorage {
  readonly name: 'memory' | 'redis';
  /** Adds the poll unless its code is taken or `maxOpen` polls are open. */
  insert(record: PollRecord, maxOpen: number): Promise<InsertOutcome>;
  read(code: string): Promise<StoredPoll | null>;
  /** Sets `voter`'s choice unless the poll is missing, closed, or already counts `maxVoters` others. */
  vote(code: string, voter: string, choice: string, maxVoters: number): Promise<VoteOutcome>;
  /** Marks the poll closed (once: a second close changes nothing); null when it is missing. */
  close(code: string): Promise<StoredPoll | null>;
  /** Tells every subscriber, on every instance sharing this storage. */
  publish(code: string, poll: Poll | null): void;
  /** The changes published for one poll, until returned; resolves once listening, so none is missed after. */
  changes(code: string): Promise<AsyncIterator<Poll | null>>;
  dispose(): Promise<void>;
}

/** A poll's state from its record and the votes each choice has. */
export function pollOf(record: PollRecord, votesFor: (choice: string) => number, closed: boolean, version: number): Poll {
  const counts = record.choices.map((choice) => ({ choice, votes: votesFor(choice) }));
  return {
    code: record.code,
    tourId: record.tourId,
    step: record.step,
    choices: record.choices,
    counts,
    total: counts.reduce((sum, count) => sum + count.votes, 0),
    closed,
    expiresAt: record.expiresAt,
    version,
  };
}
