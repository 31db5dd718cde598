import { createGraphQLError, type Plugin, type YogaServerOptions } from 'graphql-yoga';

/**
 * Same-origin by default. A web page on another site can make a browser send a form or a
 * text/plain POST without asking first; it cannot send application/json without a CORS
 * preflight, which fails unless the origin is configured. So POST bodies are JSON only (the
 * GraphQL-over-HTTP request type), mutations already refuse GET, and CORS headers are sent only
 * for the origins in CORS_ORIGINS. GET stays open for queries and for subscriptions, which an
 * EventSource opens without custom headers and which change nothing.
 */
export const ACCEPTED_POST_TYPES = ['application/json', 'application/graphql-response+json'] as const;

export function useJsonPostOnly(): Plugin {
  return {
    onRequestParse({ request }) {
      if (request.method !== 'POST') return;
      const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      if (ACCEPTED_POST_TYPES.some((accepted) => accepted === type)) return;
      throw createGraphQLError(`POST bodies must be ${ACCEPTED_POST_TYPES.join(' or ')}; got ${type ? type.slice(0, 60) : 'no Content-Type'}. Send the query as JSON: {"query": "…", "variables": {…}}.`, {
        extensions: { code: 'UNSUPPORTED_MEDIA_TYPE', http: { status: 415 } },
      });
    },
  };
}

/** CORS for the configured origins only; none configured, no CORS headers at all. */
export function corsFor(origins: readonly string[]): YogaServerOptions<object, object>['cors'] {
  if (origins.length === 0) return false;
  return { origin: [...origins], credentials: false, methods: ['GET', 'POST'] };
}
