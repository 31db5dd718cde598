import { createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/graph';
import { createContext } from '../../src/graphql/context';
import { useExecutionGuards } from '../../src/graphql/http/execution-guards';
import { QUERY_COST } from '../../src/graphql/query-cost';
import { schema } from '../../src/graphql/schema';
import { EmbeddedStore } from '../../src/store/embedded/embedded-store';
import type { GraphStore } from '../../src/store';
import { delayedStore, memoryPolls } from '../graphql/graphql-client';
import { ENDPOINT, nestedRelations, STATS_ANSWER, testServer } from './server';

describe('a query whose lists multiply refused before it runs', () => {
  const server = testServer();

  it.each([4, 5])('refuses relations nested %i levels deep with its cost and the limit, and keeps answering', async (levels) => {
    const response = await server.post(nestedRelations(levels));
    const body = (await response.json()) as { data: unknown; errors: { message: string; extensions: { code: string } }[] };
    expect(response.status).toBe(200);
    expect(body.data).toEqual({ concept: null });
    expect(body.errors[0]!.extensions.code).toBe('QUERY_TOO_COSTLY');
    expect(body.errors[0]!.message).toMatch(new RegExp(`^Query cost \\d+ exceeds the limit of ${QUERY_COST.maxComplexity}: every list multiplies`));
    expect(await server.stillAnswers()).toBe(true);
  });

  it('counts the page size a client asks for', async () => {
    const heavy = (first: number) => `{ concepts(first: ${first}) { nodes { relations { to { relations { id } } } } } }`;
    expect(((await (await server.post(heavy(5))).json()) as { errors?: unknown }).errors).toBeUndefined();
    expect(((await (await server.post(heavy(100))).json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('QUERY_TOO_COSTLY');
  });

  it('multiplies aliases too: many cheap copies of a query cost as much as one expensive one', async () => {
    const aliases = Array.from({ length: 25 }, (_, i) => `n${i}: neighborhood(ids: ["back-spasm"], depth: 3) { nodes { relations { to { id } } } }`).join(' ');
    const body = (await (await server.post(`{ ${aliases} }`)).json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('QUERY_TOO_COSTLY');
  });
});

function guardedServer(store: GraphStore, limits: { timeBudgetMs: number; maxResponseBytes: number }) {
  const yoga = createYoga({ schema, context: () => createContext(store, memoryPolls(), '127.0.0.1'), plugins: [useExecutionGuards(limits)] });
  return async (query: string) => {
    const response = await yoga.fetch(ENDPOINT, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    return (await response.json()) as { data?: unknown; errors?: { message: string; extensions: { code: string } }[] };
  };
}

describe('execution guards', () => {
  const graph = loadGraph('graph');
  const walk = `{ concepts(first: 100) { nodes { relations { to { name } } } } }`;

  it('stops resolving a query that outruns its time budget and says so', async () => {
    const { store, seen } = delayedStore(new EmbeddedStore(graph), 40);
    const query = guardedServer(store, { timeBudgetMs: 60, maxResponseBytes: 10_000_000 });
    const body = await query(walk);
    expect(body.data).toBeUndefined();
    expect(body.errors![0]).toMatchObject({ message: expect.stringMatching(/ran longer than the 0\.06 s budget and was stopped/), extensions: { code: 'QUERY_TIME_BUDGET_EXCEEDED' } });
    const callsWhenStopped = seen.calls;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(seen.calls).toBe(callsWhenStopped);
    expect((await query('{ stats { concepts } }')).data).toEqual(STATS_ANSWER);
  });

  it('answers with an error instead of an answer larger than the cap', async () => {
    const query = guardedServer(new EmbeddedStore(graph), { timeBudgetMs: 10_000, maxResponseBytes: 5_000 });
    const body = await query(`{ concepts(first: 100) { nodes { id name description } } }`);
    expect(body.data).toBeUndefined();
    expect(body.errors![0]).toMatchObject({ message: expect.stringMatching(/^The answer would be 0\.\d MB; the limit is 0\.005 MB/), extensions: { code: 'RESPONSE_TOO_LARGE' } });
    expect((await query('{ stats { concepts } }')).data).toEqual(STATS_ANSWER);
  });
});
