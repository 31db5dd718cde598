import { afterEach, describe, expect, it, vi } from 'vitest';
import { PollRegistry, type Poll, type PollRegistryOptions } from '../../src/polls/poll-registry';

const HOUR = 60 * 60 * 1000;
const CHOICES = ['inflammation', 'nerve-compression', 'muscle-strain'];

/** A registry on a clock the test moves by hand. */
function registryAt(start = Date.UTC(2025, 0, 6, 9), options: PollRegistryOptions = {}) {
  const clock = { now: start };
  const registry = new PollRegistry({ now: () => clock.now, ...options });
  return { registry, clock };
}

function countsOf(poll: Poll): Record<string, number> {
  return Object.fromEntries(poll.counts.map(({ choice, votes }) => [choice, votes]));
}

afterEach(() => {
  vi.useRealTimers();
});

describe('a poll registry', () => {
  it('gives each poll its own six-character code, without 0, O, 1, I or L', () => {
    const { registry } = registryAt();
    const codes = Array.from({ length: 300 }, () => registry.create('a-tour', 1, CHOICES).code);
    for (const code of codes) expect(code).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('opens a poll with no votes, every choice counted at zero, expiring 4 hours after it starts', () => {
    const { registry, clock } = registryAt();
    const poll = registry.create('a-tour', 1, CHOICES);
    expect(poll).toMatchObject({ tourId: 'a-tour', step: 1, choices: CHOICES, total: 0, closed: false });
    expect(countsOf(poll)).toEqual({ inflammation: 0, 'nerve-compression': 0, 'muscle-strain': 0 });
    expect(poll.expiresAt.getTime()).toBe(clock.now + 4 * HOUR);
  });

  it('finds a poll by its code as a student types it: any case, stray spaces', () => {
    const { registry } = registryAt();
    const { code } = registry.create('a-tour', 1, CHOICES);
    expect(registry.find(` ${code.toLowerCase()} `)?.code).toBe(code);
    expect(registry.find('ZZZZZZ')).toBeNull();
  });

  it('counts one vote per voter, a later vote replacing the earlier one', () => {
    const { registry } = registryAt();
    const { code } = registry.create('a-tour', 1, CHOICES);
    registry.vote(code, 'ana', 'inflammation');
    registry.vote(code, 'ben', 'inflammation');
    registry.vote(code, 'cai', 'muscle-strain');
    const after = registry.vote(code, 'ben', 'nerve-compression');
    expect(countsOf(after)).toEqual({ inflammation: 1, 'nerve-compression': 1, 'muscle-strain': 1 });
    expect(after.total).toBe(3);
    expect(registry.find(code)).toEqual(after);
  });

  it('refuses a choice the poll does not offer, listing those it does', () => {
    const { registry } = registryAt();
    const { code } = registry.create('a-tour', 1, CHOICES);
    expect(() => registry.vote(code, 'ana', 'ice')).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'choice', message: `choice: 'ice' is not offered in poll ${code}; choose one of inflammation, nerve-compression, muscle-strain` }),
    );
    expect(registry.find(code)?.total).toBe(0);
  });

  it('refuses an empty or overlong voter id', () => {
    const { registry } = registryAt();
    const { code } = registry.create('a-tour', 1, CHOICES);
    for (const voter of ['', 'x'.repeat(65)]) expect(() => registry.vote(code, voter, 'inflammation')).toThrow(/voter: give an id of 1 to 64 characters/);
  });

  it('tells a student with an unknown code to check the link or ask the presenter', () => {
    const { registry } = registryAt();
    expect(() => registry.vote('K7M2QX', 'ana', 'inflammation')).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'code', message: 'no poll has the code K7M2QX: check the join link or ask the presenter' }),
    );
    expect(() => registry.close('K7M2QX')).toThrow('no poll has the code K7M2QX');
  });

  it('takes no more votes once closed, keeping the counts, and closing again changes nothing', () => {
    const { registry } = registryAt();
    const { code } = registry.create('a-tour', 1, CHOICES);
    registry.vote(code, 'ana', 'inflammation');
    const closed = registry.close(code);
    expect(closed).toMatchObject({ closed: true, total: 1 });
    expect(() => registry.vote(code, 'ben', 'inflammation')).toThrow(`poll ${code} is closed: the presenter has revealed the answer, so no more votes are counted`);
    expect(() => registry.vote(code, 'ana', 'muscle-strain')).toThrow(/is closed/);
    expect(registry.close(code)).toEqual(closed);
  });

  it('forgets a poll once it expires, after a configurable lifetime', () => {
    const { registry, clock } = registryAt(undefined, { lifetimeMs: HOUR });
    const { code } = registry.create('a-tour', 1, CHOICES);
    clock.now += HOUR - 1;
    expect(registry.find(code)?.code).toBe(code);
    clock.now += 1;
    expect(registry.find(code)).toBeNull();
    expect(() => registry.vote(code, 'ana', 'inflammation')).toThrow(`no poll has the code ${code}`);
  });

  it('refuses a poll beyond its bound, until expired polls make room', () => {
    const { registry, clock } = registryAt(undefined, { maxPolls: 2 });
    registry.create('a-tour', 1, CHOICES);
    registry.create('a-tour', 1, CHOICES);
    expect(() => registry.create('a-tour', 1, CHOICES)).toThrow(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        message: 'this server already runs 2 polls, the most it keeps at once; each is removed 4 hours after it starts, so try again later',
      }),
    );
    clock.now += 4 * HOUR;
    expect(registry.create('a-tour', 1, CHOICES).code).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
  });

  it('refuses voters beyond its bound, while those counted may still change their answer', () => {
    const { registry } = registryAt(undefined, { maxVoters: 2 });
    const { code } = registry.create('a-tour', 1, CHOICES);
    registry.vote(code, 'ana', 'inflammation');
    registry.vote(code, 'ben', 'inflammation');
    expect(() => registry.vote(code, 'cai', 'inflammation')).toThrow(`poll ${code} already counts 2 voters, the most one poll takes`);
    expect(countsOf(registry.vote(code, 'ben', 'muscle-strain'))).toEqual({ inflammation: 1, 'nerve-compression': 0, 'muscle-strain': 1 });
  });
});

