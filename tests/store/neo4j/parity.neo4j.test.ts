import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONCEPT_KIND_NAMES, RELATION_TYPE_NAMES, type Concept, type KnowledgeGraph } from '../../../src/domain';
import { loadGraph } from '../../../src/graph';
import { EmbeddedStore } from '../../../src/store/embedded/embedded-store';
import type { GraphStore } from '../../../src/store';
import { graphqlClient } from '../../graphql/graphql-client';
import { neo4jSkipReason, seededStore } from './test-server';

/**
 * The curated graph in both stores, asked the same questions: every answer from Neo4j must
 * equal the embedded store's, order included.
 */
describe.skipIf(Boolean(neo4jSkipReason))('the Neo4j store answers exactly as the embedded store', () => {
  let graph: KnowledgeGraph;
  let embedded: EmbeddedStore;
  let neo4j: GraphStore;
  const ofKind = (...kinds: Concept['kind'][]) => graph.concepts.filter((c) => kinds.includes(c.kind)).map((c) => c.id);

  beforeAll(async () => {
    graph = loadGraph('graph');
    embedded = new EmbeddedStore(graph);
    neo4j = await seededStore(graph);
  });
  afterAll(async () => {
    await neo4j?.close();
  });

  /** Asks both stores and expects the same answer. */
  async function same<T>(ask: (store: GraphStore) => Promise<T>): Promise<T> {
    const expected = await ask(embedded);
    expect(await ask(neo4j)).toEqual(expected);
    return expected;
  }

  it('finds the same concepts by id and the same relations around them', async () => {
    const ids = [...graph.concepts.map((c) => c.id), 'no-such-concept'];
    await same((store) => store.getConcepts(ids));
    await same((store) => store.getRelations(ids));
    for (const type of RELATION_TYPE_NAMES) await same((store) => store.getRelations(ids, { types: [type] }));
  });

  it('pages through the same concepts, for every kind and urgency', async () => {
    for (const kinds of [undefined, ...CONCEPT_KIND_NAMES.map((kind) => [kind])]) {
      let after: string | undefined;
      for (;;) {
        const page = await same((store) => store.listConcepts({ kinds, first: 7, after }));
        if (!page.hasNextPage) break;
        after = page.concepts.at(-1)!.id;
      }
    }
    await same((store) => store.listConcepts({ urgent: true, first: 100 }));
    await same((store) => store.listConcepts({ urgent: false, kinds: ['RedFlag', 'Symptom'], first: 100 }));
  });

  it('ranks every search alike: names, synonyms, fragments and single letters', async () => {
    const WORD_FRAGMENTS = new Set(['a', 'e', 'o', 'ion']);
    const texts = new Set([...WORD_FRAGMENTS, 'back', 'spasm', 'muscle', 'pain', 'nerve', 'disc', 'pinched nerve', 'stretch', 'lumbar', 'cramp', 'ache']);
    for (const concept of graph.concepts) {
      texts.add(concept.name);
      for (const synonym of concept.synonyms) texts.add(synonym.slice(0, 5));
    }
    for (const text of texts) {
      const hits = await same((store) => store.search(text, { limit: 100 }));
      // search matches words and their beginnings, so a letter or a word's inner fragment may find nothing: alike on both stores
      if (!WORD_FRAGMENTS.has(text)) expect(hits.length, text).toBeGreaterThan(0);
    }
    for (const kind of CONCEPT_KIND_NAMES) await same((store) => store.search('e', { kinds: [kind], limit: 100 }));
  });

  it('returns the same neighbourhood of every concept, filtered or not', async () => {
    for (const concept of graph.concepts) await same((store) => store.neighborhood([concept.id], { depth: 1 }));
    for (const id of ['back-spasm', 'heavy-lifting', 'sciatica', 'muscle-strain', 'lower-back']) {
      for (const depth of [2, 3]) await same((store) => store.neighborhood([id], { depth }));
      await same((store) => store.neighborhood([id], { depth: 2, kinds: ['Mechanism', 'Cause'] }));
      await same((store) => store.neighborhood([id], { depth: 2, relationTypes: ['CAUSES', 'LEADS_TO', 'RELIEVES'] }));
    }
    await same((store) => store.neighborhood(['back-spasm', 'sciatica', 'no-such-concept'], { depth: 1 }));
  });

  it('returns the same causal paths in the same order from every cause to every symptom', async () => {
    let found = 0;
    for (const from of ofKind('Cause')) {
      for (const to of ofKind('Symptom')) {
        found += (await same((store) => store.paths(from, to, { maxHops: 4, limit: 20 }))).length;
      }
    }
    expect(found).toBeGreaterThan(50);
    await same((store) => store.paths('heavy-lifting', 'back-spasm', { maxHops: 6, limit: 20 }));
  });

  it('holds the same sources, counts and tours', async () => {
    await same((store) => store.sources());
    await same(async (store) => ({ ...(await store.stats()), store: 'either' }));
    const tours = await same((store) => store.tours());
    for (const { id } of tours) await same((store) => store.tour(id));
  });

  it('answers the composed GraphQL questions alike: explain, treatmentsFor, red flags and quizzes', async () => {
    const askEmbedded = graphqlClient(embedded);
    const askNeo4j = graphqlClient(neo4j);
    const ask = async (query: string, variables: Record<string, unknown>) => {
      const expected = await askEmbedded(query, variables);
      expect(expected.errors).toBeUndefined();
      expect(await askNeo4j(query, variables)).toEqual(expected);
    };
    const explain = `query ($cause: ID!, $symptom: ID!) { explain(cause: $cause, symptom: $symptom) {
      direct chains { steps { id } path { edges { id evidence { quote source { id } } } } } } }`;
    for (const cause of ofKind('Cause').slice(0, 6)) for (const symptom of ofKind('Symptom').slice(0, 4)) await ask(explain, { cause, symptom });
    const treatments = `query ($id: ID!) { treatmentsFor(concept: $id) {
      direct { treatment { id } relation { id } } viaMechanisms { treatment { id } relation { id } } cautions { id } } }`;
    for (const id of ofKind('Symptom', 'Condition', 'Mechanism', 'Cause')) await ask(treatments, { id });
    await ask('{ redFlags { id suggests { id } } stats { concepts relations evidence sources version } }', {});
    await ask('query ($from: ID!, $to: ID!) { quiz(from: $from, to: $to) { path { edges { id } } questions { prompt answer { id } choices { id } } } }', { from: 'heavy-lifting', to: 'back-spasm' });
  });
});
