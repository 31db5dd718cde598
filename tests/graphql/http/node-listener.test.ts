import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph';
import { nodeListener } from '../../../src/graphql/http/node-listener';
import { createGraphQLServer } from '../../../src/graphql/http/yoga';
import { API_PATH } from '../../../src/graphql/http/api-path';
import { EmbeddedStore } from '../../../src/store/embedded/embedded-store';
import { FIXTURE_GRAPH } from '../../graph/fixture-graph';
import { eventsOf } from '../event-stream';
import { graphqlClient, memoryPolls } from '../graphql-client';

const START = 'mutation { startPoll(tourId: "strain-to-spasm", step: 0) { poll { code } } }';
const JOIN = 'mutation Join($code: String!) { joinPoll(code: $code) { voterToken } }';
const VOTE = 'mutation Vote($code: String!, $voter: String!) { vote(code: $code, voter: $voter, choice: "inflammation") { total } }';
const WATCH = 'subscription Watch($code: String!) { pollUpdated(code: $code) { total } }';

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? (server.closeAllConnections(), server.close(() => resolve())) : resolve())));

/** yoga over the fixture graph behind a real socket, as `npm run api` serves it. */
async function listening() {
  const store = new EmbeddedStore(loadGraph(FIXTURE_GRAPH));
  const polls = memoryPolls();
  server = createServer(nodeListener(createGraphQLServer({ store, polls })));
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${API_PATH}`;
  return { url, query: graphqlClient(store, polls) };
}

const post = (url: string, query: string, variables = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' }, body: JSON.stringify({ query, variables }) });

describe('the node:http listener of npm run api', () => {
  it('sends an answer in one piece with its length, headers and status as yoga made them', async () => {
    const { url } = await listening();
    const answer = await post(url, '{ concept(id: "muscle-strain") { name } }');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toContain('application/graphql-response+json');
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    const body = await answer.text();
    expect(answer.headers.get('content-length')).toBe(String(Buffer.byteLength(body)));
    expect(JSON.parse(body)).toEqual({ data: { concept: { name: expect.any(String) } } });

    const refused = await post(url, '{ concept(');
    expect(refused.status).toBe(400);
  });

  it('streams poll updates as they happen, and keeps answering after a student closes the stream', async () => {
    const { url, query } = await listening();
    const code = (await query(START)).data!.startPoll.poll.code as string;
    const voter = (await query(JOIN, { code })).data!.joinPoll.voterToken as string;
    const leaving = new AbortController();
    const stream = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: WATCH, variables: { code } }),
      signal: leaving.signal,
    });
    expect(stream.headers.get('content-type')).toContain('text/event-stream');
    const events = eventsOf(stream);
    expect((await events.next()).data!.data.pollUpdated).toEqual({ total: 0 });
    await query(VOTE, { code, voter });
    expect((await events.next()).data!.data.pollUpdated).toEqual({ total: 1 });

    leaving.abort();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const after = await post(url, '{ concept(id: "muscle-strain") { name } }');
    expect(after.status).toBe(200);
  });
});
