import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/graph';
import { createGraphQLServer } from '../../src/graphql/http/yoga';
import { API_PATH } from '../../src/graphql/http/api-path';
import { EmbeddedStore } from '../../src/store/embedded/embedded-store';
import { FIXTURE_GRAPH } from '../graph/fixture-graph';
import { eventsOf } from './event-stream';
import { graphqlClient, memoryPolls } from './graphql-client';

type Data = Record<string, any>;

const POLL_FIELDS = `code tourId step prompt choices { id } counts { choice { id } votes } total closed answer { id } expiresAt`;
const START = `mutation Start($tourId: ID!, $step: Int!) { startPoll(tourId: $tourId, step: $step) { presenterSecret poll { ${POLL_FIELDS} } } }`;
const JOIN = `mutation Join($code: String!) { joinPoll(code: $code) { voterToken poll { code total } } }`;
const VOTE = `mutation Vote($code: String!, $voter: String!, $choice: ID!) { vote(code: $code, voter: $voter, choice: $choice) { ${POLL_FIELDS} } }`;
const CLOSE = `mutation Close($code: String!, $presenterSecret: String!) { closePoll(code: $code, presenterSecret: $presenterSecret) { ${POLL_FIELDS} } }`;
const POLL = `query Poll($code: String!) { poll(code: $code) { ${POLL_FIELDS} } }`;
const WATCH = `subscription Watch($code: String!) { pollUpdated(code: $code) { code counts { choice { id } votes } total closed answer { id } } }`;

/** A server over the fixture graph with polls of its own, for mutations and for event streams. */
function pollServer() {
  const store = new EmbeddedStore(loadGraph(FIXTURE_GRAPH));
  const polls = memoryPolls();
  return { query: graphqlClient(store, polls), yoga: createGraphQLServer({ store, polls }) };
}

type Query = ReturnType<typeof graphqlClient>;

/** "strain-to-spasm" step 0 asks what a strained muscle leads to; the fixture offers two Mechanisms. */
async function startedPoll(query: Query): Promise<Data & { secret: string }> {
  const { data, errors } = await query(START, { tourId: 'strain-to-spasm', step: 0 });
  expect(errors).toBeUndefined();
  return { ...(data!.startPoll.poll as Data), secret: data!.startPoll.presenterSecret as string };
}

/** A student joins the poll, as the join page does, and gets the server's voter token. */
async function joined(query: Query, code: string): Promise<string> {
  const { data, errors } = await query(JOIN, { code });
  expect(errors).toBeUndefined();
  return data!.joinPoll.voterToken as string;
}

function countsOf(poll: Data): Record<string, number> {
  return Object.fromEntries(poll.counts.map((count: Data) => [count.choice.id, count.votes]));
}

describe('startPoll', () => {
  it('opens a poll on a tour step’s question with that question’s choices, no votes and no answer yet', async () => {
    const { query } = pollServer();
    const before = Date.now();
    const { secret, ...poll } = await startedPoll(query);
    expect(secret.length).toBeGreaterThanOrEqual(32);
    const { data } = await query(`{ tour(id: "strain-to-spasm") { steps { question { choices { id } } } } }`);
    expect(poll).toMatchObject({
      tourId: 'strain-to-spasm',
      step: 0,
      prompt: 'What does a strained muscle lead to?',
      choices: data!.tour.steps[0].question.choices,
      counts: [
        { choice: { id: 'inflammation' }, votes: 0 },
        { choice: { id: 'nerve-compression' }, votes: 0 },
      ],
      total: 0,
      closed: false,
      answer: null,
    });
    expect(poll.code).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
    expect(Date.parse(poll.expiresAt) - before).toBeGreaterThanOrEqual(4 * 60 * 60 * 1000);
  });

  it('names the argument to change for an unknown tour, a missing step or a step without a question', async () => {
    const { query } = pollServer();
    const cases = [
      [{ tourId: 'no-such-tour', step: 0 }, 'tourId', "tourId: no tour has the id 'no-such-tour'; the tours query lists them"],
      [{ tourId: 'strain-to-spasm', step: 7 }, 'step', "step: step 7 of tour 'strain-to-spasm' does not exist; choose a step that asks one: 0 (from 0)"],
      [{ tourId: 'strain-to-spasm', step: 1 }, 'step', "step: step 1 of tour 'strain-to-spasm' asks no question; choose a step that asks one: 0 (from 0)"],
    ] as const;
    for (const [variables, field, message] of cases) {
      const { data, errors } = await query(START, variables);
      expect(data).toBeNull();
      expect(errors).toEqual([expect.objectContaining({ message, extensions: { code: 'BAD_USER_INPUT', field } })]);
    }
  });
});

