import type { DocumentNode, ExecutionResult, GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';
import type { GraphQLParams } from './response-cache';

/**
 * Documents remembered, the least recently used dropped first: the app sends about twenty, and
 * a compiled one is a few kilobytes of code.
 */
const MAX_DOCUMENTS = 256;

/** A document graphql-jit cannot compile, remembered so it is not tried at every request. */
const NOT_COMPILABLE = Symbol('not compilable');

/**
 * Query documents yoga has already run and whose answers it kept, compiled by graphql-jit into
 * functions the front door runs with other variables, without yoga's pipeline or graphql-js's
 * executor: on the embedded store those are about 95% of an uncached answer's cost.
 *
 * Only yoga vets a document, after it has parsed and validated it, passed it through the query
 * limits (tokens, depth, aliases, directives: none depends on variables), run it as a query
 * that asks for no poll, and kept its answer. What does depend on variables is checked where it
 * is in yoga too, inside the resolvers the compiled function calls: the cost limit (in each root
 * field) and the argument limits. A document is compiled only when the door first needs it, so
 * documents sent once cost nothing here.
 */
export class CompiledQueries {
  /** Each vetted document, with its compiled function once the door has needed it. */
  private readonly documents = new LRUCache<string, { document: DocumentNode; compiled?: CompiledQuery | typeof NOT_COMPILABLE }>({ max: MAX_DOCUMENTS });

  constructor(private readonly schema: GraphQLSchema) {}

  /** Records that yoga ran this document (as these parameters send it) and kept its answer. */
  vet(params: GraphQLParams, document: DocumentNode): void {
    const key = documentKey(params);
    if (key !== undefined && !this.documents.has(key)) this.documents.set(key, { document });
  }

  /** The compiled function for these parameters' document, or undefined when yoga has not vetted it or it cannot be compiled. */
  compiledFor(params: GraphQLParams): CompiledQuery | undefined {
    const key = documentKey(params);
    const vetted = key === undefined ? undefined : this.documents.get(key);
    if (!vetted) return undefined;
    vetted.compiled ??= compiledOrNot(this.schema, vetted.document, params.operationName ?? undefined);
    return vetted.compiled === NOT_COMPILABLE ? undefined : vetted.compiled;
  }
}

function documentKey({ query, operationName }: GraphQLParams): string | undefined {
  return query === undefined ? undefined : `${operationName ?? ''}\n${query}`;
}

function compiledOrNot(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined): CompiledQuery | typeof NOT_COMPILABLE {
  try {
    // JSON.stringify rather than graphql-jit's schema-driven serialiser: measured on a 93 kB
    // neighbourhood it is as fast, and its flat string encodes to UTF-8 faster than the other's rope
    const compiled: CompiledQuery | ExecutionResult = compileQuery(schema, document, operationName, { customJSONSerializer: false });
    return isCompiledQuery(compiled) ? compiled : NOT_COMPILABLE;
  } catch {
    return NOT_COMPILABLE;
  }
}
