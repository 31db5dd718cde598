import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { getProcessStore } from '../store/process-store';
import type { GraphStore } from '../store';
import { createContext, type GraphQLContext } from './context';
import { maskError } from './errors';
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

/** A yoga server over the given store; tests pass their own store, the app the process's. */
export function createGraphQLServer(store: () => Promise<GraphStore>): YogaServerInstance<Record<string, unknown>, GraphQLContext> {
  return createYoga<Record<string, unknown>, GraphQLContext>({
    schema,
    graphqlEndpoint: GRAPHQL_ENDPOINT,
    context: async () => createContext(await store()),
    maskedErrors: { maskError },
    plugins: queryLimitPlugins(),
    graphiql: { title: 'Spasm Atlas GraphQL', defaultQuery: EXAMPLE_QUERY },
    // GraphiQL served from the package, not a CDN, so it opens offline and in locked-down clinics.
    renderGraphiQL,
    fetchAPI: { Response },
  });
}

export const yoga = createGraphQLServer(getProcessStore);
