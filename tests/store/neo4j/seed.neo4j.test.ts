import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph';
import { EmbeddedStore } from '../../../src/store/embedded/embedded-store';
import { checkServerVersion } from '../../../src/store/neo4j/neo4j-errors';
import { createNeo4jStore } from '../../../src/store/neo4j/neo4j-store';
import { statement } from '../../../src/store/neo4j/run';
import { seedNeo4j } from '../../../src/store/neo4j/seed';
import { seedStatements } from '../../../src/store/neo4j/seed-statements';
import { FIXTURE_GRAPH, fixtureGraphWith } from '../../graph/fixture-graph';
import { neo4jSkipReason, testNeo4jConfig, useDriver } from './test-server';

/**
 * Everything in the database, in a stable order: labels, properties and relationships. The
 * seeding time is left out, being the one thing a second seed should change.
 */
const DUMP_NODES = `
MATCH (n)
WITH n ORDER BY coalesce(n.id, ''), labels(n)[0]
RETURN collect({labels: labels(n), properties: n {.*, seededAt: null}}) AS nodes`;
const DUMP_RELATIONSHIPS = `
MATCH (a)-[r]->(b)
WITH a.id + ' ' + type(r) + ' ' + b.id AS key, r {.*} AS properties
ORDER BY key
RETURN collect({key: key, properties: properties}) AS relationships`;

/** The fixture graph after a curator deleted the dehydration concept and its one relation. */
function fixtureWithoutDehydration() {
  return loadGraph(
    fixtureGraphWith({
      'concepts/causes.yaml': (text) => text.replace(/- id: dehydration\n(  .*\n)+/, ''),
      'relations/risk-factor-for.yaml': () => '[]\n',
    }),
  );
}

