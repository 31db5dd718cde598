import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvalidInputError, type KnowledgeGraph } from '../../src/domain';
import { graphVersion, loadGraph } from '../../src/graph';
import type { GraphStore } from '../../src/store';
import { FIXTURE_GRAPH } from '../graph/fixture-graph';
import { expectStatedChainAmongTopPaths } from '../graph/expect-stated-chain';
import { STATED_CHAINS } from '../graph/stated-chains';
import { RELEVANCE_CASES } from './search-relevance';

/**
 * The behaviour every GraphStore must show over the fixture graph (tests/fixtures/valid-graph).
 * Each adapter's test file runs it, so both stores give the same answers.
 */
export function describeStoreContract(name: string, openStore: () => Promise<GraphStore>) {
  describe(`${name} store contract`, () => {
    let store: GraphStore;
    beforeAll(async () => {
      store = await openStore();
    });
    afterAll(async () => {
      await store?.close();
    });

    describe('getConcepts', () => {
      it('returns concepts in the order asked, with null for unknown ids', async () => {
        const concepts = await store.getConcepts(['sciatica', 'no-such-concept', 'heavy-lifting']);
        expect(concepts.map((c) => c?.id ?? null)).toEqual(['sciatica', null, 'heavy-lifting']);
        expect(concepts[2]).toEqual({
          id: 'heavy-lifting',
          kind: 'Cause',
          name: 'Heavy lifting',
          description: 'Lifting loads that are heavy for the person.',
          synonyms: ['lifting heavy objects'],
          urgent: false,
          unspecified: false,
        });
      });

      it('returns an empty list for no ids', async () => {
        expect(await store.getConcepts([])).toEqual([]);
      });
    });

    describe('getRelations', () => {
      it('returns relations touching any of the concepts, both directions, ordered by id, with evidence', async () => {
        const relations = await store.getRelations(['inflammation']);
        expect(relations.map((r) => r.id)).toEqual([
          'ice>TARGETS>inflammation',
          'inflammation>LEADS_TO>back-spasm',
          'muscle-strain>LEADS_TO>inflammation',
        ]);
        expect(relations[1]!.evidence).toEqual([{ source: 'fixture-page.txt', quote: 'Inflammation makes the back muscles spasm.', kind: 'statement', passage: 'lifting-to-spasm', hedged: false }]);
      });

      it('keeps whether each quote hedges', async () => {
        const [strain] = await store.getRelations(['heavy-lifting'], { types: ['CAUSES'] });
        const [mri] = await store.getRelations(['mri'], { types: ['DETECTS'] });
        expect(strain!.evidence.map((e) => e.hedged)).toEqual([true]);
        expect(mri!.evidence.map((e) => e.hedged)).toEqual([false]);
      });

      it('keeps the scope the quotes attach, and none where they attach none', async () => {
        const [targets, leadsTo] = await store.getRelations(['inflammation']);
        expect(targets!.scope).toBe('in the first days after an injury');
        expect(leadsTo).not.toHaveProperty('scope');
        const [path] = await store.paths('poor-posture', 'back-spasm', { maxHops: 1, limit: 1 });
        expect(path!.edges[0]!.scope).toBe('sitting badly for long periods');
      });

      it('filters by relation type and ignores unknown ids', async () => {
        const relations = await store.getRelations(['inflammation', 'nope'], { types: ['LEADS_TO'] });
        expect(relations.map((r) => r.id)).toEqual(['inflammation>LEADS_TO>back-spasm', 'muscle-strain>LEADS_TO>inflammation']);
      });

      it('keeps every evidence item with its kind', async () => {
        const [relieves] = await store.getRelations(['ice'], { types: ['RELIEVES'] });
        expect(relieves!.evidence.map((e) => e.kind)).toEqual(['statement', 'question']);
      });
    });

    describe('listConcepts', () => {
      it('pages through concepts of one kind in id order', async () => {
        const first = await store.listConcepts({ kinds: ['Cause'], first: 2 });
        expect(first.concepts.map((c) => c.id)).toEqual(['dehydration', 'heavy-lifting']);
        expect(first).toMatchObject({ hasNextPage: true, totalCount: 3 });
        const second = await store.listConcepts({ kinds: ['Cause'], first: 2, after: 'heavy-lifting' });
        expect(second.concepts.map((c) => c.id)).toEqual(['poor-posture']);
        expect(second.hasNextPage).toBe(false);
      });

      it('lists every kind when none is given, and nothing after the last id', async () => {
        expect((await store.listConcepts({ first: 100 })).totalCount).toBe(17);
        expect((await store.listConcepts({ first: 5, after: 'zzz' })).concepts).toEqual([]);
      });

      it('filters by several kinds and by urgency', async () => {
        const urgent = await store.listConcepts({ urgent: true, first: 10 });
        expect(urgent.concepts.map((c) => c.id)).toEqual(['loss-of-bladder-control', 'spinal-cord-compression']);
        const two = await store.listConcepts({ kinds: ['RedFlag', 'Diagnostic'], first: 10 });
        expect(two.concepts.map((c) => c.id)).toEqual(['loss-of-bladder-control', 'mri']);
      });

      it('walks every concept of several kinds once, in id order, a small page at a time from a cursor between ids', async () => {
        const whole = (await store.listConcepts({ kinds: ['Symptom', 'Cause', 'Mechanism'], first: 100 })).concepts.map((c) => c.id);
        const walked: string[] = [];
        for (let after: string | undefined = 'a'; ; ) {
          const page = await store.listConcepts({ kinds: ['Symptom', 'Cause', 'Mechanism'], first: 3, after });
          walked.push(...page.concepts.map((c) => c.id));
          if (!page.hasNextPage) break;
          after = page.concepts.at(-1)?.id;
        }
        expect(walked).toEqual(whole);
        expect(whole).toEqual([...whole].sort());
        expect(whole.length).toBeGreaterThan(6);
      });

      it('refuses a page larger than the limit', async () => {
        await expect(store.listConcepts({ first: 101 })).rejects.toThrow(InvalidInputError);
      });
    });

    describe('search', () => {
      it('ranks exact before prefix before every word before some words or typos', async () => {
        const hits = await store.search('back');
        expect(hits.map((h) => [h.concept.id, h.match])).toEqual([
          ['back-spasm', 'prefix'],
          ['lower-back', 'word'],
        ]);
        expect((await store.search('sciatica'))[0]).toMatchObject({ match: 'exact', matchedText: 'Sciatica' });
        expect((await store.search('spasm back')).map((h) => [h.concept.id, h.match])).toEqual([
          ['back-spasm', 'word'],
          ['lower-back', 'partial'],
        ]);
      });

      it('forgives typos and finds other forms of a word', async () => {
        expect((await store.search('sciatca'))[0]).toMatchObject({ concept: { id: 'sciatica' }, match: 'fuzzy' });
        expect((await store.search('lifting'))[0]).toMatchObject({ concept: { id: 'heavy-lifting' } });
        expect((await store.search('pinched nerves'))[0]).toMatchObject({ concept: { id: 'nerve-compression' }, match: 'word' });
      });

      it('reads kind words: every concept of the kind, or those related to the rest of the text', async () => {
        expect((await store.search('red flags')).map((h) => [h.concept.id, h.match])).toEqual([['loss-of-bladder-control', 'kind']]);
        expect((await store.search('treatment for spasm')).map((h) => [h.concept.id, h.match])).toEqual([
          ['ice', 'related'],
          ['muscle-relaxants', 'related'],
        ]);
      });

      it('matches synonyms, ignoring case and accents', async () => {
        const [hit] = await store.search('PINCHED nerve');
        expect(hit).toMatchObject({ concept: { id: 'nerve-compression' }, match: 'exact', matchedText: 'pinched nerve' });
        expect((await store.search('ruckenkrampf'))[0]?.concept.id).toBe('back-spasm');
        expect((await store.search('RÜCKEN'))[0]?.concept.id).toBe('back-spasm');
      });

      it('filters by kind and limits the number of hits', async () => {
        const treatments = await store.search('muscle', { kinds: ['Treatment'] });
        expect(treatments.map((h) => h.concept.id)).toEqual(['muscle-relaxants']);
        expect(await store.search('muscle', { limit: 2 })).toHaveLength(2);
      });

      it('finds nothing for a text no concept contains', async () => {
        expect(await store.search('xylophone')).toEqual([]);
      });

      it('refuses empty and over-long texts with a clear message', async () => {
        await expect(store.search('   ')).rejects.toThrow(/search text is empty/);
        await expect(store.search('a'.repeat(101))).rejects.toThrow(/the limit is 100/);
      });
    });

    describe('neighborhood', () => {
      it('returns the focus and its direct neighbours with every relation among them', async () => {
        const { nodes, edges } = await store.neighborhood(['inflammation'], { depth: 1 });
        expect(nodes.map((n) => n.id)).toEqual(['back-spasm', 'ice', 'inflammation', 'muscle-strain']);
        expect(edges.map((e) => e.id)).toEqual([
          'ice>RELIEVES>back-spasm',
          'ice>TARGETS>inflammation',
          'inflammation>LEADS_TO>back-spasm',
          'muscle-strain>LEADS_TO>inflammation',
        ]);
      });

      it('returns only the focus at depth 0, and nothing for unknown ids', async () => {
        expect((await store.neighborhood(['sciatica'], { depth: 0 })).nodes.map((n) => n.id)).toEqual(['sciatica']);
        expect(await store.neighborhood(['nothing-here'], { depth: 2 })).toEqual({ nodes: [], edges: [] });
      });

      it('walks further with depth', async () => {
        const { nodes } = await store.neighborhood(['heavy-lifting'], { depth: 2 });
        expect(nodes.map((n) => n.id)).toEqual(['heavy-lifting', 'inflammation', 'muscle-strain', 'stretching']);
      });

      it('follows only the relation types asked for', async () => {
        const { nodes, edges } = await store.neighborhood(['back-spasm'], { depth: 1, relationTypes: ['RELIEVES'] });
        expect(nodes.map((n) => n.id)).toEqual(['back-spasm', 'ice', 'muscle-relaxants']);
        expect(edges.every((e) => e.type === 'RELIEVES')).toBe(true);
      });

      it('includes and walks through only the kinds asked for, keeping the focus', async () => {
        const { nodes } = await store.neighborhood(['back-spasm'], { depth: 2, kinds: ['Mechanism'] });
        expect(nodes.map((n) => n.id)).toEqual(['back-spasm', 'inflammation', 'muscle-strain']);
      });

      it('refuses a depth beyond the limit', async () => {
        await expect(store.neighborhood(['back-spasm'], { depth: 4 })).rejects.toThrow(/depth must be a whole number from 0 to 3; got 4/);
      });
    });

    describe('paths', () => {
      it('finds directed causal paths, each hop with evidence', async () => {
        const paths = await store.paths('heavy-lifting', 'back-spasm', { maxHops: 4 });
        expect(paths).toHaveLength(1);
        expect(paths[0]!.nodes.map((n) => n.id)).toEqual(['heavy-lifting', 'muscle-strain', 'inflammation', 'back-spasm']);
        expect(paths[0]!.edges.map((e) => e.type)).toEqual(['CAUSES', 'LEADS_TO', 'LEADS_TO']);
        expect(paths[0]!.edges.every((e) => e.evidence.length > 0)).toBe(true);
      });

      it('respects maxHops', async () => {
        expect(await store.paths('heavy-lifting', 'back-spasm', { maxHops: 2 })).toEqual([]);
      });

      it('follows causal relations only, and only forwards', async () => {
        expect(await store.paths('ice', 'back-spasm', { maxHops: 3 })).toEqual([]);
        expect(await store.paths('back-spasm', 'heavy-lifting', { maxHops: 6 })).toEqual([]);
      });

      it('returns no paths for unknown ids or a concept to itself', async () => {
        expect(await store.paths('nope', 'back-spasm', { maxHops: 3 })).toEqual([]);
        expect(await store.paths('back-spasm', 'back-spasm', { maxHops: 3 })).toEqual([]);
      });

      it('refuses maxHops beyond the limit', async () => {
        await expect(store.paths('heavy-lifting', 'back-spasm', { maxHops: 7 })).rejects.toThrow(/maxHops must be a whole number from 1 to 6/);
      });
    });

    describe('causalUpstream', () => {
      it('returns what leads to the concepts within maxHops, themselves included, with the causal relations among them', async () => {
        const upstream = await store.causalUpstream(['back-spasm', 'sciatica'], { maxHops: 2 });
        expect(upstream.nodes.map((n) => n.id)).toEqual(['back-spasm', 'dehydration', 'herniated-disc', 'inflammation', 'muscle-strain', 'nerve-compression', 'poor-posture', 'sciatica']);
        expect(upstream.edges.map((e) => e.id)).toEqual([
          'dehydration>RISK_FACTOR_FOR>back-spasm',
          'herniated-disc>CAUSES>nerve-compression',
          'inflammation>LEADS_TO>back-spasm',
          'muscle-strain>LEADS_TO>inflammation',
          'nerve-compression>LEADS_TO>sciatica',
          'poor-posture>CAUSES>back-spasm',
        ]);
      });

      it('walks causal relations only, and only backwards', async () => {
        const upstream = await store.causalUpstream(['inflammation'], { maxHops: 6 });
        expect(upstream.nodes.map((n) => n.id)).toEqual(['heavy-lifting', 'inflammation', 'muscle-strain']);
      });

      it('ignores unknown ids and refuses maxHops beyond the limit', async () => {
        expect(await store.causalUpstream(['nope'], { maxHops: 2 })).toEqual({ nodes: [], edges: [] });
        await expect(store.causalUpstream(['back-spasm'], { maxHops: 7 })).rejects.toThrow(/maxHops must be a whole number from 1 to 6/);
      });
    });

    describe('tours', () => {
      it('lists every tour without its steps, ordered by id', async () => {
        expect(await store.tours()).toEqual([
          { id: 'calming-a-spasm', title: 'Calming a spasm', audience: 'the tests', summary: 'What eases a spasm, and what to watch for.', stepCount: 2 },
          {
            id: 'strain-to-spasm',
            title: 'How a strain becomes a spasm',
            audience: 'the tests',
            summary: "Follows the fixture's chain from a strained muscle to a spasm, and what calms it.",
            stepCount: 3,
          },
        ]);
      });

      it('returns a tour with every step as its file gives it, questions included', async () => {
        const tour = await store.tour('strain-to-spasm');
        expect(tour).toEqual(loadGraph(FIXTURE_GRAPH).tours.find((t) => t.id === 'strain-to-spasm'));
        expect(tour!.steps[0]).toEqual({
          title: 'The strain',
          narration: 'A strained muscle reacts.',
          show: ['muscle-strain'],
          highlight: [],
          relations: ['muscle-strain>LEADS_TO>inflammation'],
          question: { prompt: 'What does a strained muscle lead to?', answer: 'inflammation' },
        });
        expect(tour!.steps[1]!.question).toBeUndefined();
      });

      it('returns null for an unknown tour id', async () => {
        expect(await store.tour('no-such-tour')).toBeNull();
      });
    });

    describe('sources and stats', () => {
      it('lists the sources', async () => {
        expect((await store.sources()).map((s) => s.id)).toEqual(['fixture-page.txt']);
      });

      it('counts concepts by kind and relations by type', async () => {
        const stats = await store.stats();
        expect(stats).toMatchObject({ concepts: 17, relations: 15, evidence: 16, sources: 1, version: graphVersion(loadGraph(FIXTURE_GRAPH)) });
        expect(stats.conceptsByKind).toMatchObject({ Cause: 3, RedFlag: 1, BodyRegion: 1 });
        expect(stats.relationsByType).toMatchObject({ CAUSES: 3, LEADS_TO: 3, CAUTION: 1 });
      });
    });
  });
}

