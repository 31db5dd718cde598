import { spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { eventsOf } from '../graphql/event-stream';
import { startApi, type ApiProcess } from '../scripts/api-process';
import { freePort } from '../../scripts/free-port';
import { startRedis } from './redis-process';
import { redisSkipReason, redisUrl } from './test-redis';

if (redisSkipReason) console.info(`Poll tests across instances skipped: ${redisSkipReason}`);

type Data = Record<string, any>;

const GRAPH = { STORE: 'embedded', GRAPH_DIR: 'tests/fixtures/valid-graph' };
const POLL_FIELDS = 'code total closed counts { choice { id } votes } answer { id }';

async function gql(api: ApiProcess, query: string, variables: Record<string, unknown> = {}): Promise<{ data?: Data | null; errors?: Data[] }> {
  const response = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return (await response.json()) as { data?: Data | null; errors?: Data[] };
}

async function startPoll(api: ApiProcess) {
  const { data, errors } = await gql(api, `mutation { startPoll(tourId: "strain-to-spasm", step: 0) { presenterSecret poll { code } } }`);
  expect(errors).toBeUndefined();
  return { code: data!.startPoll.poll.code as string, secret: data!.startPoll.presenterSecret as string };
}

async function vote(api: ApiProcess, code: string, choice: string) {
  const joined = await gql(api, `mutation($code: String!) { joinPoll(code: $code) { voterToken } }`, { code });
  if (joined.errors) return joined;
  return gql(api, `mutation($code: String!, $voter: String!, $choice: ID!) { vote(code: $code, voter: $voter, choice: $choice) { ${POLL_FIELDS} } }`, {
    code,
    voter: joined.data!.joinPoll.voterToken,
    choice,
  });
}

async function watch(api: ApiProcess, code: string) {
  const response = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ query: `subscription($code: String!) { pollUpdated(code: $code) { ${POLL_FIELDS} } }`, variables: { code } }),
  });
  return eventsOf(response);
}

// Each test starts one or two API processes (tsx compiles on start): slow on a busy machine.
describe.skipIf(Boolean(redisSkipReason))('class polls on several instances sharing Redis', { timeout: 120_000 }, () => {
  const running: ApiProcess[] = [];
  async function instance(redis = redisUrl(3)) {
    const api = await startApi({ ...GRAPH, REDIS_URL: redis });
    running.push(api);
    return api;
  }
  afterAll(async () => {
    await Promise.all(running.map((api) => api.stop()));
  });

  it('takes a vote on one instance for a poll started on another, and the presenter’s stream on the first sees it', async () => {
    const [first, second] = await Promise.all([instance(), instance()]);
    const { code, secret } = await startPoll(first);
    const events = await watch(first, code);
    expect((await events.next()).data!.data.pollUpdated).toMatchObject({ code, total: 0 });

    const voted = await vote(second, code, 'nerve-compression');
    expect(voted.errors).toBeUndefined();
    expect((await events.next()).data!.data.pollUpdated).toMatchObject({ total: 1, counts: [{ votes: 0 }, { choice: { id: 'nerve-compression' }, votes: 1 }] });

    const closed = await gql(second, `mutation($code: String!, $secret: String!) { closePoll(code: $code, presenterSecret: $secret) { ${POLL_FIELDS} } }`, { code, secret });
    expect(closed.data!.closePoll).toMatchObject({ closed: true, answer: { id: 'inflammation' } });
    expect((await events.next()).data!.data.pollUpdated).toMatchObject({ closed: true, total: 1 });
    expect((await events.next()).event).toBe('complete');
  });

  it('keeps a poll, its votes and its presenter’s secret through its instance’s restart', async () => {
    const before = await instance();
    const { code, secret } = await startPoll(before);
    expect((await vote(before, code, 'inflammation')).errors).toBeUndefined();
    await before.stop();

    const after = await instance();
    expect((await gql(after, `query($code: String!) { poll(code: $code) { ${POLL_FIELDS} } }`, { code })).data!.poll).toMatchObject({ code, total: 1, closed: false });
    expect((await vote(after, code, 'nerve-compression')).data!.vote).toMatchObject({ total: 2 });
    const closed = await gql(after, `mutation($code: String!, $secret: String!) { closePoll(code: $code, presenterSecret: $secret) { closed } }`, { code, secret });
    expect(closed.data!.closePoll).toEqual({ closed: true });
  });

  it('refuses to start, in one line naming REDIS_URL, when Redis cannot be reached', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/api.ts'], {
      env: { ...process.env, ...GRAPH, PORT: '0', REDIS_URL: `redis://127.0.0.1:${port}` },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    expect(await new Promise((resolve) => child.on('exit', resolve))).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      `REDIS_URL: cannot reach Redis at redis://127.0.0.1:${port} (connect ECONNREFUSED 127.0.0.1:${port}); start Redis there, correct REDIS_URL, or unset it to keep polls in this instance's memory`,
    ]);
  });

  it('answers POLLS_UNAVAILABLE while Redis is down mid-lecture, and serves polls again once it is back', async () => {
    const redis = await startRedis();
    try {
      const api = await instance(redis.url);
      const { code } = await startPoll(api);
      await redis.stop();

      for (const attempt of [() => vote(api, code, 'inflammation'), () => gql(api, `mutation { startPoll(tourId: "strain-to-spasm", step: 0) { presenterSecret } }`)]) {
        const { errors } = await attempt();
        expect(errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/^class polls are unavailable for now: the poll store cannot be reached/), extensions: { code: 'POLLS_UNAVAILABLE' } })]);
      }
      expect((await gql(api, '{ stats { concepts } }')).data).toEqual({ stats: { concepts: 17 } });

      // This Redis keeps nothing on disk, so the lecture goes on with a new poll once it is back.
      await redis.restart();
      const again = await eventually(() => startPoll(api));
      const events = await watch(api, again.code);
      await events.next();
      expect((await vote(api, again.code, 'inflammation')).data!.vote).toMatchObject({ total: 1 });
      expect((await events.next()).data!.data.pollUpdated).toMatchObject({ total: 1 });
      await events.stop();
      expect(api.output()).toContain('Class polls: lost Redis at');
      expect(api.output()).toContain('is back.');
    } finally {
      await redis.stop();
    }
  });
});

/** Retries while the client reconnects (it backs off up to 2 s); the 20th failure is the test's. */
async function eventually<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt === 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}
