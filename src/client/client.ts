import { Client, cacheExchange, fetchExchange, subscriptionExchange, type ExecutionResult, type SubscriptionForwarder } from '@urql/core';
import type { Client as SseClient } from 'graphql-sse';

import { API_PATH } from '../graphql/http/api-path';

let sse: Promise<SseClient> | undefined;

/**
 * Subscriptions travel as server-sent events (yoga serves graphql-sse's distinct-connections
 * mode). graphql-sse is loaded on the first subscription, so only the pages with a live poll
 * download it.
 */
const overServerSentEvents: SubscriptionForwarder = (request) => ({
  subscribe(sink) {
    let stop: (() => void) | undefined;
    let stopped = false;
    sse ??= import('graphql-sse').then(({ createClient }) => createClient({ url: API_PATH }));
    sse.then(
      (client) => {
        if (!stopped) stop = client.subscribe<ExecutionResult['data']>({ query: request.query ?? '', variables: request.variables }, sink as never);
      },
      (error: unknown) => sink.error(error),
    );
    return {
      unsubscribe() {
        stopped = true;
        stop?.();
      },
    };
  },
});

let client: Client | undefined;

/**
 * The app's one GraphQL client in the browser: queries, mutations and subscriptions. Queries
 * go as GET where the URL allows, so the browser and a CDN may answer repeats; the document
 * cache answers a query asked before (the graph only changes with a deploy, which reloads the page).
 */
export function apiClient(): Client {
  client ??= new Client({
    url: API_PATH,
    preferGetMethod: 'within-url-limit',
    exchanges: [cacheExchange, fetchExchange, subscriptionExchange({ forwardSubscription: overServerSentEvents })],
  });
  return client;
}
