import { GraphQLError } from 'graphql';
import { DomainError } from '../domain';

/**
 * The one place errors become what clients see: domain errors keep their message and get
 * extensions.code; anything else is logged here and masked, so no stack trace, path or
 * query text reaches a client.
 */
export function maskError(error: unknown, message: string): Error {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof DomainError) {
    const field = 'field' in original && original.field ? { field: original.field } : {};
    return new GraphQLError(original.message, {
      nodes: error instanceof GraphQLError ? error.nodes : undefined,
      path: error instanceof GraphQLError ? error.path : undefined,
      extensions: { code: original.code, ...field },
    });
  }
  if (original instanceof GraphQLError) return original;
  console.error('Unexpected error while serving GraphQL:', original);
  return new GraphQLError(message, {
    path: error instanceof GraphQLError ? error.path : undefined,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  });
}
