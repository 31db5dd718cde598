import { createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../../src/domain';
import { loadGraph } from '../../../src/graph';
import { createContext } from '../../../src/graphql/context';
import { RESPONSE_CACHE, ResponseCache, useGraphResponseCache } from '../../../src/graphql/http/response-cache';
import { schema } from '../../../src/graphql/schema';
import { createGraphQLServer } from '../../../src/graphql/http/yoga';
import { API_PATH } from '../../../src/graphql/http/api-path';
import { EmbeddedStore } from '../../../src/store/embedded/embedded-store';
import type { GraphStore } from '../../../src/store';
import { FIXTURE_GRAPH } from '../../graph/fixture-graph';
import { memoryPolls } from '../graphql-client';

const NEIGHBORHOOD = 'query($ids: [ID!]!) { neighborhood(ids: $ids, depth: 1) { nodes { id } edges { id } } }';
const URL_BASE = `http://localhost${API_PATH}`;

/** The fixture store, counting the calls that read the graph, with a graph version the test sets. */
function observedStore() {
  const inner = new EmbeddedStore(loadGraph(FIXTURE_GRAPH));
  const seen = { reads: 0, version: 'v1', failNext: false };
  const store = new Proxy(inner, {
    get(target, property, receiver) {
      if (property === 'graphVersion') return async () => seen.version;
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        seen.reads += 1;
        if (seen.failNext) {
          seen.failNext = false;
          return Promise.reject(new StoreUnavailableError('Neo4j at bolt://db:7687 is unavailable'));
        }
        return value.apply(target, args);
      };
    },
  }) as GraphStore;
  return { store, seen };
}

function serverOver(store: GraphStore) {
  const yoga = createGraphQLServer({ store, polls: memoryPolls() });
  const post = (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
    yoga.fetch(URL_BASE, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  const get = (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
    yoga.fetch(`${URL_BASE}?${new URLSearchParams({ query, variables: JSON.stringify(variables) })}`, { headers: { accept: 'application/json', ...headers } });
  return { post, get };
}

describe('the response cache', () => {
  it('answers a repeated query without reading the store again, with the same body', async () => {
    const { store, seen } = observedStore();
    const { post } = serverOver(store);
    const first = await (await post(NEIGHBORHOOD, { ids: ['back-spasm'] })).text();
    const reads = seen.reads;
    expect(reads).toBeGreaterThan(0);
    const second = await (await post(NEIGHBORHOOD, { ids: ['back-spasm'] })).text();
    expect(second).toBe(first);
    expect(seen.reads).toBe(reads);
    expect(JSON.parse(first).data.neighborhood.nodes).toContainEqual({ id: 'back-spasm' });
  });

  it('keeps answers to other variables apart', async () => {
    const { store } = observedStore();
    const { post } = serverOver(store);
    const spasm = await (await post(NEIGHBORHOOD, { ids: ['back-spasm'] })).json();
    const lifting = await (await post(NEIGHBORHOOD, { ids: ['heavy-lifting'] })).json();
    expect(lifting).not.toEqual(spasm);
    expect(lifting.data.neighborhood.nodes).toContainEqual({ id: 'heavy-lifting' });
  });

  it('computes answers again once the store serves another graph version', async () => {
    const { store, seen } = observedStore();
    const { post } = serverOver(store);
    await post(NEIGHBORHOOD, { ids: ['back-spasm'] });
    const reads = seen.reads;
    seen.version = 'v2';
    await post(NEIGHBORHOOD, { ids: ['back-spasm'] });
    expect(seen.reads).toBeGreaterThan(reads);
  });

  it('never keeps an answer with an error: a store outage is asked again', async () => {
    const { store, seen } = observedStore();
    const { post } = serverOver(store);
    seen.failNext = true;
    const failed = await (await post(NEIGHBORHOOD, { ids: ['back-spasm'] })).json();
    expect(failed.errors[0].extensions.code).toBe('STORE_UNAVAILABLE');
    const answered = await (await post(NEIGHBORHOOD, { ids: ['back-spasm'] })).json();
    expect(answered.errors).toBeUndefined();
    expect(answered.data.neighborhood.nodes).toContainEqual({ id: 'back-spasm' });
  });

  it('never keeps a poll: a vote shows in the next identical query', async () => {
    const { store } = observedStore();
    const { post } = serverOver(store);
    const started = await (await post('mutation { startPoll(tourId: "strain-to-spasm", step: 0) { poll { code choices { id } } } }')).json();
    const { code, choices } = started.data.startPoll.poll;
    const POLL = 'query($code: String!) { poll(code: $code) { total } }';
    expect((await (await post(POLL, { code })).json()).data.poll.total).toBe(0);
    const joined = await (await post('mutation($code: String!) { joinPoll(code: $code) { voterToken } }', { code })).json();
    await post('mutation($code: String!, $voter: String!, $choice: ID!) { vote(code: $code, voter: $voter, choice: $choice) { total } }', {
      code,
      voter: joined.data.joinPoll.voterToken,
      choice: choices[0].id,
    });
    const after = await post(POLL, { code });
    expect((await after.json()).data.poll.total).toBe(1);
    expect(after.headers.get('etag')).toBeNull();
    expect(after.headers.get('cache-control')).toBe('no-store');
  });

  it('still refuses a query over the cost limit every time it is sent', async () => {
    const { store } = observedStore();
    const { post } = serverOver(store);
    const heavy = `relations { from { relations { to { relations { evidence { quote source { title } } } } } } }`;
    const costly = `{ ${Array.from({ length: 25 }, (_, i) => `c${i}: concepts(first: 100) { nodes { ${heavy} } }`).join(' ')} }`;
    for (let attempt = 0; attempt < 2; attempt++) {
      const { errors } = await (await post(costly)).json();
      expect(errors[0].extensions.code).toBe('QUERY_TOO_COSTLY');
    }
  });

  it('drops the least recently used answers beyond its size in bytes', async () => {
    const { store, seen } = observedStore();
    const yoga = createYoga({
      schema,
      context: () => createContext(store, memoryPolls(), 'test'),
      plugins: [useGraphResponseCache(new ResponseCache(() => store.graphVersion(), { ...RESPONSE_CACHE, maxBytes: 400 }))],
    });
    const ask = (id: string) =>
      yoga.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: NEIGHBORHOOD, variables: { ids: [id] } }) });
    await ask('back-spasm');
    for (const id of ['heavy-lifting', 'sciatica', 'inflammation']) await ask(id);
    const reads = seen.reads;
    await ask('back-spasm');
    expect(seen.reads).toBeGreaterThan(reads);
  });
});

