import { describe, it } from 'vitest';
import { readConfig } from '../../src/config';
import { loadGraph } from '../../src/graph';
import { createNeo4jStore } from '../../src/store/neo4j/neo4j-store';
import { seedNeo4j } from '../../src/store/neo4j/seed';
import { FIXTURE_GRAPH } from '../graph/fixture-graph';
import { describeCuratedGraphContract, describeStoreContract } from './store-contract';

/**
 * The same contract as the embedded store, against a real Neo4j seeded with the fixture
 * graph. Needs a server: NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=… npm test
 * (e.g. after `docker compose up neo4j`). It replaces the database's graph.
 */
if (process.env.NEO4J_URI) {
  describeStoreContract('neo4j', async () => {
    const config = readConfig({ ...process.env, STORE: 'neo4j' });
    if (config.store !== 'neo4j') throw new Error('STORE=neo4j expected');
    await seedNeo4j(config.neo4j, loadGraph(FIXTURE_GRAPH));
    return createNeo4jStore(config.neo4j);
  });
  // Runs after the fixture contract: it replaces the database's graph with graph/.
  describeCuratedGraphContract('neo4j', async (graph) => {
    const config = readConfig({ ...process.env, STORE: 'neo4j' });
    if (config.store !== 'neo4j') throw new Error('STORE=neo4j expected');
    await seedNeo4j(config.neo4j, graph);
    return createNeo4jStore(config.neo4j);
  });
} else {
  describe('neo4j store contract', () => {
    it.skip('skipped: NEO4J_URI is not set (run `docker compose up neo4j`, then NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=… npm test)', () => {});
  });
  console.info('Neo4j contract suite skipped: NEO4J_URI is not set.');
}