describe('poll updates', () => {
  it('give the poll now, then its state after every vote, ending with the close', async () => {
    const { registry } = registryAt();
    const { code } = registry.create('a-tour', 1, CHOICES);
    registry.vote(code, 'ana', 'inflammation');
    const updates = registry.updates(code)[Symbol.asyncIterator]();
    expect((await updates.next()).value).toMatchObject({ code, total: 1, closed: false });
    registry.vote(code, 'ben', 'muscle-strain');
    const voted = (await updates.next()).value as Poll;
    expect(countsOf(voted)).toEqual({ inflammation: 1, 'nerve-compression': 0, 'muscle-strain': 1 });
    registry.close(code);
    expect((await updates.next()).value).toMatchObject({ closed: true, total: 2 });
    expect(await updates.next()).toEqual({ done: true, value: undefined });
  });

  it('refuse an unknown code before any update is sent', () => {
    const { registry } = registryAt();
    expect(() => registry.updates('K7M2QX')).toThrow('no poll has the code K7M2QX: check the join link or ask the presenter');
  });

  it('end when the poll expires, swept away by the timer even if nobody asks for it', async () => {
    vi.useFakeTimers();
    const { registry, clock } = registryAt(undefined, { lifetimeMs: HOUR, sweepEveryMs: 60_000 });
    const { code } = registry.create('a-tour', 1, CHOICES);
    const updates = registry.updates(code)[Symbol.asyncIterator]();
    await updates.next();
    const ended = updates.next();
    clock.now += HOUR;
    vi.advanceTimersByTime(60_000);
    expect(await ended).toEqual({ done: true, value: undefined });
  });

  it('let a subscriber leave while waiting for a change', async () => {
    const { registry } = registryAt();
    const { code } = registry.create('a-tour', 1, CHOICES);
    const updates = registry.updates(code)[Symbol.asyncIterator]();
    await updates.next();
    const waiting = updates.next();
    await updates.return!();
    expect(await waiting).toEqual({ done: true, value: undefined });
    registry.vote(code, 'ana', 'inflammation');
    expect(await updates.next()).toEqual({ done: true, value: undefined });
  });
});
