import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub } from 'graphql-yoga';
import { Redis, ReplyError, type RedisOptions, type Result } from 'ioredis';
import { pollChanges } from '../poll-changes';
import { PollsUnavailableError } from '../poll-errors';
import { POLL_TOPIC, pollOf, type InsertOutcome, type Poll, type PollRecord, type PollStorage, type PollTopics, type StoredPoll, type VoteOutcome } from '../poll-store';
import { CLOSE_POLL, INSERT_POLL, READ_POLL, VOTE } from './redis-scripts';
import { messageOf } from '../../domain';

declare module 'ioredis' {
  interface RedisCommander<Context> {
    pollInsert(...keysAndArgs: (string | number)[]): Result<InsertOutcome, Context>;
    pollRead(...keysAndArgs: string[]): Result<RawState | null, Context>;
    pollVote(...keysAndArgs: (string | number)[]): Result<RawState | 'missing' | 'closed' | 'full', Context>;
    pollClose(...keysAndArgs: string[]): Result<RawState | null, Context>;
  }
}

/** What the scripts answer: the poll's hash and its counts, each as a flat field, value list. */
type RawState = [poll: string[], counts: string[]];

const PREFIX = 'spasm-atlas:polls';
const OPEN_POLLS = `${PREFIX}:open`;

/** Errors while Redis is away answer at once instead of waiting in a queue; the client reconnects on its own. */
const COMMAND_OPTIONS: RedisOptions = {
  lazyConnect: true,
  enableOfflineQueue: false,
  maxRetriesPerRequest: 1,
  retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
};

/**
 * Polls in Redis, shared by every instance: state in hashes that Redis expires itself, votes
 * changed by Lua scripts (atomic), and changes fanned out to every instance's subscribers
 * through Redis pub/sub with yoga's Redis event target.
 */
export class RedisPollStorage implements PollStorage {
  readonly name = 'redis';
  private readonly pubsub;

  private constructor(
    private readonly client: Redis,
    private readonly subscriber: Redis,
  ) {
    client.defineCommand('pollInsert', { numberOfKeys: 4, lua: INSERT_POLL });
    client.defineCommand('pollRead', { numberOfKeys: 4, lua: READ_POLL });
    client.defineCommand('pollVote', { numberOfKeys: 4, lua: VOTE });
    client.defineCommand('pollClose', { numberOfKeys: 4, lua: CLOSE_POLL });
    // A publish while Redis is away is lost, not thrown: the next change carries the whole state.
    const publishClient = { publish: (channel: string, message: string) => client.publish(channel, message).catch(() => 0) };
    this.pubsub = createPubSub<PollTopics>({ eventTarget: createRedisEventTarget({ publishClient: publishClient as unknown as Redis, subscribeClient: subscriber }) });
  }

  /** Connects to Redis at `url`; a Redis that cannot be reached now fails with one line naming REDIS_URL. */
  static async connect(url: string): Promise<RedisPollStorage> {
    const client = new Redis(url, COMMAND_OPTIONS);
    // Subscriptions wait for Redis to come back rather than fail: they resubscribe on reconnect.
    const subscriber = client.duplicate({ enableOfflineQueue: true, maxRetriesPerRequest: null });
    const where = redacted(url);
    // Listened to from the start: ioredis prints an unhandled error event with its stack otherwise.
    let refusal: Error | undefined;
    const note = (error: Error) => (refusal ??= error);
    client.on('error', note);
    subscriber.on('error', note);
    try {
      await client.connect();
      await subscriber.connect();
    } catch (error) {
      client.disconnect();
      subscriber.disconnect();
      throw new Error(`REDIS_URL: cannot reach Redis at ${where} (${refusal ? refusal.message : messageOf(error)}); start Redis there, correct REDIS_URL, or unset it to keep polls in this instance's memory`);
    }
    reportOutages(client, where);
    return new RedisPollStorage(client, subscriber);
  }