/**
 * What every store must answer over the curated graph in graph/: the search relevance cases
 * and the chains the sources state, so both stores give the same top results.
 */
export function describeCuratedGraphContract(name: string, openStore: (graph: KnowledgeGraph) => Promise<GraphStore>) {
  describe(`${name} store over the curated graph`, () => {
    let store: GraphStore;
    beforeAll(async () => {
      store = await openStore(loadGraph('graph'));
    });
    afterAll(async () => {
      await store?.close();
    });

    it.each(RELEVANCE_CASES.map((c) => [c.query, c] as const))('search finds what a clinician means by "%s"', async (_query, relevance) => {
      const hits = await store.search(relevance.query, { limit: 5 });
      if ('first' in relevance) expect(hits[0]?.concept.id).toBe(relevance.first);
      else if ('top3' in relevance) expect(hits.slice(0, 3).map((hit) => hit.concept.id)).toContain(relevance.top3);
      else {
        expect(hits).toHaveLength(5);
        expect(hits.every((hit) => hit.concept.kind === relevance.kind)).toBe(true);
      }
    });

    it.each(STATED_CHAINS.map((c) => [`${c.from} → ${c.via} → ${c.to}`, c] as const))('puts the chain %s, stated in one passage, among the top three paths', async (_name, chain) => {
      expectStatedChainAmongTopPaths(chain, await store.paths(chain.from, chain.to, { maxHops: 6, limit: 3 }));
    });
  });
}
