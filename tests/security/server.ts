import { loadGraph } from '../../src/graph';
import { createGraphQLServer, type GraphQLServerOptions } from '../../src/graphql/http/yoga';
import { API_PATH } from '../../src/graphql/http/api-path';
import { EmbeddedStore } from '../../src/store/embedded/embedded-store';
import type { GraphStore } from '../../src/store';
import { memoryPolls } from '../graphql/graphql-client';

export const ENDPOINT = `http://localhost${API_PATH}`;

/** The curated graph the security tests run over, and the answer an ordinary query gets from it. */
export const REAL_GRAPH = loadGraph('graph');
export const STATS_ANSWER = { stats: { concepts: REAL_GRAPH.concepts.length } };

/** A yoga server over the real graph (its hubs are what make nested queries expensive), reached with no socket. */
export function testServer(options: GraphQLServerOptions = {}, store: GraphStore = new EmbeddedStore(REAL_GRAPH)) {
  const yoga = createGraphQLServer({ store, polls: memoryPolls() }, options);
  const send = (init: RequestInit & { path?: string } = {}) => yoga.fetch(init.path ? `http://localhost${init.path}` : ENDPOINT, init);
  const post = (query: string, headers: Record<string, string> = {}) =>
    send({ method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
  /** Whether the server still answers an ordinary query correctly. */
  const stillAnswers = async () => {
    const response = await post('{ stats { concepts } }');
    return response.status === 200 && ((await response.json()) as { data?: { stats?: { concepts?: number } } }).data?.stats?.concepts === REAL_GRAPH.concepts.length;
  };
  return { yoga, send, post, stillAnswers };
}

/** `relations { to { … } }` nested `levels` times under one concept. */
export function nestedRelations(levels: number): string {
  return `{ concept(id: "back-spasm") { ${'relations { to { '.repeat(levels)}id${' } }'.repeat(levels)} } }`;
}