describe('HTTP caching of answers', () => {
  it('gives a GET query an ETag and a public Cache-Control, and a 304 without a body when the ETag is sent back', async () => {
    const { store } = observedStore();
    const { get } = serverOver(store);
    const first = await get(NEIGHBORHOOD, { ids: ['back-spasm'] });
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get('cache-control')).toBe(`public, max-age=${RESPONSE_CACHE.httpMaxAgeSeconds}`);
    await first.text();
    const again = await get(NEIGHBORHOOD, { ids: ['back-spasm'] }, { 'if-none-match': etag! });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    expect(again.headers.get('cache-control')).toBe(`public, max-age=${RESPONSE_CACHE.httpMaxAgeSeconds}`);
  });

  it('gives another ETag once the graph version changes, and answers an old ETag in full', async () => {
    const { store, seen } = observedStore();
    const { get } = serverOver(store);
    const first = await get(NEIGHBORHOOD, { ids: ['back-spasm'] });
    const etag = first.headers.get('etag')!;
    seen.version = 'v2';
    const changed = await get(NEIGHBORHOOD, { ids: ['back-spasm'] });
    expect(changed.headers.get('etag')).not.toBe(etag);
    const old = await get(NEIGHBORHOOD, { ids: ['back-spasm'] }, { 'if-none-match': etag });
    expect(old.status).toBe(200);
  });

  it('answers a POST query with an ETag but no-store, as shared caches do not keep POST answers', async () => {
    const { store } = observedStore();
    const { post } = serverOver(store);
    const answer = await post(NEIGHBORHOOD, { ids: ['back-spasm'] });
    expect(answer.headers.get('etag')).toMatch(/^"[\w-]+"$/);
    expect(answer.headers.get('cache-control')).toBe('no-store');
  });

  it('marks errors and mutations no-store, without an ETag', async () => {
    const { store } = observedStore();
    const { get, post } = serverOver(store);
    const invalid = await get('{ concept(id: "back-spasm") { nope } }');
    expect(invalid.headers.get('cache-control')).toBe('no-store');
    expect(invalid.headers.get('etag')).toBeNull();
    const mutation = await post('mutation { startPoll(tourId: "strain-to-spasm", step: 0) { presenterSecret } }');
    expect((await mutation.json()).data.startPoll.presenterSecret).toEqual(expect.any(String));
    expect(mutation.headers.get('cache-control')).toBe('no-store');
    expect(mutation.headers.get('etag')).toBeNull();
  });
});
