import neo4j from 'neo4j-driver';
import { describe, expect, it, vi } from 'vitest';
import { loadGraph } from '../../../src/graph';
import { GRAPH_VERSION_RECHECK_MS, Neo4jStore } from '../../../src/store/neo4j/neo4j-store';
import { removeStaleInBatches } from '../../../src/store/neo4j/seed';
import { schemaStatements, seedStatements, seedTransactions } from '../../../src/store/neo4j/seed-statements';
import { statement } from '../../../src/store/neo4j/run';
import { FIXTURE_GRAPH } from '../../graph/fixture-graph';
import { recordingRunner } from './recording-runner';

const concept = { id: 'back-spasm', kind: 'Symptom', name: 'Back muscle spasm', description: 'd', synonyms: ['back spasm'], urgent: false, unspecified: false };
const step = {
  title: 'The catch',
  narration: 'Muscle relaxants have a side effect.',
  show: ['muscle-relaxants'],
  highlight: [],
  relations: ['muscle-relaxants>CAUTION>drowsiness'],
  question: { prompt: 'Which side effect?', answer: 'drowsiness' },
};
const tour = { id: 'calming-a-spasm', title: 'Calming a spasm', audience: 'the tests', summary: 'What eases a spasm.' };
const relation = {
  id: 'inflammation>LEADS_TO>back-spasm',
  type: 'LEADS_TO',
  from: 'inflammation',
  to: 'back-spasm',
  evidence: [{ source: 'fixture-page.txt', quote: 'Inflammation makes the back muscles spasm.', kind: 'statement', passage: 'inflamed-muscle', hedged: false }],
};

/** Concepts and relations come back as their stored record, one JSON text. */
const record = JSON.stringify;

/** Canned rows shaped like the database's answers, Neo4j integers included. */
function answer({ name, params }: { name: string; params: Readonly<Record<string, unknown>> }) {
  switch (name) {
    case 'read/get-concepts':
      return [{ concept: record(concept) }];
    case 'read/get-relations':
      return [{ relation: record(relation) }];
    case 'read/list-concepts':
      return [{ totalCount: neo4j.int(3), page: [record(concept)] }];
    case 'read/graph-version':
      return [{ version: 'abc123def456' }];
    case 'read/search-catalogue':
      return params.known === 'abc123def456'
        ? [{ version: 'abc123def456', concept: null, relations: null, evidence: null, linked: null }]
        : [{ version: 'abc123def456', concept: record(concept), relations: neo4j.int(2), evidence: neo4j.int(3), linked: ['Inflammation'] }];
    case 'read/neighborhood':
      return [{ nodes: [record(concept)], edges: [record(relation)] }];
    case 'read/paths':
      return [{ nodes: [record({ ...concept, id: 'inflammation', kind: 'Mechanism' }), record(concept)], edges: [record(relation)] }];
    case 'read/causal-upstream':
      return [
        { nodes: [record(concept)], edges: [] },
        { nodes: [record({ ...concept, id: 'inflammation', kind: 'Mechanism' })], edges: [record(relation)] },
      ];
    case 'read/sources':
      return [{ source: { id: 'fixture-page.txt', title: 't', kind: 'k', reliability: 'r', url: null } }];
    case 'read/stats':
      return [
        {
          conceptsByKind: [{ kind: 'Symptom', count: neo4j.int(2) }],
          relationsByType: [{ type: 'LEADS_TO', count: neo4j.int(1) }],
          evidence: neo4j.int(1),
          sources: neo4j.int(1),
          version: 'abc123def456',
        },
      ];
    case 'read/tours':
      return [{ tour: { ...tour, stepCount: neo4j.int(1) } }];
    case 'read/tour':
      return [{ tour: { ...tour, stepsJson: JSON.stringify([step]) } }];
    default:
      return [];
  }
}

/** A runner over a server that is down until comeBack() is called, then answers as `answer` does. */
function downThenUp() {
  let down = true;
  const recorded = recordingRunner((query) => {
    if (down) throw new Error('Neo4j is unavailable');
    return answer(query);
  });
  return { ...recorded, comeBack: () => (down = false) };
}

