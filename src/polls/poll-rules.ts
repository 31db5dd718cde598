import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { Repeater } from 'graphql-yoga';
import { InvalidInputError } from '../domain';
import { ClientLimit, type ClientLimitOptions } from './client-limits';
import { echo } from './poll-errors';
import { pollOf, type JoinedPoll, type NewPoll, type Poll, type PollStorage, type PollStore, type StartedPoll } from './poll-store';
import { issueVoterToken, voterOfToken } from './voter-tokens';

/** Read aloud and typed on phones: no 0/O, 1/I/L to mistake for one another. */
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const CODE_LENGTH = 6;
const CODE_PATTERN = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`);

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;

export interface PollRulesOptions {
  /** How long a poll lives after it starts, in ms: a class, not a term. */
  readonly lifetimeMs?: number;
  /** Open polls at once, so a misbehaving client cannot fill the storage; closed ones do not count. */
  readonly maxOpenPolls?: number;
  /** Voters one poll counts, for the same reason. */
  readonly maxVoters?: number;
  /** Polls one client (network address) may start: a presenter starts a few per lecture. */
  readonly startsPerClient?: Omit<ClientLimitOptions, 'what'>;
  /**
   * Unknown join codes one client may try, in any operation taking a code. Only misses count,
   * and votes with a voter token are never refused, so a class behind one school address (300
   * students voting within a minute, a few mistyping the code) keeps voting.
   */
  readonly missesPerClient?: Omit<ClientLimitOptions, 'what'>;
  /** The clock, in ms since the epoch; tests pass their own. */
  readonly now?: () => number;
}

export const DEFAULT_POLL_RULES = {
  lifetimeMs: 4 * HOUR,
  maxOpenPolls: 1000,
  maxVoters: 1000,
  startsPerClient: { max: 30, windowMs: 10 * MINUTE },
  missesPerClient: { max: 300, windowMs: MINUTE },
  now: Date.now,
} satisfies Required<PollRulesOptions>;

/** The rules of class polls, the same over every adapter. */
export class PollRules implements PollStore {
  private readonly options: Required<PollRulesOptions>;
  private readonly starts: ClientLimit;
  private readonly misses: ClientLimit;

  constructor(
    private readonly storage: PollStorage,
    options: PollRulesOptions = {},
  ) {
    this.options = { ...DEFAULT_POLL_RULES, ...options };
    this.starts = new ClientLimit({ ...this.options.startsPerClient, what: 'class polls started' });
    this.misses = new ClientLimit({ ...this.options.missesPerClient, what: 'unknown join codes tried' });
  }

  get name() {
    return this.storage.name;
  }

  async start(input: NewPoll, client: string): Promise<StartedPoll> {
    this.starts.take(client);
    const presenterSecret = randomBytes(24).toString('base64url');
    const base = {
      tourId: input.tourId,
      step: input.step,
      choices: [...input.choices],
      expiresAt: this.options.now() + this.options.lifetimeMs,
      presenterHash: hash(presenterSecret),
      voterKey: randomBytes(32).toString('hex'),
    };
    for (;;) {
      const record = { ...base, code: newCode() };
      const outcome = await this.storage.insert(record, this.options.maxOpenPolls);
      if (outcome === 'inserted') return { poll: pollOf(record, () => 0, false, 0), presenterSecret };
      if (outcome === 'full') {
        throw new InvalidInputError(
          `${this.options.maxOpenPolls} class polls are open, the most this server runs at once; close a revealed one or try again later (each ends ${hours(this.options.lifetimeMs)} after it starts)`,
        );
      }
    }
  }

  async get(code: string, client: string): Promise<Poll | null> {
    return (await this.find(code, client))?.poll ?? null;
  }

  async join(code: string, client: string): Promise<JoinedPoll> {
    const { poll, voterKey } = await this.require(code, client);
    return { poll, voterToken: issueVoterToken(voterKey, poll.code) };
  }

  async vote(code: string, voterToken: string, choice: string, client: string): Promise<Poll> {
    const key = keyOf(code);
    const found = key && (await this.live(key));
    const voter = found && voterOfToken(found.voterKey, found.poll.code, voterToken);
    // A token the server issued proves its holder joined this poll: a class already voting is
    // never held up by unknown codes counted against its shared network address.
    if (!voter) {
      this.misses.check(client);
      if (!found) throw this.missed(code, client);
      throw new InvalidInputError(`voter: not a voter token of poll ${found.poll.code}; open the join link again (joinPoll gives one)`, 'voter');
    }
    const { poll } = found;
    if (poll.closed) throw closedError(poll.code);
    if (!poll.choices.includes(choice)) throw new InvalidInputError(`choice: '${echo(choice)}' is not offered in poll ${poll.code}; choose one of ${poll.choices.join(', ')}`, 'choice');
    const result = await this.storage.vote(poll.code, voter, choice, this.options.maxVoters);
    switch (result.outcome) {
      case 'counted':
        return this.published(result.poll);
      case 'missing':
        throw this.missed(code, client);
      case 'closed':
        throw closedError(poll.code);
      case 'full':
        throw new InvalidInputError(`poll ${poll.code} already counts ${this.options.maxVoters} voters, the most one poll takes`, 'code');
    }
  }

  async close(code: string, presenterSecret: string, client: string): Promise<Poll> {
    const found = await this.require(code, client);
    if (!sameHash(hash(presenterSecret), found.presenterHash)) {
      throw new InvalidInputError(`presenterSecret: only the presenter who started poll ${found.poll.code} can close it and reveal the answer`, 'presenterSecret');
    }
    if (found.poll.closed) return found.poll;
    const closed = await this.storage.close(found.poll.code);
    if (!closed) throw this.missed(code, client);
    return this.published(closed.poll);
  }

  async subscribe(code: string, client: string): Promise<AsyncIterable<Poll>> {
    const key = keyOf(code);
    this.misses.check(client);
    if (!key) throw this.missed(code, client);
    const changes = await this.storage.changes(key);
    try {
      const found = await this.live(key);
      if (!found) throw this.missed(code, client);
      return this.updates(found.poll, changes);
    } catch (error) {
      await changes.return?.();
      throw error;
    }
  }

  dispose(): Promise<void> {
    return this.storage.dispose();
  }

  /** The poll, then each newer state; ends on the close, on expiry, or when the client leaves. */
  private updates(first: Poll, changes: AsyncIterator<Poll | null>): AsyncIterable<Poll> {
    const { now } = this.options;
    return new Repeater<Poll>(async (push, stop) => {
      // Expiry is the rules', not the adapter's: the stream ends at expiresAt wherever polls are kept.
      const expiry = setTimeout(stop, Math.max(0, first.expiresAt - now()));
      void stop.then(() => {
        clearTimeout(expiry);
        void changes.return?.();
      });
      let latest = first;
      await push(latest);
      while (!latest.closed) {
        // Stopping returns `changes`, which ends this wait.
        const change = await changes.next();
        if (change.done || change.value === null) break;
        // Two instances publish in no fixed order: an update older than the one shown is dropped.
        if (change.value.version <= latest.version) continue;
        latest = change.value;
        await push(latest);
      }
      stop();
    });
  }

  /**
   * The live poll under a code as typed, or null, counting a miss against the client: any
   * answer that tells a code exists (even "wrong secret") is a guess a script could make.
   */
  private async find(code: string, client: string) {
    this.misses.check(client);
    const key = keyOf(code);
    const found = key && (await this.live(key));
    if (found) return found;
    this.misses.count(client);
    return null;
  }

  private async require(code: string, client: string) {
    const found = await this.find(code, client);
    if (!found) throw unknown(code);
    return found;
  }

  private missed(code: string, client: string): InvalidInputError {
    this.misses.count(client);
    return unknown(code);
  }

  private async live(code: string) {
    const found = await this.storage.read(code);
    return found && found.poll.expiresAt > this.options.now() ? found : null;
  }

  private published(poll: Poll): Poll {
    this.storage.publish(poll.code, poll);
    return poll;
  }
}

/** A code as a student types it (any case, stray spaces), or null when it cannot be one. */
function keyOf(code: string): string | null {
  const key = code.trim().toUpperCase();
  return CODE_PATTERN.test(key) ? key : null;
}

function newCode(): string {
  return Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
}

function unknown(code: string): InvalidInputError {
  return new InvalidInputError(`no poll has the code ${echo(code.trim().toUpperCase())}: check the join link or ask the presenter`, 'code');
}

function closedError(code: string): InvalidInputError {
  return new InvalidInputError(`poll ${code} is closed: the presenter has revealed the answer, so no more votes are counted`, 'code');
}

function hash(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

function sameHash(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

function hours(ms: number): string {
  const count = ms / HOUR;
  return count === 1 ? '1 hour' : `${count} hours`;
}
