import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/graph';
import { answerAtDoor } from '../../src/graphql/cache-front-door';
import { nodeListener } from '../../src/graphql/node-listener';
import { createGraphQLEntry, GRAPHQL_ENDPOINT, MAX_REQUEST_BYTES } from '../../src/graphql/yoga';
import { EmbeddedStore } from '../../src/store/embedded/embedded-store';
import type { GraphStore } from '../../src/store';
import { FIXTURE_GRAPH } from '../graph/fixture-graph';
import { memoryPolls } from './graphql-client';

const NEIGHBORHOOD = 'query Around($ids: [ID!]!) { neighborhood(ids: $ids, depth: 1) { nodes { id name } edges { id } } }';
const ALLOWED_ORIGIN = 'https://school.example.org';
/** Headers that frame a message on the wire rather than describe the answer. */
const FRAMING = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length']);

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? (server.closeAllConnections(), server.close(() => resolve())) : resolve())));

/** The fixture store, with a graph version the test can change. */
function versionedStore() {
  const inner = new EmbeddedStore(loadGraph(FIXTURE_GRAPH));
  const seen = { version: 'v1' };
  const store = new Proxy(inner, {
    get: (target, property, receiver) => (property === 'graphVersion' ? async () => seen.version : Reflect.get(target, property, receiver)),
  }) as GraphStore;
  return { store, seen };
}

interface Entry {
  /** Sends a request to the entry point; `path` is the endpoint's unless given. */
  send(init?: RequestInit & { path?: string }): Promise<Response>;
  /** The same request straight to yoga, past the door. */
  yogaAnswer(init?: RequestInit & { path?: string }): Promise<Response>;
  /** How many requests reached yoga so far. */
  readonly yogaCalls: number;
  readonly seen: { version: string };
}

/** `npm run api`'s listener behind a real socket, with its front door, counting what reaches yoga. */
async function nodeEntry(): Promise<Entry> {
  const { store, seen } = versionedStore();
  const { yoga, frontDoor } = createGraphQLEntry({ store, polls: memoryPolls() }, { corsOrigins: [ALLOWED_ORIGIN] });
  const counted = {
    calls: 0,
    handleNodeRequestAndResponse: ((request, response) => {
      counted.calls += 1;
      return yoga.handleNodeRequestAndResponse(request, response);
    }) as typeof yoga.handleNodeRequestAndResponse,
  };
  server = createServer(nodeListener(counted, frontDoor));
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const plainServer = createServer(nodeListener(yoga));
  await new Promise<void>((resolve) => plainServer.listen(0, '127.0.0.1', resolve));
  const plainOrigin = `http://127.0.0.1:${(plainServer.address() as AddressInfo).port}`;
  const closing = server;
  closing.once('close', () => (plainServer.closeAllConnections(), plainServer.close()));
  return {
    send: ({ path = GRAPHQL_ENDPOINT, ...init } = {}) => fetch(`${origin}${path}`, init),
    yogaAnswer: ({ path = GRAPHQL_ENDPOINT, ...init } = {}) => fetch(`${plainOrigin}${path}`, init),
    get yogaCalls() {
      return counted.calls;
    },
    seen,
  };
}

/** Next's route handler as src/app/api/graphql/route.ts composes it, with no socket. */
function fetchEntry(): Entry {
  const { store, seen } = versionedStore();
  const { yoga, frontDoor } = createGraphQLEntry({ store, polls: memoryPolls() }, { corsOrigins: [ALLOWED_ORIGIN] });
  let calls = 0;
  const handle = (request: Request) => {
    calls += 1;
    return yoga.handleRequest(request, {});
  };
  const requestOf = ({ path = GRAPHQL_ENDPOINT, ...init }: RequestInit & { path?: string } = {}) => new Request(`http://localhost${path}`, init);
  return {
    send: (init) => answerAtDoor(frontDoor, requestOf(init), handle),
    yogaAnswer: async (init) => yoga.handleRequest(requestOf(init), {}),
    get yogaCalls() {
      return calls;
    },
    seen,
  };
}

const postOf = (body: unknown, headers: Record<string, string> = {}): RequestInit => {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)), ...headers }, body: text };
};
const getOf = (params: Record<string, string>, headers: Record<string, string> = {}) => ({ path: `${GRAPHQL_ENDPOINT}?${new URLSearchParams(params)}`, headers });

function describedHeaders(response: Response): Record<string, string> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (!FRAMING.has(name)) headers[name] = value;
  });
  return headers;
}

