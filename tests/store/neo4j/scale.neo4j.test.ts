import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeScaledGraph, type ScaledGraph } from '../../../bench/synthetic-graph';
import { loadGraph } from '../../../src/graph';
import { EmbeddedStore } from '../../../src/store/embedded/embedded-store';
import type { GraphStore } from '../../../src/store';
import { neo4jSkipReason, seededStore } from './test-server';

/**
 * The store contract at scale: the curated graph plus 10,000 synthetic concepts (about 25,000
 * relations, bench/synthetic-graph.ts), seeded in batches, asked what the explorer asks of a large
 * atlas. Neo4j must answer exactly as the embedded store, order included, and the answers must
 * hold something (a sample of each, not every concept, keeps the run short).
 */
describe.skipIf(Boolean(neo4jSkipReason))('both stores on a 10,000-concept graph', () => {
  let scaled: ScaledGraph;
  let embedded: EmbeddedStore;
  let neo4j: GraphStore;
  const SAMPLES = 25;

  beforeAll(async () => {
    scaled = writeScaledGraph('graph', 10_000, SAMPLES);
    const graph = loadGraph(scaled.dir);
    embedded = new EmbeddedStore(graph);
    neo4j = await seededStore(graph);
  });
  afterAll(async () => {
    await neo4j?.close();
    if (scaled) rmSync(scaled.dir, { recursive: true, force: true });
  });

  async function same<T>(ask: (store: GraphStore) => Promise<T>): Promise<T> {
    const expected = await ask(embedded);
    expect(await ask(neo4j)).toEqual(expected);
    return expected;
  }

  it('holds every concept and relation, counted alike', async () => {
    const stats = await same(async (store) => ({ ...(await store.stats()), store: 'either' }));
    expect(stats).toMatchObject({ concepts: scaled.concepts, relations: scaled.relations });
  });

  it('gives the same depth-2 neighbourhoods', async () => {
    for (const id of scaled.samples.focus) {
      const subgraph = await same((store) => store.neighborhood([id], { depth: 2 }));
      expect(subgraph.nodes.length).toBeGreaterThan(1);
    }
  });

  it('finds the same causal paths, best first', async () => {
    for (const [from, to] of scaled.samples.paths) {
      const paths = await same((store) => store.paths(from, to, { maxHops: 4, limit: 3 }));
      expect(paths.length).toBeGreaterThan(0);
    }
  });

  it('ranks the same searches alike', async () => {
    for (const text of scaled.samples.search) expect((await same((store) => store.search(text, { limit: 20 }))).length).toBeGreaterThan(0);
  });

  it('pages a kind of thousands the same way', async () => {
    let after: string | undefined;
    for (let page = 0; page < 3; page++) {
      const { concepts, hasNextPage } = await same((store) => store.listConcepts({ kinds: ['Cause'], first: 100, after }));
      expect(hasNextPage).toBe(true);
      after = concepts.at(-1)!.id;
    }
  });
});
