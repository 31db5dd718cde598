import { describe, it } from 'vitest';
import { loadGraph } from '../../src/graph';
import { FIXTURE_GRAPH } from '../graph/fixture-graph';
import { neo4jSkipReason, seededStore } from './neo4j/test-server';
import { describeCuratedGraphContract, describeStoreContract } from './store-contract';

/**
 * The same contract as the embedded store, against the run's own Neo4j seeded with the fixture
 * graph; then the curated graph's contract (search relevance, stated chains), which reseeds it
 * with graph/.
 */
if (neo4jSkipReason) {
  describe('neo4j store contract', () => {
    it.skip(`skipped: ${neo4jSkipReason}`, () => {});
  });
} else {
  describeStoreContract('neo4j', () => seededStore(loadGraph(FIXTURE_GRAPH)));
  describeCuratedGraphContract('neo4j', (graph) => seededStore(graph));
}