const shapes: [string, () => RequestInit & { path?: string }][] = [
  ['a JSON POST asking for application/graphql-response+json', () => postOf({ query: NEIGHBORHOOD, variables: { ids: ['back-spasm'] } }, { accept: 'application/graphql-response+json' })],
  ['a JSON POST with no Accept', () => postOf({ query: NEIGHBORHOOD, variables: { ids: ['back-spasm'] }, operationName: 'Around' })],
  ['a JSON POST from a configured origin', () => postOf({ query: NEIGHBORHOOD, variables: { ids: ['heavy-lifting'] } }, { accept: 'application/json', origin: ALLOWED_ORIGIN })],
  ['a JSON POST from an origin not configured', () => postOf({ query: NEIGHBORHOOD, variables: { ids: ['heavy-lifting'] } }, { origin: 'https://elsewhere.example' })],
  ['a GET asking for application/json', () => getOf({ query: NEIGHBORHOOD, variables: JSON.stringify({ ids: ['sciatica'] }) }, { accept: 'application/json' })],
  ['a GET asking for application/graphql-response+json from a configured origin', () => getOf({ query: NEIGHBORHOOD, variables: JSON.stringify({ ids: ['sciatica'] }) }, { accept: 'application/graphql-response+json', origin: ALLOWED_ORIGIN })],
];

describe.each([
  ['npm run api’s node:http listener', nodeEntry],
  ['the Next route handler', async () => fetchEntry()],
])('the response cache’s front door in %s', (_entry, start) => {
  it.each(shapes)('answers a repeat of %s without yoga, with the body and headers yoga gives it', async (_shape, request) => {
    const entry = await start();
    const first = await entry.send(request());
    const firstBody = await first.text();
    expect(first.status).toBe(200);
    const calls = entry.yogaCalls;
    const repeated = await entry.send(request());
    expect(entry.yogaCalls).toBe(calls);
    expect(repeated.status).toBe(200);
    expect(await repeated.text()).toBe(firstBody);
    const fromYoga = await entry.yogaAnswer(request());
    expect(await fromYoga.text()).toBe(firstBody);
    expect(describedHeaders(repeated)).toEqual(describedHeaders(fromYoga));
    expect(describedHeaders(repeated)).toEqual(describedHeaders(first));
    expect(repeated.headers.get('etag')).toMatch(/^"[\w-]+"$/);
    expect(JSON.parse(firstBody).data.neighborhood.nodes.length).toBeGreaterThan(0);
  });

  it('sends a request the guards refuse to yoga, which refuses it, even when its query is cached', async () => {
    const entry = await start();
    const cached = { query: NEIGHBORHOOD, variables: { ids: ['back-spasm'] } };
    const cachedBody = await (await entry.send(postOf(cached))).text();
    const refusals: [string, RequestInit & { path?: string }, number][] = [
      ['a text/plain POST', postOf(cached, { 'content-type': 'text/plain' }), 415],
      ['a form POST', postOf(cached, { 'content-type': 'application/x-www-form-urlencoded' }), 415],
      ['a body over the limit', postOf(`${JSON.stringify(cached)}${' '.repeat(MAX_REQUEST_BYTES)}`), 413],
      ['another path', { ...postOf(cached), path: '/api/other' }, 404],
      // yoga answers variables that are not JSON with a 200 carrying an error
      ['variables that are not JSON', getOf({ query: NEIGHBORHOOD, variables: '{"ids": [' }, { accept: 'application/json' }), 200],
    ];
    for (const [what, request, status] of refusals) {
      const calls = entry.yogaCalls;
      const refused = await entry.send(request);
      expect({ what, status: refused.status }).toEqual({ what, status });
      expect(await refused.text()).not.toBe(cachedBody);
      expect(entry.yogaCalls).toBe(calls + 1);
    }
  });

  it('answers a query again after the graph version changes, and leaves If-None-Match to yoga’s 304', async () => {
    const entry = await start();
    const request = () => postOf({ query: NEIGHBORHOOD, variables: { ids: ['back-spasm'] } });
    const first = await entry.send(request());
    await first.text();
    const etag = first.headers.get('etag')!;
    const calls = entry.yogaCalls;
    const revalidated = await entry.send({ ...request(), headers: { ...(request().headers as Record<string, string>), 'if-none-match': etag } });
    expect(revalidated.status).toBe(304);
    expect(entry.yogaCalls).toBe(calls + 1);
    entry.seen.version = 'v2';
    const changed = await entry.send(request());
    await changed.text();
    expect(entry.yogaCalls).toBe(calls + 2);
    expect(changed.headers.get('etag')).not.toBe(etag);
  });

  it('never answers a mutation or a poll at the door, however often it is sent', async () => {
    const entry = await start();
    const startPoll = postOf({ query: 'mutation { startPoll(tourId: "strain-to-spasm", step: 0) { poll { code } } }' });
    const codes = new Set<string>();
    for (let attempt = 0; attempt < 2; attempt++) codes.add(((await (await entry.send(startPoll)).json()) as { data: { startPoll: { poll: { code: string } } } }).data.startPoll.poll.code);
    expect(codes.size).toBe(2);
    const [code] = codes;
    const poll = postOf({ query: 'query($code: String!) { poll(code: $code) { total } }', variables: { code } });
    const calls = entry.yogaCalls;
    for (let attempt = 0; attempt < 2; attempt++) expect(((await (await entry.send(poll)).json()) as { data: { poll: { total: number } } }).data.poll.total).toBe(0);
    expect(entry.yogaCalls).toBe(calls + 2);
  });
});
