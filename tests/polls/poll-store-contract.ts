import { afterEach, describe, expect, it } from 'vitest';
import { PollRules, type PollRulesOptions } from '../../src/polls/poll-rules';
import type { Poll, PollStorage, PollStore } from '../../src/polls';

const HOUR = 60 * 60 * 1000;
const CHOICES = ['inflammation', 'nerve-compression', 'muscle-strain'];
const QUESTION = { tourId: 'a-tour', step: 1, choices: CHOICES };
const PRESENTER = '198.51.100.7';
const SCHOOL = '203.0.113.20';

export function countsOf(poll: Poll): Record<string, number> {
  return Object.fromEntries(poll.counts.map(({ choice, votes }) => [choice, votes]));
}

/**
 * The behaviour every poll adapter must show, run through the rules the app uses. `storage`
 * gives a fresh, empty adapter for each test.
 */
export function pollStoreContract(adapter: string, storage: () => Promise<PollStorage>) {
  describe(`the poll store over ${adapter}`, () => {
    const opened: PollStore[] = [];
    async function pollStore(options: PollRulesOptions = {}) {
      const polls = new PollRules(await storage(), options);
      opened.push(polls);
      return polls;
    }
    async function started(polls: PollStore) {
      return polls.start(QUESTION, PRESENTER);
    }
    async function voter(polls: PollStore, code: string) {
      return (await polls.join(code, SCHOOL)).voterToken;
    }

    afterEach(async () => {
      await Promise.all(opened.splice(0).map((polls) => polls.dispose()));
    });

    it('gives each poll its own six-character code, without 0, O, 1, I or L', async () => {
      const polls = await pollStore({ startsPerClient: { max: 1000, windowMs: HOUR } });
      const codes = await Promise.all(Array.from({ length: 200 }, async () => (await started(polls)).poll.code));
      for (const code of codes) expect(code).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
      expect(new Set(codes).size).toBe(codes.length);
    });

    it('opens a poll with no votes, every choice at zero, expiring after its lifetime', async () => {
      const polls = await pollStore();
      const before = Date.now();
      const { poll, presenterSecret } = await started(polls);
      expect(poll).toMatchObject({ tourId: 'a-tour', step: 1, choices: CHOICES, total: 0, closed: false });
      expect(countsOf(poll)).toEqual({ inflammation: 0, 'nerve-compression': 0, 'muscle-strain': 0 });
      expect(poll.expiresAt).toBeGreaterThanOrEqual(before + 4 * HOUR);
      expect(presenterSecret.length).toBeGreaterThanOrEqual(32);
      expect(await polls.get(poll.code, SCHOOL)).toEqual(poll);
    });

    it('finds a poll by its code as a student types it: any case, stray spaces', async () => {
      const polls = await pollStore();
      const { poll } = await started(polls);
      expect((await polls.get(` ${poll.code.toLowerCase()} `, SCHOOL))?.code).toBe(poll.code);
      expect(await polls.get('ZZZZZZ', SCHOOL)).toBeNull();
    });

    it('counts one vote per voter, a later vote replacing the earlier one', async () => {
      const polls = await pollStore();
      const { poll } = await started(polls);
      const [ana, ben, cai] = [await voter(polls, poll.code), await voter(polls, poll.code), await voter(polls, poll.code)];
      await polls.vote(poll.code, ana, 'inflammation', SCHOOL);
      await polls.vote(poll.code, ben, 'inflammation', SCHOOL);
      await polls.vote(poll.code, cai, 'muscle-strain', SCHOOL);
      const after = await polls.vote(poll.code, ben, 'nerve-compression', SCHOOL);
      expect(countsOf(after)).toEqual({ inflammation: 1, 'nerve-compression': 1, 'muscle-strain': 1 });
      expect(after.total).toBe(3);
      expect(await polls.get(poll.code, SCHOOL)).toEqual(after);
    });

    it('loses no vote when a class votes at once', async () => {
      const polls = await pollStore();
      const { poll } = await started(polls);
      const tokens = await Promise.all(Array.from({ length: 120 }, () => voter(polls, poll.code)));
      await Promise.all(tokens.map((token, i) => polls.vote(poll.code, token, CHOICES[i % 3]!, SCHOOL)));
      const counted = (await polls.get(poll.code, SCHOOL))!;
      expect(counted.total).toBe(120);
      expect(countsOf(counted)).toEqual({ inflammation: 40, 'nerve-compression': 40, 'muscle-strain': 40 });
    });

    it('counts 300 students voting from one school network address, refusing none', async () => {
      const polls = await pollStore();
      const { poll } = await started(polls);
      const tokens = await Promise.all(Array.from({ length: 300 }, () => voter(polls, poll.code)));
      for (const token of tokens) await polls.vote(poll.code, token, 'inflammation', SCHOOL);
      expect((await polls.get(poll.code, SCHOOL))!.total).toBe(300);
    });

    it('refuses a voter the server did not issue, or one issued for another poll', async () => {
      const polls = await pollStore();
      const { poll } = await started(polls);
      const { poll: other } = await started(polls);
      const elsewhere = await voter(polls, other.code);
      for (const token of ['ana', 'made-up.signature', elsewhere]) {
        await expect(polls.vote(poll.code, token, 'inflammation', SCHOOL)).rejects.toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'voter',
          message: `voter: not a voter token of poll ${poll.code}; open the join link again (joinPoll gives one)`,
        });
      }
      expect((await polls.get(poll.code, SCHOOL))!.total).toBe(0);
    });

    it('refuses a choice the poll does not offer, quoting a long one cut short', async () => {
      const polls = await pollStore();
      const { poll } = await started(polls);
      const ana = await voter(polls, poll.code);
      await expect(polls.vote(poll.code, ana, 'ice', SCHOOL)).rejects.toMatchObject({
        field: 'choice',
        message: `choice: 'ice' is not offered in poll ${poll.code}; choose one of inflammation, nerve-compression, muscle-strain`,
      });
      const huge = 'x'.repeat(1_000_000);
      const refusal = await polls.vote(poll.code, ana, huge, SCHOOL).catch((error: Error) => error);
      expect((refusal as Error).message).toBe(`choice: '${'x'.repeat(40)}… (1000000 characters)' is not offered in poll ${poll.code}; choose one of inflammation, nerve-compression, muscle-strain`);
    });

    it('tells a student with an unknown code to check the link or ask the presenter', async () => {
      const polls = await pollStore();
      const unknown = { code: 'BAD_USER_INPUT', field: 'code', message: 'no poll has the code K7M2QX: check the join link or ask the presenter' };
      await expect(polls.join('K7M2QX', SCHOOL)).rejects.toMatchObject(unknown);
      await expect(polls.vote('k7m2qx', 'token', 'inflammation', SCHOOL)).rejects.toMatchObject(unknown);
      await expect(polls.close('K7M2QX', 'secret', PRESENTER)).rejects.toMatchObject(unknown);
      await expect(polls.subscribe('K7M2QX', SCHOOL)).rejects.toMatchObject(unknown);
    });

    it('lets only the presenter’s secret close a poll, which then takes no more votes', async () => {
      const polls = await pollStore();
      const { poll, presenterSecret } = await started(polls);
      const [ana, ben] = [await voter(polls, poll.code), await voter(polls, poll.code)];
      await polls.vote(poll.code, ana, 'inflammation', SCHOOL);
      await expect(polls.close(poll.code, 'a-guess', PRESENTER)).rejects.toMatchObject({
        field: 'presenterSecret',
        message: `presenterSecret: only the presenter who started poll ${poll.code} can close it and reveal the answer`,
      });
      expect((await polls.get(poll.code, SCHOOL))!.closed).toBe(false);
      const closed = await polls.close(poll.code, presenterSecret, PRESENTER);
      expect(closed).toMatchObject({ closed: true, total: 1 });
      const refusal = `poll ${poll.code} is closed: the presenter has revealed the answer, so no more votes are counted`;
      await expect(polls.vote(poll.code, ben, 'inflammation', SCHOOL)).rejects.toMatchObject({ message: refusal });
      await expect(polls.vote(poll.code, ana, 'muscle-strain', SCHOOL)).rejects.toMatchObject({ message: refusal });
      expect(await polls.close(poll.code, presenterSecret, PRESENTER)).toEqual(closed);
    });

    it('forgets a poll once its lifetime is over', async () => {
      const polls = await pollStore({ lifetimeMs: 300 });
      const { poll } = await started(polls);
      expect((await polls.get(poll.code, SCHOOL))?.code).toBe(poll.code);
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(await polls.get(poll.code, SCHOOL)).toBeNull();
    });

    it('caps the open polls only: closing one makes room', async () => {
      const polls = await pollStore({ maxOpenPolls: 2 });
      const first = await started(polls);
      await started(polls);
      await expect(started(polls)).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        message: '2 class polls are open, the most this server runs at once; close a revealed one or try again later (each ends 4 hours after it starts)',
      });
      await polls.close(first.poll.code, first.presenterSecret, PRESENTER);
      expect((await started(polls)).poll.code).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
      expect((await polls.get(first.poll.code, SCHOOL))?.closed).toBe(true);
    });

    it('refuses voters beyond its bound, while those counted may still change their answer', async () => {
      const polls = await pollStore({ maxVoters: 2 });
      const { poll } = await started(polls);
      const [ana, ben, cai] = [await voter(polls, poll.code), await voter(polls, poll.code), await voter(polls, poll.code)];
      await polls.vote(poll.code, ana, 'inflammation', SCHOOL);
      await polls.vote(poll.code, ben, 'inflammation', SCHOOL);
      await expect(polls.vote(poll.code, cai, 'inflammation', SCHOOL)).rejects.toMatchObject({ message: `poll ${poll.code} already counts 2 voters, the most one poll takes` });
      expect(countsOf(await polls.vote(poll.code, ben, 'muscle-strain', SCHOOL))).toEqual({ inflammation: 1, 'nerve-compression': 0, 'muscle-strain': 1 });
    });

    it('limits the polls one client starts, not those of another', async () => {
      const polls = await pollStore({ startsPerClient: { max: 2, windowMs: HOUR } });
      await started(polls);
      await started(polls);
      await expect(started(polls)).rejects.toMatchObject({
        code: 'RATE_LIMITED',
        message: 'too many class polls started from your network address: at most 2 every 60 minutes; wait and try again',
      });
      expect((await polls.start(QUESTION, '192.0.2.1')).poll.total).toBe(0);
    });

    it('limits the unknown codes one client tries in any operation, while its students’ votes still count', async () => {
      const polls = await pollStore({ missesPerClient: { max: 3, windowMs: HOUR } });
      const { poll } = await started(polls);
      const ana = await voter(polls, poll.code);
      // Any answer that tells whether a code exists is a guess: a lookup, a close, a subscription.
      expect(await polls.get('AAAAAA', SCHOOL)).toBeNull();
      await expect(polls.close('BBBBBB', 'a-guess', SCHOOL)).rejects.toMatchObject({ field: 'code' });
      await expect(polls.subscribe('not a code', SCHOOL)).rejects.toMatchObject({ field: 'code' });
      await expect(polls.get(poll.code, SCHOOL)).rejects.toMatchObject({ code: 'RATE_LIMITED', message: expect.stringContaining('too many unknown join codes tried') });
      await expect(polls.join(poll.code, SCHOOL)).rejects.toMatchObject({ code: 'RATE_LIMITED' });
      expect((await polls.vote(poll.code, ana, 'inflammation', SCHOOL)).total).toBe(1);
      expect((await polls.get(poll.code, PRESENTER))?.total).toBe(1);
    });

    describe('subscribed', () => {
      it('gives the poll now, then its state after every vote, ending with the close', async () => {
        const polls = await pollStore();
        const { poll, presenterSecret } = await started(polls);
        const [ana, ben] = [await voter(polls, poll.code), await voter(polls, poll.code)];
        await polls.vote(poll.code, ana, 'inflammation', SCHOOL);
        const updates = (await polls.subscribe(poll.code, PRESENTER))[Symbol.asyncIterator]();
        expect((await updates.next()).value).toMatchObject({ code: poll.code, total: 1, closed: false });
        await polls.vote(poll.code, ben, 'muscle-strain', SCHOOL);
        expect(countsOf((await updates.next()).value as Poll)).toEqual({ inflammation: 1, 'nerve-compression': 0, 'muscle-strain': 1 });
        await polls.close(poll.code, presenterSecret, PRESENTER);
        expect((await updates.next()).value).toMatchObject({ closed: true, total: 2 });
        expect(await updates.next()).toEqual({ done: true, value: undefined });
      });

      it('ends when the poll expires', async () => {
        const polls = await pollStore({ lifetimeMs: 300 });
        const { poll } = await started(polls);
        const updates = (await polls.subscribe(poll.code, PRESENTER))[Symbol.asyncIterator]();
        await updates.next();
        expect(await updates.next()).toEqual({ done: true, value: undefined });
      });

      it('lets a subscriber leave while waiting for a change', async () => {
        const polls = await pollStore();
        const { poll } = await started(polls);
        const updates = (await polls.subscribe(poll.code, PRESENTER))[Symbol.asyncIterator]();
        await updates.next();
        const waiting = updates.next();
        await updates.return!();
        expect(await waiting).toEqual({ done: true, value: undefined });
        await polls.vote(poll.code, await voter(polls, poll.code), 'inflammation', SCHOOL);
        expect(await updates.next()).toEqual({ done: true, value: undefined });
      });
    });
  });
}
