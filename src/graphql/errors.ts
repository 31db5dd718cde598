import { createGraphQLError } from 'graphql-yoga';
import { DomainError } from '../domain';

/**
 * The one place errors become what clients see: domain errors keep their message and get
 * extensions.code; anything else is logged here and masked, so no stack trace, path or
 * query text reaches a client.
 */
export function maskError(error: unknown, message: string): Error {
  const located = error as WrappedError;
  const cause = innermost(error);
  if (cause instanceof DomainError) {
    const field = 'field' in cause && cause.field ? { field: cause.field } : {};
    return createGraphQLError(cause.message, { nodes: located.nodes, path: located.path, extensions: { code: cause.code, ...field } });
  }
  if (isGraphQLError(cause)) return cause as Error;
  console.error('Unexpected error while serving GraphQL:', cause);
  return createGraphQLError(message, { path: located.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}

interface WrappedError {
  originalError?: unknown;
  nodes?: never;
  path?: readonly (string | number)[];
}

/**
 * graphql-js and yoga each wrap a resolver's error; the cause is at the bottom. Checked by
 * shape, not instanceof: the app and yoga may load different copies of graphql (ESM and CJS).
 */
function innermost(error: unknown): unknown {
  let current = error;
  while (isGraphQLError(current) && (current as WrappedError).originalError) current = (current as WrappedError).originalError;
  return current;
}

function isGraphQLError(value: unknown): boolean {
  return value instanceof Error && value.name === 'GraphQLError';
}
