import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { stringifyDocument } from '@urql/core';
import { MAP_QUERY, PATH_QUERY, SEARCH_QUERY, CONCEPT_QUERY, RELATION_QUERY } from '../../../src/components/explorer/queries';
import { TOUR_QUERY } from '../../../src/components/teaching/tour-query';
import { loadGraph } from '../../../src/graph';
import { answerAtDoor, CacheFrontDoor, doorRequestOf } from '../../../src/graphql/http/cache-front-door';
import { CompiledQueries } from '../../../src/graphql/http/compiled-queries';
import { createContext } from '../../../src/graphql/context';
import { ResponseCache } from '../../../src/graphql/http/response-cache';
import { schema } from '../../../src/graphql/schema';
import { nodeListener } from '../../../src/graphql/http/node-listener';
import { createGraphQLEntry, createGraphQLServer, MAX_REQUEST_BYTES } from '../../../src/graphql/http/yoga';
import { API_PATH } from '../../../src/graphql/http/api-path';
import { EmbeddedStore } from '../../../src/store/embedded/embedded-store';
import type { GraphStore } from '../../../src/store';
import { FIXTURE_GRAPH } from '../../graph/fixture-graph';
import { delayedStore, memoryPolls } from '../graphql-client';

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
    send: ({ path = API_PATH, ...init } = {}) => fetch(`${origin}${path}`, init),
    yogaAnswer: ({ path = API_PATH, ...init } = {}) => fetch(`${plainOrigin}${path}`, init),
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
  const requestOf = ({ path = API_PATH, ...init }: RequestInit & { path?: string } = {}) => new Request(`http://localhost${path}`, init);
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
const getOf = (params: Record<string, string>, headers: Record<string, string> = {}) => ({ path: `${API_PATH}?${new URLSearchParams(params)}`, headers });

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
    expect(await changed.text()).toBe(await (await entry.yogaAnswer(request())).text());
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect(entry.yogaCalls).toBe(calls + 1);
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

/** Documents the app sends, each with the variables of a first request and of later ones. */
const APP_DOCUMENTS: [string, string, Record<string, unknown>[]][] = [
  [
    'the map',
    stringifyDocument(MAP_QUERY),
    [
      { focus: ['back-spasm'], depth: 1, expanded: [], kinds: null, types: null },
      { focus: ['heavy-lifting'], depth: 2, expanded: ['sciatica'], kinds: null, types: null },
      { focus: ['herniated-disc'], depth: 1, expanded: [], kinds: ['Cause', 'Mechanism', 'Symptom'], types: ['CAUSES', 'LEADS_TO'] },
    ],
  ],
  ['paths', stringifyDocument(PATH_QUERY), [{ from: 'heavy-lifting', to: 'back-spasm' }, { from: 'herniated-disc', to: 'sciatica' }, { from: 'ice', to: 'mri' }]],
  ['search', stringifyDocument(SEARCH_QUERY), [{ text: 'spasm' }, { text: 'nerv compresion' }, { text: 'lifting heavy' }]],
  ['a concept card', stringifyDocument(CONCEPT_QUERY), [{ id: 'back-spasm' }, { id: 'muscle-relaxants' }, { id: 'no-such-concept' }]],
  ['a relation', stringifyDocument(RELATION_QUERY), [{ id: 'heavy-lifting>CAUSES>muscle-strain' }, { id: 'herniated-disc>CAUSES>nerve-compression' }]],
  ['a tour', stringifyDocument(TOUR_QUERY), [{ id: 'strain-to-spasm' }, { id: 'calming-a-spasm' }]],
];

