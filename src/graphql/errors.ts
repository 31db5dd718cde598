import type { GraphQLError } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';
import { DomainError } from '../domain';

/**
 * The one place errors become what clients see. Domain errors (bad input, an unreachable
 * store) keep their message and gain extensions.code, and are not logged: they are the
 * client's to act on. Anything else is masked as "Unexpected error." — yoga logs the
 * original server-side — so no stack trace, file path or Cypher text reaches a client.
 */
export function maskError(error: unknown, message: string): Error {
  const cause = innermost(error);
  if (cause instanceof DomainError && isGraphQLError(error)) {
    const field = 'field' in cause && cause.field ? { field: cause.field } : {};
    const { nodes, source, positions, path, extensions } = error as GraphQLError;
    // Rebuilt without the domain error inside, so yoga counts it as the client's mistake rather
    // than a server failure: a subscription that cannot start (an unknown poll code) is then
    // answered 200 with the error as an event, which an EventSource can read, instead of 500.
    return createGraphQLError(cause.message, { nodes, source, positions, path, extensions: { ...extensions, code: cause.code, ...field } });
  }
  if (isGraphQLError(cause)) return cause as Error;
  return createGraphQLError(message, { path: (error as { path?: readonly (string | number)[] }).path, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}

/**
 * graphql-js and yoga each wrap a resolver's error; the cause is at the bottom. Checked by
 * shape, not instanceof: the app and yoga may load different copies of graphql (ESM and CJS).
 */
function innermost(error: unknown): unknown {
  let current = error;
  while (isGraphQLError(current) && (current as { originalError?: unknown }).originalError) current = (current as { originalError?: unknown }).originalError;
  return current;
}

function isGraphQLError(value: unknown): boolean {
  return value instanceof Error && value.name === 'GraphQLError';
}