describe('the Neo4j adapter sends one statement per operation', () => {
  const operations: [string, (store: Neo4jStore) => Promise<unknown>][] = [
    ['getConcepts', (s) => s.getConcepts(['back-spasm', 'nope', 'back-spasm'])],
    ['getRelations', (s) => s.getRelations(['back-spasm'], { types: ['LEADS_TO'] })],
    ['listConcepts', (s) => s.listConcepts({ kinds: ['Symptom'], urgent: false, first: 2, after: 'a' })],
    ['neighborhood', (s) => s.neighborhood(['back-spasm'], { depth: 2, kinds: ['Mechanism'], relationTypes: ['LEADS_TO'] })],
    ['paths', (s) => s.paths('inflammation', 'back-spasm', { maxHops: 4 })],
    ['causalUpstream', (s) => s.causalUpstream(['back-spasm', 'back-spasm'], { maxHops: 4 })],
    ['sources', (s) => s.sources()],
    ['stats', (s) => s.stats()],
    ['graphVersion', (s) => s.graphVersion()],
    ['tours', (s) => s.tours()],
    ['tour', (s) => s.tour('calming-a-spasm')],
  ];

  it.each(operations)('%s: one read, its statement and parameters pinned', async (name, operation) => {
    const { runner, reads, writes } = recordingRunner(answer);
    const result = await operation(new Neo4jStore(runner));
    expect(reads).toHaveLength(1);
    expect(writes).toHaveLength(0);
    expect({ statement: reads[0]!.name, params: reads[0]!.params }).toMatchSnapshot();
    expect(result).toMatchSnapshot();
  });

  it('search reads the catalogue once, searches the index it holds while the version is fresh, then reads the version and only the version', async () => {
    vi.useFakeTimers();
    try {
      const { runner, reads } = recordingRunner(answer);
      const store = new Neo4jStore(runner);
      const first = await store.search('back spasms', { kinds: ['Symptom'], limit: 5 });
      vi.advanceTimersByTime(GRAPH_VERSION_RECHECK_MS - 1);
      const second = await store.search('back spazm', { limit: 5 });
      expect(reads.map((read) => [read.name, read.params])).toEqual([['read/search-catalogue', { known: '' }]]);
      vi.advanceTimersByTime(1);
      await store.search('spasm', { limit: 5 });
      expect(reads.map((read) => [read.name, read.params])).toEqual([
        ['read/search-catalogue', { known: '' }],
        ['read/search-catalogue', { known: 'abc123def456' }],
      ]);
      expect(first.map((hit) => [hit.concept.id, hit.match])).toEqual([['back-spasm', 'word']]);
      expect(second.map((hit) => [hit.concept.id, hit.match])).toEqual([['back-spasm', 'fuzzy']]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('searches begun together share one read of the catalogue', async () => {
    const { runner, reads } = recordingRunner(answer);
    const store = new Neo4jStore(runner);
    const together = await Promise.all(['back spasm', 'spasm', 'back'].map((text) => store.search(text, { limit: 1 })));
    expect(together.map((hits) => hits.map((hit) => hit.concept.id))).toEqual([['back-spasm'], ['back-spasm'], ['back-spasm']]);
    expect(reads.map((read) => [read.name, read.params])).toEqual([['read/search-catalogue', { known: '' }]]);
  });

  it('prepares by reading the catalogue, which a search begun meanwhile shares instead of reading it again', async () => {
    const { runner, reads } = recordingRunner(answer);
    const store = new Neo4jStore(runner);
    const [, hits] = await Promise.all([store.prepare(), store.search('back spasm', { limit: 1 })]);
    expect(hits.map((hit) => hit.concept.id)).toEqual(['back-spasm']);
    expect(reads.map((read) => [read.name, read.params])).toEqual([['read/search-catalogue', { known: '' }]]);
  });

  it('reads the catalogue again after a shared read failed', async () => {
    const { runner, reads, comeBack } = downThenUp();
    const store = new Neo4jStore(runner);
    const failed = await Promise.allSettled([store.search('spasm'), store.search('back')]);
    expect(failed.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    comeBack();
    expect((await store.search('spasm')).map((hit) => hit.concept.id)).toEqual(['back-spasm']);
    expect(reads).toHaveLength(2);
  });

  it('reads the graph version at most once per recheck window, and again once the window has passed', async () => {
    vi.useFakeTimers();
    try {
      const { runner, reads } = recordingRunner(answer);
      const store = new Neo4jStore(runner);
      expect(await Promise.all([store.graphVersion(), store.graphVersion()])).toEqual(['abc123def456', 'abc123def456']);
      vi.advanceTimersByTime(GRAPH_VERSION_RECHECK_MS - 1);
      await store.graphVersion();
      expect(reads).toHaveLength(1);
      vi.advanceTimersByTime(1);
      await store.graphVersion();
      expect(reads).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('does not remember a graph version it failed to read', async () => {
    const { runner, reads, comeBack } = downThenUp();
    const store = new Neo4jStore(runner);
    await expect(store.graphVersion()).rejects.toThrow('Neo4j is unavailable');
    comeBack();
    expect(await store.graphVersion()).toBe('abc123def456');
    expect(reads).toHaveLength(2);
  });

  it('takes the graph version a search has just read as current', async () => {
    const { runner, reads } = recordingRunner(answer);
    const store = new Neo4jStore(runner);
    await store.search('spasm');
    expect(await store.graphVersion()).toBe('abc123def456');
    expect(reads.map((read) => read.name)).toEqual(['read/search-catalogue']);
  });

  it('asks nothing of the database for empty id lists', async () => {
    const { runner, reads } = recordingRunner(answer);
    const store = new Neo4jStore(runner);
    expect(await store.getConcepts([])).toEqual([]);
    expect(await store.neighborhood([], { depth: 1 })).toEqual({ nodes: [], edges: [] });
    expect(await store.causalUpstream([], { maxHops: 4 })).toEqual({ nodes: [], edges: [] });
    expect(reads).toHaveLength(0);
  });

  it('answers null for a tour the database does not hold', async () => {
    const { runner } = recordingRunner(() => []);
    expect(await new Neo4jStore(runner).tour('no-such-tour')).toBeNull();
  });

  it('refuses a tour whose stored steps are not what seeding wrote, asking to seed again', async () => {
    const { runner } = recordingRunner(() => [{ tour: { ...tour, stepsJson: '[{"title": "half a step"' } }]);
    await expect(new Neo4jStore(runner).tour('calming-a-spasm')).rejects.toThrow(/Neo4j holds tour calming-a-spasm this app cannot read \(stepsJson: its steps are not JSON\): seed the database again/);
  });

  it('refuses bad arguments before sending anything', async () => {
    const { runner, reads } = recordingRunner(answer);
    const store = new Neo4jStore(runner);
    await expect(store.neighborhood(['x'], { depth: 5 })).rejects.toThrow(/depth must be a whole number from 0 to 3/);
    await expect(store.search('')).rejects.toThrow(/search text is empty/);
    expect(reads).toHaveLength(0);
  });
});

describe('seeding statements', () => {
  it('removes more than a batch of what graph/ no longer has a batch per transaction, relations first, and less than that not at all', async () => {
    const stale = (concepts: number, relations: number) => () => [{ concepts: neo4j.int(concepts), relations: neo4j.int(relations) }];
    const many = recordingRunner(stale(25, 12));
    await removeStaleInBatches(many.runner, loadGraph(FIXTURE_GRAPH), 10);
    expect(many.reads.map((read) => read.name)).toEqual(['seed/count-stale']);
    expect(many.writes.map(([write]) => write?.name)).toEqual([
      ...Array<string>(2).fill('seed/remove-stale-relations-batch'),
      ...Array<string>(3).fill('seed/remove-stale-concepts-batch'),
    ]);
    for (const transaction of many.writes) expect(transaction.map((write) => write.params.batch)).toEqual([neo4j.int(10)]);
    const few = recordingRunner(stale(10, 10));
    await removeStaleInBatches(few.runner, loadGraph(FIXTURE_GRAPH), 10);
    expect(few.writes).toEqual([]);
  });

  it('apply the schema idempotently', () => {
    expect(schemaStatements().map((s) => s.name)).toEqual([
      'schema/concept-id-unique',
      'schema/source-id-unique',
      'schema/concept-kind-index',
      'schema/concept-search-fulltext',
      'schema/tour-id-unique',
      'schema/graph-version-id-unique',
    ]);
  });

  it('merge everything, then remove what graph/ no longer has, with pinned parameters', () => {
    const statements = seedStatements(loadGraph(FIXTURE_GRAPH));
    expect(statements.map((s) => s.name)).toEqual([
      'seed/merge-sources',
      'seed/merge-concepts',
      'seed/remove-stale-concepts',
      'seed/merge-relations',
      'seed/remove-stale-relations',
      'seed/remove-stale-sources',
      'seed/merge-tours',
      'seed/remove-stale-tours',
      'seed/set-graph-version',
    ]);
    expect(statements).toMatchSnapshot();
  });

  it('are one transaction for a graph within a batch, and batches of concepts, then relations, then the removals and version for a larger one', () => {
    const graph = loadGraph(FIXTURE_GRAPH);
    expect(seedTransactions(graph, 20)).toEqual([{ statements: seedStatements(graph), concepts: 17, relations: 15 }]);
    const transactions = seedTransactions(graph, 5);
    expect(transactions.map((t) => [t.statements.map((s) => s.name).join(' '), t.concepts, t.relations])).toEqual([
      ['seed/merge-sources', 0, 0],
      ['seed/merge-concepts', 5, 0],
      ['seed/merge-concepts', 5, 0],
      ['seed/merge-concepts', 5, 0],
      ['seed/merge-concepts', 2, 0],
      ['seed/merge-relations', 0, 5],
      ['seed/merge-relations', 0, 5],
      ['seed/merge-relations', 0, 5],
      ['seed/remove-stale-concepts seed/remove-stale-relations seed/remove-stale-sources seed/merge-tours seed/remove-stale-tours seed/set-graph-version', 0, 0],
    ]);
    const merged = (name: string, key: 'concepts' | 'relations') =>
      transactions.flatMap((t) => t.statements.filter((s) => s.name === name).flatMap((s) => (s.params[key] as { id: string }[]).map((row) => row.id)));
    expect(merged('seed/merge-concepts', 'concepts')).toEqual(graph.concepts.map((c) => c.id));
    expect(merged('seed/merge-relations', 'relations')).toEqual(graph.relations.map((r) => r.id));
  });
});

describe('statement parameters', () => {
  it('must be exactly those the file declares', () => {
    expect(() => statement('read/get-concepts', { ids: [], extra: 1 } as never)).toThrow(/takes parameters \[ids\] but was given \[extra,ids\]/);
  });
});