describe.each([
  ['npm run api’s node:http listener', nodeEntry],
  ['the Next route handler', async () => fetchEntry()],
])('queries yoga has kept, run again with other variables at the front door in %s', (_entry, start) => {
  it.each(APP_DOCUMENTS)('answers %s without yoga, with the bytes and headers yoga gives', async (_name, query, [first, ...later]) => {
    const entry = await start();
    expect((await entry.send(postOf({ query, variables: first }))).status).toBe(200);
    const calls = entry.yogaCalls;
    for (const variables of later) {
      const atDoor = await entry.send(postOf({ query, variables }));
      const fromYoga = await entry.yogaAnswer(postOf({ query, variables }));
      const body = await atDoor.text();
      expect(body).toBe(await fromYoga.text());
      expect(JSON.parse(body).errors).toBeUndefined();
      expect(describedHeaders(atDoor)).toEqual({ ...describedHeaders(fromYoga), etag: expect.stringMatching(/^"[\w-]+"$/) });
    }
    expect(entry.yogaCalls).toBe(calls);
  });

  it('answers a GET with other variables as yoga does, shareable by browsers and CDNs', async () => {
    const entry = await start();
    const query = stringifyDocument(CONCEPT_QUERY);
    const get = (id: string) => getOf({ query, variables: JSON.stringify({ id }) }, { accept: 'application/graphql-response+json' });
    await (await entry.send(get('back-spasm'))).text();
    const calls = entry.yogaCalls;
    const atDoor = await entry.send(get('sciatica'));
    expect(entry.yogaCalls).toBe(calls);
    const fromYoga = await entry.yogaAnswer(get('sciatica'));
    expect(await atDoor.text()).toBe(await fromYoga.text());
    expect(atDoor.headers.get('cache-control')).toMatch(/^public, max-age=\d+$/);
    expect(describedHeaders(atDoor)).toEqual({ ...describedHeaders(fromYoga), etag: expect.stringMatching(/^"[\w-]+"$/) });
  });

  it('keeps what it computed, so a repeat is answered from the cache with the same ETag', async () => {
    const entry = await start();
    const query = stringifyDocument(CONCEPT_QUERY);
    await (await entry.send(postOf({ query, variables: { id: 'back-spasm' } }))).text();
    const computed = await entry.send(postOf({ query, variables: { id: 'sciatica' } }));
    const repeated = await entry.send(postOf({ query, variables: { id: 'sciatica' } }));
    expect(await repeated.text()).toBe(await computed.text());
    expect(repeated.headers.get('etag')).toBe(computed.headers.get('etag'));
    const revalidated = await entry.send(postOf({ query, variables: { id: 'sciatica' } }, { 'if-none-match': computed.headers.get('etag')! }));
    expect(revalidated.status).toBe(304);
  });

  it('leaves variables that make the query too costly to yoga, which refuses them with the cost', async () => {
    const entry = await start();
    const query = 'query($n: Int!) { concepts(first: $n) { nodes { relations { to { relations { id } } } } } }';
    expect(JSON.parse(await (await entry.send(postOf({ query, variables: { n: 5 } }))).text()).errors).toBeUndefined();
    const calls = entry.yogaCalls;
    const costly = JSON.parse(await (await entry.send(postOf({ query, variables: { n: 100 } }))).text()) as { errors: { extensions: { code: string } }[] };
    expect(costly.errors[0]!.extensions.code).toBe('QUERY_TOO_COSTLY');
    expect(entry.yogaCalls).toBe(calls + 1);
  });

  it('leaves variables of the wrong type, or missing, to yoga, which says what is wrong', async () => {
    const entry = await start();
    const query = 'query($ids: [ID!]!, $depth: Int) { neighborhood(ids: $ids, depth: $depth) { nodes { id } } }';
    await (await entry.send(postOf({ query, variables: { ids: ['back-spasm'], depth: 1 } }))).text();
    for (const variables of [{ ids: ['back-spasm'], depth: 'two' }, { depth: 1 }, { ids: ['back-spasm'], depth: 99 }]) {
      const calls = entry.yogaCalls;
      const atDoor = await entry.send(postOf({ query, variables }));
      const fromYoga = await entry.yogaAnswer(postOf({ query, variables }));
      expect({ variables, status: atDoor.status, body: await atDoor.text() }).toEqual({ variables, status: fromYoga.status, body: await fromYoga.text() });
      expect(JSON.parse(await (await entry.yogaAnswer(postOf({ query, variables }))).text()).errors.length).toBeGreaterThan(0);
      expect(entry.yogaCalls).toBe(calls + 1);
    }
  });

  it('runs no document yoga has not kept: one it refused, or one whose answer had errors', async () => {
    const entry = await start();
    const unknownField = '{ concept(id: "back-spasm") { shoeSize } }';
    const pathsFrom = 'query($from: ID!) { paths(from: $from, to: "back-spasm") { hops } }';
    const sendCounting = async (query: string, variables: Record<string, unknown>) => {
      const calls = entry.yogaCalls;
      const body = JSON.parse(await (await entry.send(postOf({ query, variables }))).text()) as { errors?: unknown[] };
      return { reachedYoga: entry.yogaCalls - calls, errors: body.errors?.length ?? 0 };
    };
    expect(await sendCounting(unknownField, {})).toEqual({ reachedYoga: 1, errors: 1 });
    expect(await sendCounting(unknownField, { other: 1 })).toEqual({ reachedYoga: 1, errors: 1 });
    expect(await sendCounting(pathsFrom, { from: 'no-such-concept' })).toEqual({ reachedYoga: 1, errors: 1 });
    expect(await sendCounting(pathsFrom, { from: 'heavy-lifting' })).toEqual({ reachedYoga: 1, errors: 0 });
    expect(await sendCounting(pathsFrom, { from: 'poor-posture' })).toEqual({ reachedYoga: 0, errors: 0 });
  });
});

