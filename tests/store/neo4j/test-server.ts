import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, inject } from 'vitest';
import type { KnowledgeGraph } from '../../../src/domain';
import { createNeo4jStore, type Neo4jConfig, type Neo4jStore } from '../../../src/store/neo4j/neo4j-store';
import { seedNeo4j } from '../../../src/store/neo4j/seed';
import { waitUntilStarted } from '../../background-start';

const server = inject('neo4j');

/** Why this machine cannot run the Neo4j tests, or undefined when the run has a server. */
export const neo4jSkipReason = 'skip' in server ? server.skip : undefined;

/**
 * Resolves once the run's server is up (global-setup.ts starts it while the unit files run);
 * the Neo4j project's setup file awaits it before each file.
 */
export async function neo4jStarted(): Promise<void> {
  if ('state' in server) await waitUntilStarted(server.state, 'The Neo4j for the tests');
}

/** How to reach the run's server (started by global-setup.ts). */
export function testNeo4jConfig(): Neo4jConfig {
  if ('skip' in server) throw new Error(`no Neo4j for this run: ${server.skip}`);
  return { uri: server.uri, user: 'neo4j', password: server.password, database: 'neo4j' };
}

/** Replaces the test server's graph with this one and opens a store over it. */
export async function seededStore(graph: KnowledgeGraph): Promise<Neo4jStore> {
  await seedNeo4j(testNeo4jConfig(), graph);
  return createNeo4jStore(testNeo4jConfig());
}

/**
 * For tests that look below the store: seeds the graph (when given) before the file's tests
 * and hands them a driver to the run's server, closed after them.
 */
export function useDriver(graph?: () => KnowledgeGraph): () => Driver {
  let driver: Driver | undefined;
  beforeAll(async () => {
    const config = testNeo4jConfig();
    if (graph) await seedNeo4j(config, graph());
    driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
  });
  afterAll(async () => {
    await driver?.close();
  });
  return () => driver!;
}
