import type { GraphQLError } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';
import { DomainError, StoreUnavailableError } from '../domain';

/** The longest message a client is sent; arguments echoed into it are cut well before. */
const MAX_MESSAGE_LENGTH = 500;
/** The longest unbroken run of characters (an id, a code, a pasted argument) kept in a message. */
const MAX_ECHO_LENGTH = 80;

/**
 * The one place errors become what clients see. Domain errors (bad input, an unreachable
 * store) keep their message and gain extensions.code: they are the client's to act on.
 * Anything else is masked as "Unexpected error." — yoga logs the original server-side — so no
 * stack trace, file path or Cypher text reaches a client. Arguments echoed in a message are cut
 * short, so a huge argument cannot come back as a huge answer or a huge log line.
 */
export function maskError(error: unknown, message: string): Error {
  const bottom = innermost(error);
  const cause = asDomainError(bottom);
  if (cause) {
    const field = 'field' in cause && cause.field ? { field: cause.field } : {};
    const wrapper: Partial<GraphQLError> = isGraphQLError(error) ? error : {};
    const { nodes, source, positions, path, extensions } = wrapper;
    // Rebuilt without the domain error inside, so yoga counts it as the client's mistake rather
    // than a server failure: a subscription that cannot start (an unknown poll code) is then
    // answered 200 with the error as an event, which an EventSource can read, instead of 500.
    return createGraphQLError(shorten(cause.message), { nodes, source, positions, path, extensions: { ...extensions, code: cause.code, ...field } });
  }
  if (isGraphQLError(bottom)) {
    const graphQLError = bottom;
    const shortened = shorten(graphQLError.message);
    if (shortened === graphQLError.message) return graphQLError;
    const { nodes, source, positions, path, extensions } = graphQLError;
    return createGraphQLError(shortened, { nodes, source, positions, path, extensions });
  }
  return createGraphQLError(message, { path: isGraphQLError(error) ? error.path : undefined, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}

/**
 * The domain error behind a failure, if any. A Neo4j failure the adapter did not translate but
 * the driver calls retriable (a dropped connection, a leader switch) means the store is
 * unavailable for now, not that the server is broken. Checked by shape: the API layer does not
 * load the driver.
 */
function asDomainError(cause: unknown): DomainError | undefined {
  if (cause instanceof DomainError) return cause;
  if (cause instanceof Error && cause.name === 'Neo4jError' && 'retriable' in cause && cause.retriable === true) {
    return new StoreUnavailableError('The graph store is not answering right now; try again in a moment.');
  }
  return undefined;
}

/** The message with long runs cut and its length capped. */
export function shorten(message: string): string {
  const cut = message.replace(new RegExp(`\\S{${MAX_ECHO_LENGTH + 1},}`, 'g'), (run) => `${run.slice(0, MAX_ECHO_LENGTH)}… (${run.length} characters)`);
  return cut.length <= MAX_MESSAGE_LENGTH ? cut : `${cut.slice(0, MAX_MESSAGE_LENGTH)}… (${cut.length} characters)`;
}

/**
 * graphql-js and yoga each wrap a resolver's error; the cause is at the bottom. Checked by
 * shape, not instanceof: the app and yoga may load different copies of graphql (ESM and CJS).
 */
export function innermost(error: unknown): unknown {
  let current = error;
  while (isGraphQLError(current) && current.originalError) current = current.originalError;
  return current;
}

export function isGraphQLError(value: unknown): value is GraphQLError {
  return value instanceof Error && value.name === 'GraphQLError';
}
