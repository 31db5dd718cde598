import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toConcept, toRelation, toStats, toSubgraph, toTour } from '../../../src/store/neo4j/mappers';

const concept = { id: 'ice', kind: 'Treatment', name: 'Ice', description: 'Cold on the sore spot.', synonyms: [], urgent: false, unspecified: false };
const relation = {
  id: 'ice>RELIEVES>back-spasm',
  type: 'RELIEVES',
  from: 'ice',
  to: 'back-spasm',
  evidence: [
    { source: 'a', quote: 'Ice helps.', kind: 'statement', hedged: false },
    { source: 'b', quote: 'Cold may help.', kind: 'expert', passage: 'p1', hedged: true },
  ],
};
const record = JSON.stringify;

describe('reading Neo4j rows', () => {
  it('reads a concept from its stored record', () => {
    expect(toConcept(record(concept))).toEqual(concept);
  });

  it('reads a relation’s record with one evidence item per quote, passages only where set', () => {
    expect(toRelation(record(relation))).toEqual(relation);
  });

  it('refuses an evidence kind the domain does not know, naming the relation and the field', () => {
    const rumour = { ...relation, evidence: [relation.evidence[0], { ...relation.evidence[1], kind: 'rumour' }] };
    expect(() => toRelation(record(rumour))).toThrow(/relation ice>RELIEVES>back-spasm .*evidence\.1\.kind.*seed the database again/);
  });

  it('refuses a concept of a kind the domain does not know', () => {
    expect(() => toConcept(record({ ...concept, kind: 'Gremlin' }))).toThrow(/concept ice .*kind/);
  });

  it('asks to seed again when a database seeded by an older version holds no record', () => {
    expect(() => toConcept(null)).toThrow(/concept without an id this app cannot read .*seed the database again \(npm run seed\)/);
  });

  it('refuses a record that is not JSON rather than reading half of it', () => {
    expect(() => toRelation('{"id":"ice>RELIEVES>back-spasm"')).toThrow(/relation ice>RELIEVES>back-spasm .*record is not JSON/);
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
