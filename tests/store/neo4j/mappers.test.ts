import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toConcept, toRelation, toStats, toSubgraph, toTour } from '../../../src/store/neo4j/mappers';

const concept = { id: 'ice', kind: 'Treatment', name: 'Ice', description: 'Cold on the sore spot.', synonyms: null, urgent: null };
const relation = {
  id: 'ice>RELIEVES>back-spasm',
  type: 'RELIEVES',
  from: 'ice',
  to: 'back-spasm',
  evidenceSources: ['a', 'b'],
  evidenceQuotes: ['Ice helps.', 'Cold may help.'],
  evidenceKinds: ['statement', 'expert'],
  evidencePassages: ['', 'p1'],
  evidenceHedged: [false, true],
};

describe('reading Neo4j rows', () => {
  it('reads a concept whose lists and flags were never written as empty and false', () => {
    expect(toConcept(concept)).toEqual({ ...concept, synonyms: [], urgent: false, unspecified: false });
  });

  it('reads a relation’s parallel evidence lists as one item per quote, with passages only where set', () => {
    expect(toRelation(relation).evidence).toEqual([
      { source: 'a', quote: 'Ice helps.', kind: 'statement', hedged: false },
      { source: 'b', quote: 'Cold may help.', kind: 'expert', passage: 'p1', hedged: true },
    ]);
  });

  it('refuses an evidence kind the domain does not know, naming the relation and the field', () => {
    expect(() => toRelation({ ...relation, evidenceKinds: ['statement', 'rumour'] })).toThrow(/relation ice>RELIEVES>back-spasm .*evidenceKinds\.1.*seed the database again/);
  });

  it('refuses evidence lists of different lengths rather than inventing quotes', () => {
    expect(() => toRelation({ ...relation, evidenceQuotes: ['Ice helps.'] })).toThrow(/evidence lists .* differ in length/);
  });

  it('refuses a concept of a kind the domain does not know', () => {
    expect(() => toConcept({ ...concept, kind: 'Gremlin' })).toThrow(/concept ice .*kind/);
  });

  it('converts Neo4j integers and refuses those a JavaScript number cannot hold', () => {
    const row = { conceptsByKind: [{ kind: 'Cause', count: neo4j.int(3) }], relationsByType: [], evidence: neo4j.int(7), sources: neo4j.int(2), version: 'v1' };
    expect(toStats(row, 'neo4j')).toMatchObject({ concepts: 3, evidence: 7, sources: 2, version: 'v1' });
    expect(() => toStats({ ...row, sources: neo4j.int('9007199254740993') }, 'neo4j')).toThrow(/beyond the safe integer range/);
  });

  it('counts every kind the domain has, those the graph lacks as 0, and leaves out kinds it does not know', () => {
    const stats = toStats({ conceptsByKind: [{ kind: 'Gremlin', count: 4 }, { kind: 'Symptom', count: 2 }], relationsByType: [], evidence: null, sources: 0, version: null }, 'neo4j');
    expect(stats.conceptsByKind).toMatchObject({ Symptom: 2, Cause: 0 });
    expect(stats.conceptsByKind).not.toHaveProperty('Gremlin');
    expect(stats).toMatchObject({ concepts: 2, evidence: 0, version: 'unseeded' });
  });

  it('reads an empty neighbourhood when the statement returned no row', () => {
    expect(toSubgraph(undefined)).toEqual({ nodes: [], edges: [] });
  });

  it('refuses a tour whose stored steps are not JSON', () => {
    expect(() => toTour({ id: 't', title: 'T', audience: 'a', summary: 's', stepsJson: '{' })).toThrow(/tour t .*steps are not JSON/);
  });
});
