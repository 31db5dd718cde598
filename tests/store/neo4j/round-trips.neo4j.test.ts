import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph';
import type { GraphStore } from '../../../src/store';
import { Neo4jStore } from '../../../src/store/neo4j/neo4j-store';
import { driverRunner, type QueryRunner, type Statement } from '../../../src/store/neo4j/run';
import { graphqlClient } from '../../graphql/graphql-client';
import { neo4jSkipReason, useDriver } from './test-server';

/**
 * Counts the statements a runner sends to the server, but for the graph version checks (see
 * countingStore): search's re-check of the version its catalogue is of (a catalogue read naming
 * the version known) is one, sent at most once per GRAPH_VERSION_RECHECK_MS, so whether a request
 * sends it depends on the clock, not on the request.
 */
function countingRunner(inner: QueryRunner) {
  const counts = { statements: 0 };
  const versionCheck = (query: Statement) => query.name === 'read/graph-version' || (query.name === 'read/search-catalogue' && query.params.known !== '');
  const runner: QueryRunner = {
    read: (query) => {
      if (!versionCheck(query)) counts.statements += 1;
      return inner.read(query);
    },
    write: (queries) => {
      counts.statements += queries.length;
      return inner.write(queries);
    },
    close: () => inner.close(),
  };
  return { runner, counts };
}

/**
 * Counts the store operations a GraphQL request makes to answer it. The response cache's graph
 * version check is left out: it is answered from memory but once per GRAPH_VERSION_RECHECK_MS,
 * pinned in statements.test.ts.
 */
function countingStore(store: GraphStore) {
  const counts = { operations: 0 };
  const counted = new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      // on the store itself, so the store's own helpers it calls are not counted as operations
      if (property === 'graphVersion') return value.bind(target);
      return (...args: unknown[]) => {
        counts.operations += 1;
        return value.apply(target, args);
      };
    },
  });
  return { store: counted, counts };
}

/**
 * Every cookbook question against the real server: each store operation is at most one
 * statement in one round trip (searches begun together share theirs), and a request makes few
 * operations however many results it nests.
 */
describe.skipIf(Boolean(neo4jSkipReason))('round trips to Neo4j per GraphQL request', () => {
  const driver = useDriver(() => loadGraph('graph'));
  const files = readdirSync('cookbook').filter((name) => name.endsWith('.graphql')).sort();

  it('sends at most one statement per store operation, and as few of both as the cookbook pins', async () => {
    const sent = countingRunner(driverRunner(driver(), 'neo4j'));
    const made = countingStore(new Neo4jStore(sent.runner));
    const query = graphqlClient(made.store);
    const perRequest: Record<string, { operations: number; statements: number }> = {};
    for (const file of files) {
      made.counts.operations = 0;
      sent.counts.statements = 0;
      const { errors } = await query(readFileSync(`cookbook/${file}`, 'utf8'));
      expect(errors, file).toBeUndefined();
      perRequest[file] = { operations: made.counts.operations, statements: sent.counts.statements };
    }
    for (const [file, counts] of Object.entries(perRequest)) expect(counts.statements, file).toBeLessThanOrEqual(counts.operations);
    expect(perRequest).toMatchSnapshot();
  });
});
