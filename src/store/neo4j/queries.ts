import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { keysOf } from '../../domain';

/**
 * Every Cypher statement the app sends, by file under cypher/, with the parameters it takes.
 * The files are the only copy of the Cypher; the declared parameters let the runner refuse a
 * call that passes the wrong ones and let the linter check each file.
 */
export const STATEMENTS = {
  'schema/concept-id-unique': [],
  'schema/source-id-unique': [],
  'schema/concept-kind-index': [],
  'schema/concept-search-fulltext': [],
  'schema/tour-id-unique': [],
  'schema/graph-version-id-unique': [],
  'seed/merge-sources': ['sources'],
  'seed/remove-stale-sources': ['ids'],
  'seed/merge-concepts': ['concepts'],
  'seed/remove-stale-concepts': ['ids'],
  'seed/merge-relations': ['relations'],
  'seed/remove-stale-relations': ['ids'],
  'seed/merge-tours': ['tours'],
  'seed/remove-stale-tours': ['ids'],
  'seed/count-stale': ['conceptIds', 'relationIds'],
  'seed/remove-stale-relations-batch': ['ids', 'batch'],
  'seed/remove-stale-concepts-batch': ['ids', 'batch'],
  'seed/set-graph-version': ['version'],
  'seed/prepare-for-replanning': [],
  'read/get-concepts': ['ids'],
  'read/get-relations': ['ids', 'types'],
  'read/list-concepts': ['kinds', 'urgent', 'first', 'after'],
  'read/search-catalogue': ['known'],
  'read/graph-version': [],
  'read/neighborhood': ['ids', 'depth', 'kinds', 'relationTypes'],
  'read/paths': ['from', 'to', 'maxHops', 'causalTypes', 'explore'],
  'read/causal-upstream': ['ids', 'maxHops', 'causalTypes'],
  'read/sources': [],
  'read/stats': [],
  'read/tours': [],
  'read/tour': ['id'],
} as const satisfies Record<string, readonly string[]>;

export type StatementName = keyof typeof STATEMENTS;
export type StatementParams<N extends StatementName> = Record<(typeof STATEMENTS)[N][number], unknown>;

type SchemaStatementName = Extract<StatementName, `schema/${string}`>;

export const SCHEMA_STATEMENTS = keysOf(STATEMENTS).filter((name): name is SchemaStatementName => name.startsWith('schema/'));

export function cypherDir(): string {
  return process.env.CYPHER_DIR ?? join(process.cwd(), 'cypher');
}

const cache = new Map<StatementName, string>();

/** The text of a statement, read from its file once per process. */
export function statementText(name: StatementName): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(join(cypherDir(), `${name}.cypher`), 'utf8');
    cache.set(name, text);
  }
  return text;
}