describe('vote and closePoll', () => {
  it('count one vote per student, a later vote replacing the earlier one', async () => {
    const { query } = pollServer();
    const { code } = await startedPoll(query);
    const [ana, ben] = [await joined(query, code), await joined(query, code)];
    await query(VOTE, { code, voter: ana, choice: 'inflammation' });
    await query(VOTE, { code, voter: ben, choice: 'inflammation' });
    const { data, errors } = await query(VOTE, { code: code.toLowerCase(), voter: ben, choice: 'nerve-compression' });
    expect(errors).toBeUndefined();
    expect(countsOf(data!.vote)).toEqual({ inflammation: 1, 'nerve-compression': 1 });
    const { data: polled } = await query(POLL, { code });
    expect(polled!.poll).toMatchObject({ code, total: 2, closed: false, answer: null });
    expect(countsOf(polled!.poll)).toEqual({ inflammation: 1, 'nerve-compression': 1 });
  });

  it('refuse a voter the server did not issue: one script cannot invent a class', async () => {
    const { query } = pollServer();
    const { code } = await startedPoll(query);
    const { data, errors } = await query(VOTE, { code, voter: 'invented-student-17', choice: 'inflammation' });
    expect(data).toBeNull();
    expect(errors).toEqual([
      expect.objectContaining({
        message: `voter: not a voter token of poll ${code}; open the join link again (joinPoll gives one)`,
        extensions: { code: 'BAD_USER_INPUT', field: 'voter' },
      }),
    ]);
  });

  it('let only the presenter who started the poll close it and read the answer', async () => {
    const { query } = pollServer();
    const { code } = await startedPoll(query);
    const { data, errors } = await query(CLOSE, { code, presenterSecret: 'a-student-guess' });
    expect(data).toBeNull();
    expect(errors).toEqual([
      expect.objectContaining({
        message: `presenterSecret: only the presenter who started poll ${code} can close it and reveal the answer`,
        extensions: { code: 'BAD_USER_INPUT', field: 'presenterSecret' },
      }),
    ]);
    expect((await query(POLL, { code })).data!.poll).toMatchObject({ closed: false, answer: null });
  });

  it('reveal the answer once the poll is closed, and take no more votes', async () => {
    const { query } = pollServer();
    const { code, secret } = await startedPoll(query);
    const [ana, ben] = [await joined(query, code), await joined(query, code)];
    await query(VOTE, { code, voter: ana, choice: 'nerve-compression' });
    const { data } = await query(CLOSE, { code, presenterSecret: secret });
    expect(data!.closePoll).toMatchObject({ closed: true, total: 1, answer: { id: 'inflammation' } });
    const late = await query(VOTE, { code, voter: ben, choice: 'inflammation' });
    expect(late.errors).toEqual([
      expect.objectContaining({
        message: `poll ${code} is closed: the presenter has revealed the answer, so no more votes are counted`,
        extensions: { code: 'BAD_USER_INPUT', field: 'code' },
      }),
    ]);
    expect(countsOf((await query(POLL, { code })).data!.poll)).toEqual({ inflammation: 0, 'nerve-compression': 1 });
  });

  it('tell a student with an unknown code to check the join link or ask the presenter', async () => {
    const { query } = pollServer();
    for (const mutation of [JOIN, VOTE, CLOSE]) {
      const { errors } = await query(mutation, { code: 'K7M2QX', voter: 'ana', choice: 'inflammation', presenterSecret: 'secret' });
      expect(errors).toEqual([
        expect.objectContaining({ message: 'no poll has the code K7M2QX: check the join link or ask the presenter', extensions: { code: 'BAD_USER_INPUT', field: 'code' } }),
      ]);
    }
    const { data, errors } = await query(POLL, { code: 'K7M2QX' });
    expect(errors).toBeUndefined();
    expect(data!.poll).toBeNull();
  });

  it('refuse a choice the poll does not offer', async () => {
    const { query } = pollServer();
    const { code } = await startedPoll(query);
    const { errors } = await query(VOTE, { code, voter: await joined(query, code), choice: 'back-spasm' });
    expect(errors).toEqual([
      expect.objectContaining({
        message: `choice: 'back-spasm' is not offered in poll ${code}; choose one of inflammation, nerve-compression`,
        extensions: { code: 'BAD_USER_INPUT', field: 'choice' },
      }),
    ]);
  });

  it('quote a huge argument back cut short, so an argument as large as a request may carry gives a short answer', async () => {
    const { query } = pollServer();
    const { code } = await startedPoll(query);
    const voter = await joined(query, code);
    for (const variables of [
      { code, voter, choice: 'c'.repeat(900_000) },
      { code: 'K'.repeat(900_000), voter, choice: 'inflammation' },
    ]) {
      const { errors } = await query(VOTE, variables);
      expect(errors).toHaveLength(1);
      expect(errors![0]!.message).toContain('… (900000 characters)');
      expect(errors![0]!.message.length).toBeLessThan(200);
    }
  });
});

