import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { PollStore } from '../polls';
import type { GraphStore } from '../store';
import { clientAddress, type ServerContext } from './client-address';
import { createContext, type GraphQLContext } from './context';
import { maskError } from './errors';
import { onePollMutationPlugin } from './poll-mutation-limit';
import { queryLimitPlugins } from './query-limits';
import { schema } from './schema';

export const GRAPHQL_ENDPOINT = '/api/graphql';

const EXAMPLE_QUERY = `# What does heavy lifting lead to, and says who?
query HeavyLifting {
  neighborhood(ids: ["heavy-lifting"], depth: 1) {
    nodes { id name kind }
    edges {
      type
      from { name }
      to { name }
      evidence { quote source { title } }
    }
  }
}
`;

/** What a yoga server serves from; the composition root (src/server.ts) builds them, tests their own. */
export interface GraphQLServices {
  readonly store: GraphStore;
  readonly polls: PollStore;
}

/**
 * A yoga server over the given graph store and poll store.
 * Subscriptions are answered as server-sent events (text/event-stream) at the same endpoint.
 */
export function createGraphQLServer({ store, polls }: GraphQLServices): YogaServerInstance<Record<string, unknown>, GraphQLContext> {
  return createYoga<Record<string, unknown>, GraphQLContext>({
    schema,
    graphqlEndpoint: GRAPHQL_ENDPOINT,
    context: ({ request, ...server }) => createContext(store, polls, clientAddress(request, server as ServerContext)),
    maskedErrors: { maskError },
    plugins: [...queryLimitPlugins(), onePollMutationPlugin()],
    graphiql: { title: 'Spasm Atlas GraphQL', defaultQuery: EXAMPLE_QUERY },
    // GraphiQL served from the package, not a CDN, so it opens offline and in locked-down clinics.
    renderGraphiQL,
    // Node's own stream beside Node's own Response: wrapped around yoga's ponyfill stream, an
    // event stream the client leaves is closed twice, an uncaught exception in the server.
    fetchAPI: { Response, ReadableStream },
  });
}
