import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/graph';
import { createGraphQLServer, GRAPHQL_ENDPOINT } from '../../src/graphql/yoga';
import { PollRegistry } from '../../src/polls/poll-registry';
import { EmbeddedStore } from '../../src/store/embedded/embedded-store';
import { FIXTURE_GRAPH } from '../graph/fixture-graph';
import { graphqlClient } from './graphql-client';

type Data = Record<string, any>;

const POLL_FIELDS = `code tourId step prompt choices { id } counts { choice { id } votes } total closed answer { id } expiresAt`;
const START = `mutation Start($tourId: ID!, $step: Int!) { startPoll(tourId: $tourId, step: $step) { ${POLL_FIELDS} } }`;
const VOTE = `mutation Vote($code: String!, $voter: String!, $choice: ID!) { vote(code: $code, voter: $voter, choice: $choice) { ${POLL_FIELDS} } }`;
const CLOSE = `mutation Close($code: String!) { closePoll(code: $code) { ${POLL_FIELDS} } }`;
const POLL = `query Poll($code: String!) { poll(code: $code) { ${POLL_FIELDS} } }`;
const WATCH = `subscription Watch($code: String!) { pollUpdated(code: $code) { code counts { choice { id } votes } total closed answer { id } } }`;

/** A server over the fixture graph with polls of its own, for mutations and for event streams. */
function pollServer() {
  const store = new EmbeddedStore(loadGraph(FIXTURE_GRAPH));
  const polls = new PollRegistry();
  return { query: graphqlClient(store, polls), yoga: createGraphQLServer(async () => store, polls) };
}

/** "strain-to-spasm" step 0 asks what a strained muscle leads to; the fixture offers two Mechanisms. */
async function startedPoll(query: ReturnType<typeof graphqlClient>) {
  const { data, errors } = await query(START, { tourId: 'strain-to-spasm', step: 0 });
  expect(errors).toBeUndefined();
  return data!.startPoll as Data;
}

function countsOf(poll: Data): Record<string, number> {
  return Object.fromEntries(poll.counts.map((count: Data) => [count.choice.id, count.votes]));
}

/** Reads server-sent events from a response body one at a time, skipping keep-alive comments. */
function eventsOf(response: Response) {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  const next = async (): Promise<{ event: string; data: Data | null }> => {
    for (;;) {
      const end = buffer.indexOf('\n\n');
      if (end >= 0) {
        const lines = buffer.slice(0, end).split('\n').filter((line) => !line.startsWith(':'));
        buffer = buffer.slice(end + 2);
        if (lines.length === 0) continue;
        const event = lines.find((line) => line.startsWith('event:'))?.slice('event:'.length).trim() ?? 'message';
        const data = lines.filter((line) => line.startsWith('data:')).map((line) => line.slice('data:'.length).trim()).join('\n');
        return { event, data: data ? (JSON.parse(data) as Data) : null };
      }
      const { value, done } = await reader.read();
      if (done) throw new Error('the event stream ended before the next event');
      buffer += value;
    }
  };
  return { next, stop: () => reader.cancel() };
}

describe('startPoll', () => {
  it('opens a poll on a tour step’s question with that question’s choices, no votes and no answer yet', async () => {
    const { query } = pollServer();
    const before = Date.now();
    const poll = await startedPoll(query);
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
    await query(VOTE, { code, voter: 'ana', choice: 'inflammation' });
    await query(VOTE, { code, voter: 'ben', choice: 'inflammation' });
    const { data, errors } = await query(VOTE, { code: code.toLowerCase(), voter: 'ben', choice: 'nerve-compression' });
    expect(errors).toBeUndefined();
    expect(countsOf(data!.vote)).toEqual({ inflammation: 1, 'nerve-compression': 1 });
    const { data: polled } = await query(POLL, { code });
    expect(polled!.poll).toMatchObject({ code, total: 2, closed: false, answer: null });
    expect(countsOf(polled!.poll)).toEqual({ inflammation: 1, 'nerve-compression': 1 });
  });

  it('reveal the answer once the poll is closed, and take no more votes', async () => {
    const { query } = pollServer();
    const { code } = await startedPoll(query);
    await query(VOTE, { code, voter: 'ana', choice: 'nerve-compression' });
    const { data } = await query(CLOSE, { code });
    expect(data!.closePoll).toMatchObject({ closed: true, total: 1, answer: { id: 'inflammation' } });
    const late = await query(VOTE, { code, voter: 'ben', choice: 'inflammation' });
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
    for (const mutation of [VOTE, CLOSE]) {
      const { errors } = await query(mutation, { code: 'K7M2QX', voter: 'ana', choice: 'inflammation' });
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
    const { errors } = await query(VOTE, { code, voter: 'ana', choice: 'back-spasm' });
    expect(errors).toEqual([
      expect.objectContaining({
        message: `choice: 'back-spasm' is not offered in poll ${code}; choose one of inflammation, nerve-compression`,
        extensions: { code: 'BAD_USER_INPUT', field: 'choice' },
      }),
    ]);
  });
});

describe('pollUpdated over server-sent events', () => {
  it('sends the poll at once, then the new counts after each vote, then the revealed answer, and completes', async () => {
    const { query, yoga } = pollServer();
    const { code } = await startedPoll(query);
    const response = await yoga.fetch(`http://localhost${GRAPHQL_ENDPOINT}`, {
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

    await query(VOTE, { code, voter: 'ana', choice: 'nerve-compression' });
    const voted = await events.next();
    expect(countsOf(voted.data!.data.pollUpdated)).toEqual({ inflammation: 0, 'nerve-compression': 1 });

    await query(CLOSE, { code });
    const revealed = await events.next();
    expect(revealed.data!.data.pollUpdated).toMatchObject({ closed: true, total: 1, answer: { id: 'inflammation' } });
    expect((await events.next()).event).toBe('complete');
  });

  it('answers a GET with the query in the URL, as an EventSource sends it, and lets the client leave', async () => {
    const { query, yoga } = pollServer();
    const { code } = await startedPoll(query);
    const params = new URLSearchParams({ query: WATCH, variables: JSON.stringify({ code }) });
    const response = await yoga.fetch(`http://localhost${GRAPHQL_ENDPOINT}?${params}`, { headers: { accept: 'text/event-stream' } });
    const events = eventsOf(response);
    expect((await events.next()).data!.data.pollUpdated).toMatchObject({ code, total: 0 });
    await query(VOTE, { code, voter: 'ana', choice: 'inflammation' });
    expect(countsOf((await events.next()).data!.data.pollUpdated)).toEqual({ inflammation: 1, 'nerve-compression': 0 });
    await events.stop();
  });

  it('sends the unknown-code error as an event an EventSource can read (status 200), and completes', async () => {
    const { yoga } = pollServer();
    const response = await yoga.fetch(`http://localhost${GRAPHQL_ENDPOINT}`, {
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
