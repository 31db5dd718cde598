import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { PollRules } from '../../src/polls/poll-rules';
import { RedisPollStorage } from '../../src/polls/redis/redis-poll-storage';
import { countsOf, pollStoreContract } from './poll-store-contract';
import { redisSkipReason, redisUrl } from './test-redis';

if (redisSkipReason) console.info(`Redis poll store tests skipped: ${redisSkipReason}`);

const URL = redisSkipReason ? '' : redisUrl(1);
const admin = redisSkipReason ? null : new Redis(URL);
afterAll(() => admin?.disconnect());

describe.skipIf(Boolean(redisSkipReason))('Redis', () => {
  // Each test starts from an empty database, as a fresh memory adapter does.
  pollStoreContract('Redis', async () => {
    await admin!.flushdb();
    return RedisPollStorage.connect(URL);
  });

  describe('the poll store over Redis', () => {
    it('loses no vote when two instances count one class at once', async () => {
      await admin!.flushdb();
      const [one, two] = [new PollRules(await RedisPollStorage.connect(URL)), new PollRules(await RedisPollStorage.connect(URL))];
      const { poll } = await one.start({ tourId: 'a-tour', step: 1, choices: ['a', 'b'] }, 'presenter');
      const tokens = await Promise.all(Array.from({ length: 200 }, (_, i) => (i % 2 ? one : two).join(poll.code, 'school')));
      await Promise.all(tokens.map(({ voterToken }, i) => (i % 2 ? two : one).vote(poll.code, voterToken, i % 4 < 2 ? 'a' : 'b', 'school')));
      const counted = (await two.get(poll.code, 'school'))!;
      expect(counted.total).toBe(200);
      expect(countsOf(counted)).toEqual({ a: 100, b: 100 });
      await Promise.all([one.dispose(), two.dispose()]);
    });

    it('leaves expiry to Redis: a poll’s keys carry the poll’s own expiry time', async () => {
      await admin!.flushdb();
      const polls = new PollRules(await RedisPollStorage.connect(URL));
      const { poll } = await polls.start({ tourId: 'a-tour', step: 1, choices: ['a', 'b'] }, 'presenter');
      await polls.vote(poll.code, (await polls.join(poll.code, 'school')).voterToken, 'a', 'school');
      const keys = (await admin!.keys(`spasm-atlas:polls:${poll.code}*`)).sort();
      expect(keys).toEqual([`spasm-atlas:polls:${poll.code}`, `spasm-atlas:polls:${poll.code}:counts`, `spasm-atlas:polls:${poll.code}:votes`]);
      for (const key of keys) expect(await admin!.pexpiretime(key)).toBe(poll.expiresAt);
      await polls.dispose();
    });
  });
});
