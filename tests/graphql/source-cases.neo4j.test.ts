import { describe, it } from 'vitest';
import { neo4jSkipReason, seededStore } from '../store/neo4j/test-server';
import { curatedGraph, describeSourceCases } from './source-cases';

if (neo4jSkipReason) {
  describe('cases from the sources on the neo4j store', () => {
    it.skip(`skipped: ${neo4jSkipReason}`, () => {});
  });
} else {
  describeSourceCases('neo4j', () => seededStore(curatedGraph()));
}