describe('poll mutations and aliases', () => {
  it('run one poll mutation per request, however many aliases ask for more', async () => {
    const { query } = pollServer();
    const aliased = `mutation { ${Array.from({ length: 30 }, (_, i) => `p${i}: startPoll(tourId: "strain-to-spasm", step: 0) { presenterSecret }`).join(' ')} }`;
    const { status, data, errors } = await query(aliased);
    expect(status).toBe(400);
    expect(data).toBeUndefined();
    expect(errors).toEqual([
      expect.objectContaining({
        message: 'a request may run one poll mutation (startPoll, joinPoll, vote or closePoll); send each in a request of its own',
        extensions: { code: 'BAD_USER_INPUT' },
      }),
    ]);
    const { code } = await startedPoll(query);
    const mixed = `mutation { a: joinPoll(code: "${code}") { voterToken } b: closePoll(code: "${code}", presenterSecret: "x") { closed } }`;
    expect((await query(mixed)).errors?.[0]?.message).toMatch(/^a request may run one poll mutation/);
  });
});

describe('pollUpdated over server-sent events', () => {
  it('sends the poll at once, then the new counts after each vote, then the revealed answer, and completes', async () => {
    const { query, yoga } = pollServer();
    const { code, secret } = await startedPoll(query);
    const voter = await joined(query, code);
    const response = await yoga.fetch(`http://localhost${API_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: WATCH, variables: { code } }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const events = eventsOf(response);

    const first = await events.next();
    expect(first.event).toBe('next');
    expect(first.data!.data.pollUpdated).toMatchObject({ code, total: 0, closed: false, answer: null });

    await query(VOTE, { code, voter, choice: 'nerve-compression' });
    const voted = await events.next();
    expect(countsOf(voted.data!.data.pollUpdated)).toEqual({ inflammation: 0, 'nerve-compression': 1 });

    await query(CLOSE, { code, presenterSecret: secret });
    const revealed = await events.next();
    expect(revealed.data!.data.pollUpdated).toMatchObject({ closed: true, total: 1, answer: { id: 'inflammation' } });
    expect((await events.next()).event).toBe('complete');
  });

  it('answers a GET with the query in the URL, as an EventSource sends it, and lets the client leave', async () => {
    const { query, yoga } = pollServer();
    const { code } = await startedPoll(query);
    const params = new URLSearchParams({ query: WATCH, variables: JSON.stringify({ code }) });
    const response = await yoga.fetch(`http://localhost${API_PATH}?${params}`, { headers: { accept: 'text/event-stream' } });
    const events = eventsOf(response);
    expect((await events.next()).data!.data.pollUpdated).toMatchObject({ code, total: 0 });
    await query(VOTE, { code, voter: await joined(query, code), choice: 'inflammation' });
    expect(countsOf((await events.next()).data!.data.pollUpdated)).toEqual({ inflammation: 1, 'nerve-compression': 0 });
    await events.stop();
  });

  it('sends the unknown-code error as an event an EventSource can read (status 200), and completes', async () => {
    const { yoga } = pollServer();
    const response = await yoga.fetch(`http://localhost${API_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: WATCH, variables: { code: 'K7M2QX' } }),
    });
    expect(response.status).toBe(200);
    const events = eventsOf(response);
    const failed = await events.next();
    expect(failed.data!.errors).toEqual([
      {
        message: 'no poll has the code K7M2QX: check the join link or ask the presenter',
        locations: [{ line: 1, column: 38 }],
        path: ['pollUpdated'],
        extensions: { code: 'BAD_USER_INPUT', field: 'code' },
      },
    ]);
    expect((await events.next()).event).toBe('complete');
  });
});