  insert(record: PollRecord, maxOpen: number): Promise<InsertOutcome> {
    const { code, expiresAt, tourId, step, choices, presenterHash, voterKey } = record;
    return this.run(() => this.client.pollInsert(...keysOf(code), Date.now(), maxOpen, expiresAt, tourId, step, JSON.stringify(choices), presenterHash, code, voterKey));
  }

  async read(code: string): Promise<StoredPoll | null> {
    const state = await this.run(() => this.client.pollRead(...keysOf(code)));
    return state && storedOf(code, state);
  }

  async vote(code: string, voter: string, choice: string, maxVoters: number): Promise<VoteOutcome> {
    const result = await this.run(() => this.client.pollVote(...keysOf(code), voter, choice, maxVoters));
    return typeof result === 'string' ? { outcome: result } : { outcome: 'counted', poll: storedOf(code, result).poll };
  }

  async close(code: string): Promise<StoredPoll | null> {
    const state = await this.run(() => this.client.pollClose(...keysOf(code), code));
    return state && storedOf(code, state);
  }

  publish(code: string, poll: Poll | null): void {
    this.pubsub.publish(POLL_TOPIC, code, poll);
  }

  async changes(code: string): Promise<AsyncIterator<Poll | null>> {
    this.ensureReady();
    return pollChanges(this.pubsub, code, () => this.subscriber.subscribe(`${POLL_TOPIC}:${code}`));
  }

  async dispose(): Promise<void> {
    this.subscriber.disconnect();
    await this.client.quit().catch(() => this.client.disconnect());
  }

  /**
   * Runs Redis commands; a Redis that is away gives POLLS_UNAVAILABLE, and only Redis's own
   * error answer (a ReplyError) stays an internal error. A command can fail on a closed or reset
   * connection before the client has noticed and left 'ready': that is Redis being away too.
   */
  private async run<T>(work: () => Promise<T>): Promise<T> {
    this.ensureReady();
    try {
      return await work();
    } catch (error) {
      if (this.client.status !== 'ready' || !(error instanceof ReplyError)) throw new PollsUnavailableError(`Redis: ${messageOf(error)}`);
      throw error;
    }
  }

  private ensureReady(): void {
    if (this.client.status !== 'ready') throw new PollsUnavailableError(`Redis is ${this.client.status}`);
  }
}

function keysOf(code: string): [string, string, string, string] {
  return [`${PREFIX}:${code}`, `${PREFIX}:${code}:votes`, `${PREFIX}:${code}:counts`, OPEN_POLLS];
}

function storedOf(code: string, [pollFields, countFields]: RawState): StoredPoll {
  const poll = fieldsOf(pollFields);
  const counts = fieldsOf(countFields);
  const record: PollRecord = {
    code,
    tourId: poll.tourId!,
    step: Number(poll.step),
    choices: JSON.parse(poll.choices!) as string[],
    expiresAt: Number(poll.expiresAt),
    presenterHash: poll.presenterHash!,
    voterKey: poll.voterKey!,
  };
  return { poll: pollOf(record, (choice) => Number(counts[choice] ?? 0), poll.closed === '1', Number(poll.version)), presenterHash: record.presenterHash, voterKey: record.voterKey };
}

function fieldsOf(flat: string[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (let i = 0; i < flat.length; i += 2) fields[flat[i]!] = flat[i + 1]!;
  return fields;
}

/**
 * One line when Redis goes away and one when it is back, not one per failed retry. A server that
 * stops closes the connection without an error, so the loss is told by ioredis starting to
 * reconnect, which it does only when a connection it did not close itself is gone.
 */
function reportOutages(client: Redis, where: string): void {
  let lost = false;
  let cause = 'the connection closed';
  client.on('error', (error: Error) => {
    cause = error.message;
  });
  client.on('reconnecting', () => {
    if (lost) return;
    lost = true;
    console.error(`Class polls: lost Redis at ${where} (${cause}); polls answer POLLS_UNAVAILABLE until it is back.`);
  });
  client.on('ready', () => {
    cause = 'the connection closed';
    if (!lost) return;
    lost = false;
    console.info(`Class polls: Redis at ${where} is back.`);
  });
}

/** The URL without its password, fit for a log line. */
function redacted(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'the configured address';
  }
}