describe('the front door’s own bounds on a compiled query', () => {
  /** A door and yoga as createGraphQLEntry builds them, with the door's bounds given. */
  function doorWith(bounds: { handOverAfterMs: number; maxResponseBytes: number }) {
    const { store, seen } = delayedStore(new EmbeddedStore(loadGraph(FIXTURE_GRAPH)));
    const polls = memoryPolls();
    const responses = new ResponseCache(() => store.graphVersion());
    const compiled = new CompiledQueries(schema);
    const door = new CacheFrontDoor(responses, MAX_REQUEST_BYTES, { queries: compiled, context: (client, run) => createContext(store, polls, client, run), ...bounds });
    const yoga = createGraphQLServer({ store, polls, responses, compiled });
    const request = (variables: Record<string, unknown>) => new Request(`http://localhost${API_PATH}`, postOf({ query: WALK, variables }));
    return {
      seen,
      /** Through the door, as Next's route handler sends it. */
      send: (variables: Record<string, unknown>) => answerAtDoor(door, request(variables), (passed) => yoga.handleRequest(passed, {})),
      /** The door's own answer, undefined when it hands the request to yoga. */
      atDoor: async (variables: Record<string, unknown>) => {
        const asked = request(variables);
        return door.answer(doorRequestOf(asked), await asked.text());
      },
    };
  }
  const WALK = 'query($n: Int!) { concepts(first: $n) { nodes { name relations { to { name } } } } }';

  it('hands a query slower than its hand-over time to yoga, and its store makes no more calls for it', async () => {
    const door = doorWith({ handOverAfterMs: 40, maxResponseBytes: 2_000_000 });
    expect((await (await door.send({ n: 3 })).json()).data.concepts.nodes).toHaveLength(3);
    // a store call far slower than the hand-over time: the door hands over while it still runs
    door.seen.delayMs = 1_000;
    door.seen.calls = 0;
    door.seen.finished = 0;
    expect(await door.atDoor({ n: 5 })).toBeUndefined();
    expect(door.seen).toMatchObject({ calls: 1, finished: 0 });
    await expect.poll(() => door.seen.finished, { timeout: 10_000 }).toBe(1);
    // time for a walk that went on to ask again; a stopped one does not
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(door.seen.calls).toBe(1);
    door.seen.delayMs = 0;
    const answered = (await (await door.send({ n: 5 })).json()) as { data: { concepts: { nodes: unknown[] } } };
    expect(answered.data.concepts.nodes).toHaveLength(5);
  });

  it('hands an answer over its size cap to yoga, which applies its own', async () => {
    const door = doorWith({ handOverAfterMs: 1_000, maxResponseBytes: 400 });
    await (await door.send({ n: 1 })).text();
    expect(await door.atDoor({ n: 2 })).toBeDefined();
    expect(await door.atDoor({ n: 12 })).toBeUndefined();
    expect((await (await door.send({ n: 12 })).json()).data.concepts.nodes).toHaveLength(12);
  });
});
