import type { TadaDocumentNode } from 'gql.tada';
import { print } from 'graphql';
import type { ResultOf, VariablesOf } from '../../src/client/graphql';
import { loadGraph } from '../../src/graph';
import { createGraphQLServer } from '../../src/graphql/http/yoga';
import { API_PATH } from '../../src/graphql/http/api-path';
import type { PollStore } from '../../src/polls';
import { MemoryPollStorage } from '../../src/polls/memory/memory-poll-storage';
import { PollRules } from '../../src/polls/poll-rules';
import { EmbeddedStore } from '../../src/store/embedded/embedded-store';
import type { GraphStore } from '../../src/store';
import { FIXTURE_GRAPH } from '../graph/fixture-graph';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: (string | number)[] }[];
}

/** A yoga server over the fixture graph, queried through its fetch handler with no socket. */
export function graphqlClient(store: GraphStore = new EmbeddedStore(loadGraph(FIXTURE_GRAPH)), polls: PollStore = memoryPolls()) {
  const yoga = createGraphQLServer({ store, polls });
  /**
   * A document written with graphql() is checked against the schema (by tsc and gql-tada check)
   * and its answer typed; a plain string is for what the schema must refuse.
   */
  async function query<D extends TadaDocumentNode>(document: D, variables?: VariablesOf<D>): Promise<GraphQLResponse<ResultOf<D>>>;
  async function query<T = Record<string, any>>(source: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  async function query(source: string | TadaDocumentNode, variables: unknown = {}): Promise<GraphQLResponse> {
    const response = await yoga.fetch(`http://localhost${API_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: typeof source === 'string' ? source : print(source), variables }),
    });
    return { status: response.status, ...((await response.json()) as object) };
  }
  return query;
}

/** Class polls in memory, as a server with no REDIS_URL keeps them. */
export function memoryPolls(): PollStore {
  return new PollRules(new MemoryPollStorage());
}

/**
 * A store whose calls (all but graphVersion, which the response cache reads) first wait
 * `seen.delayMs`, counted in `seen.calls` when they start and in `seen.finished` when they end; each may
 * be changed as the test goes.
 */
export function delayedStore(inner: GraphStore, delayMs = 0) {
  const seen = { calls: 0, finished: 0, delayMs };
  const store = new Proxy(inner, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function' || property === 'graphVersion') return value;
      return async (...args: unknown[]) => {
        seen.calls++;
        await new Promise((resolve) => setTimeout(resolve, seen.delayMs));
        try {
          return await value.apply(target, args);
        } finally {
          seen.finished++;
        }
      };
    },
  }) as GraphStore;
  return { store, seen };
}