describe.skipIf(Boolean(neo4jSkipReason))('seeding a real Neo4j', () => {
  const fixture = loadGraph(FIXTURE_GRAPH);
  const driver = useDriver();

  async function dump() {
    const { records: [nodes] } = await driver().executeQuery(DUMP_NODES, {}, { database: 'neo4j' });
    const { records: [relationships] } = await driver().executeQuery(DUMP_RELATIONSHIPS, {}, { database: 'neo4j' });
    return { nodes: nodes!.get('nodes'), relationships: relationships!.get('relationships') };
  }

  /** The store's answers to the questions that show which graph it holds. */
  async function answers(store: { stats(): Promise<object>; listConcepts: EmbeddedStore['listConcepts']; getRelations: EmbeddedStore['getRelations']; tours: EmbeddedStore['tours'] }) {
    const { concepts } = await store.listConcepts({ first: 100 });
    return {
      stats: { ...(await store.stats()), store: 'either' },
      concepts,
      relations: await store.getRelations(concepts.map((c) => c.id)),
      tours: await store.tours(),
    };
  }

  it('gives the same graph when run twice', async () => {
    await seedNeo4j(testNeo4jConfig(), fixture);
    const first = await dump();
    await seedNeo4j(testNeo4jConfig(), fixture);
    expect(await dump()).toEqual(first);
    expect(first.nodes.filter((n: { labels: string[] }) => n.labels.includes('Concept'))).toHaveLength(fixture.concepts.length);
    expect(first.relationships).toHaveLength(fixture.relations.length);
  });

  it('gives the same graph seeded in batches as in one transaction, and reports its progress after each', async () => {
    await seedNeo4j(testNeo4jConfig(), fixture);
    const whole = await dump();
    await seedNeo4j(testNeo4jConfig(), fixtureWithoutDehydration());
    const progress: number[][] = [];
    await seedNeo4j(testNeo4jConfig(), fixture, { batchSize: 5, onProgress: (p) => progress.push([p.concepts, p.relations]) });
    expect(await dump()).toEqual(whole);
    expect(progress).toEqual([[0, 0], [5, 0], [10, 0], [15, 0], [17, 0], [17, 5], [17, 10], [17, 15], [17, 15]]);
  });

  it('labels each concept with its kind and nothing else', async () => {
    await seedNeo4j(testNeo4jConfig(), fixture);
    const concepts = (await dump()).nodes.filter((n: { labels: string[] }) => n.labels.includes('Concept'));
    for (const node of concepts) expect([...node.labels].sort()).toEqual(['Concept', node.properties.kind].sort());
  });

  it('removes a concept deleted from graph/, with its relations', async () => {
    await seedNeo4j(testNeo4jConfig(), fixture);
    const withoutDehydration = fixtureWithoutDehydration();
    expect(withoutDehydration.concepts.map((c) => c.id)).not.toContain('dehydration');
    await seedNeo4j(testNeo4jConfig(), withoutDehydration);
    const store = await createNeo4jStore(testNeo4jConfig());
    try {
      expect(await store.getConcepts(['dehydration'])).toEqual([null]);
      expect(await store.getRelations(['back-spasm'], { types: ['RISK_FACTOR_FOR'] })).toEqual([]);
      expect(await answers(store)).toEqual(await answers(new EmbeddedStore(withoutDehydration)));
    } finally {
      await store.close();
    }
  });

  it('seeds a small graph over a larger one, removing what the larger one had a batch per transaction', async () => {
    const larger = loadGraph('graph');
    await seedNeo4j(testNeo4jConfig(), larger);
    // far more than a batch of 10 goes: the curated graph's 145 concepts and 319 relations, but the fixture's 17 and 15
    expect(larger.concepts.length - fixture.concepts.length).toBeGreaterThan(100);
    await seedNeo4j(testNeo4jConfig(), fixture, { batchSize: 10 });
    const store = await createNeo4jStore(testNeo4jConfig());
    try {
      expect(await answers(store)).toEqual(await answers(new EmbeddedStore(fixture)));
    } finally {
      await store.close();
    }
    const { nodes, relationships } = await dump();
    expect(nodes.filter((n: { labels: string[] }) => n.labels.includes('Concept'))).toHaveLength(fixture.concepts.length);
    expect(relationships).toHaveLength(fixture.relations.length);
  });

  it('leaves the previous graph intact when a seed fails part-way', async () => {
    await seedNeo4j(testNeo4jConfig(), fixture);
    const before = await dump();
    const smaller = fixtureWithoutDehydration();
    // The relations statement runs after concepts were merged and stale ones deleted; a map is
    // no valid property value, so the server fails it and the transaction must roll back.
    const failing = seedStatements(smaller).map((s) =>
      s.name === 'seed/merge-relations' ? statement('seed/merge-relations', { relations: [{ id: 'x', type: 'CAUSES', from: 'heavy-lifting', to: 'back-spasm', evidenceSources: [{ not: 'a string' }], evidenceQuotes: [], evidenceKinds: [] }] }) : s,
    );
    expect(failing.findIndex((s) => s.name === 'seed/merge-relations')).toBeGreaterThan(failing.findIndex((s) => s.name === 'seed/remove-stale-concepts'));
    const store = await createNeo4jStore(testNeo4jConfig());
    try {
      await expect(store.runner.write(failing)).rejects.toThrow(/Property values can only be of primitive types/);
    } finally {
      await store.close();
    }
    expect(await dump()).toEqual(before);
  });

  it('accepts the server it runs against, whose agent names a version the check reads', async () => {
    const info = await driver().getServerInfo({ database: 'neo4j' });
    expect(info.agent).toMatch(/^Neo4j\/5\.26\.\d+$/);
    expect(() => checkServerVersion(info.agent, testNeo4jConfig().uri)).not.toThrow();
    expect(() => checkServerVersion(info.agent!.replace('5.26', '5.20'), testNeo4jConfig().uri)).toThrow(
      `Neo4j at ${testNeo4jConfig().uri} is version 5.20; Spasm Atlas needs 5.26 or later (the neo4j:5.26 image is).`,
    );
  });
});
