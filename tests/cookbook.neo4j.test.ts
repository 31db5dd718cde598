import { describe, it } from 'vitest';
import { loadGraph } from '../src/graph';
import { describeCookbook } from './cookbook';
import { neo4jSkipReason, seededStore } from './store/neo4j/test-server';

if (neo4jSkipReason) {
  describe('the cookbook on the neo4j store', () => {
    it.skip(`skipped: ${neo4jSkipReason}`, () => {});
  });
} else {
  describeCookbook('neo4j', () => seededStore(loadGraph('graph')));
}
