import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { API_PATH } from './api-path';
import type { PollStore } from '../../polls';
import type { GraphStore } from '../../store';
import { clientAddress, type ServerContext } from './client-address';
import { createContext, type GraphQLContext } from '../context';
import { maskError } from '../errors';
import { EXECUTION_LIMITS, useExecutionGuards } from './execution-guards';
import { useGraphiQLPage } from './graphiql-page';
import { createYogaLogger } from './logger';
import { onePollMutationPlugin } from './poll-mutation-limit';
import { queryLimitPlugins } from './query-limits';
import { CacheFrontDoor } from './cache-front-door';
import { CompiledQueries } from './compiled-queries';
import { ResponseCache, useGraphResponseCache } from './response-cache';
import { corsFor, useJsonPostOnly } from './same-origin';
import { useSecurityHeaders } from './security-headers';
import { schema } from '../schema';


/** The largest request body read; a query with its variables is a few kilobytes. */
export const MAX_REQUEST_BYTES = 1_000_000;

/** What a yoga server serves from; the composition root (src/server.ts) builds them, tests their own. */
export interface GraphQLServices {
  readonly store: GraphStore;
  readonly polls: PollStore;
  /** Where answers are kept; a cache of its own unless given (createGraphQLEntry shares one with its front door). */
  readonly responses?: ResponseCache;
  /** Where the documents of kept answers are vetted for the front door to run (createGraphQLEntry). */
  readonly compiled?: CompiledQueries;
}

export interface GraphQLServerOptions {
  /** Origins allowed to call the API from a browser (CORS_ORIGINS); none by default. */
  readonly corsOrigins?: readonly string[];
}

const EXAMPLE_QUERY = `# What does heavy lifting lead to, and says who?
# The other tabs hold the cookbook (cookbook/ in the repository): ready queries to run and change.
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

/**
 * A yoga server over the given graph store and poll store.
 * Subscriptions are answered as server-sent events (text/event-stream) at the same endpoint.
 */
export function createGraphQLServer(
  { store, polls, responses = new ResponseCache(() => store.graphVersion()), compiled }: GraphQLServices,
  options: GraphQLServerOptions = {},
): YogaServerInstance<Record<string, unknown>, GraphQLContext> {
  return createYoga<Record<string, unknown>, GraphQLContext>({
    schema,
    graphqlEndpoint: API_PATH,
    context: ({ request, ...server }) => createContext(store, polls, clientAddress(request, server as ServerContext)),
    maskedErrors: { maskError },
    logging: createYogaLogger(),
    plugins: [
      useSecurityHeaders(),
      useGraphiQLPage(API_PATH, { title: 'Spasm Atlas GraphQL', defaultQuery: EXAMPLE_QUERY, cookbookDir: 'cookbook' }),
      useJsonPostOnly(),
      ...queryLimitPlugins(),
      onePollMutationPlugin(),
      useGraphResponseCache(responses, compiled),
      useExecutionGuards(),
    ],
    cors: corsFor(options.corsOrigins ?? []),
    maxRequestBodySize: MAX_REQUEST_BYTES,
    // file uploads are not part of this API; multipart is also a type a cross-site form can send
    multipart: false,
    // served by useGraphiQLPage, from the package rather than a CDN so it opens offline and in locked-down clinics
    graphiql: false,
    // Node's own stream beside Node's own Response: wrapped around yoga's ponyfill stream, an
    // event stream the client leaves is closed twice, an uncaught exception in the server.
    fetchAPI: { Response, ReadableStream },
  });
}

/**
 * A yoga server and the front door that answers before yoga's pipeline: repeated queries from
 * its cache, and queries yoga has vetted, with other variables, by their compiled functions.
 */
export interface GraphQLEntry {
  readonly yoga: YogaServerInstance<Record<string, unknown>, GraphQLContext>;
  readonly frontDoor: CacheFrontDoor;
}

/** Milliseconds the front door gives a compiled query before yoga takes it over (DoorExecution). */
const HAND_OVER_AFTER_MS = 1_000;

export function createGraphQLEntry(services: Omit<GraphQLServices, 'responses' | 'compiled'>, options: GraphQLServerOptions = {}): GraphQLEntry {
  const { store, polls } = services;
  const responses = new ResponseCache(() => store.graphVersion());
  const compiled = new CompiledQueries(schema);
  const frontDoor = new CacheFrontDoor(responses, MAX_REQUEST_BYTES, {
    queries: compiled,
    context: (client, run) => createContext(store, polls, client, run),
    handOverAfterMs: HAND_OVER_AFTER_MS,
    maxResponseBytes: EXECUTION_LIMITS.maxResponseBytes,
  });
  return { yoga: createGraphQLServer({ store, polls, responses, compiled }, options), frontDoor };
}
