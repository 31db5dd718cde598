import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../src/store';
import { graphqlClient } from './graphql/graphql-client';

type Data = Record<string, any>;
const ids = (list: { id: string }[]) => list.map((c) => c.id);

const expectations: Record<string, (data: Data) => void> = {
  'what-causes-back-spasm.graphql': ({ concept }) => {
    expect(ids(concept.causes)).toEqual(expect.arrayContaining(['heavy-lifting', 'poor-posture', 'herniated-disc']));
    expect(ids(concept.mechanisms)).toEqual(expect.arrayContaining(['muscle-strain', 'inflammation']));
  },
  'heavy-lifting-to-back-spasm.graphql': ({ explain }) => {
    expect(explain.chains.length).toBeGreaterThan(0);
    expect(explain.chains.some((chain: Data) => chain.steps.some((step: Data) => /strain/i.test(step.name)))).toBe(true);
    for (const chain of explain.chains) for (const edge of chain.path.edges) expect(edge.evidence.length).toBeGreaterThan(0);
  },
  'red-flags.graphql': ({ redFlags }) => {
    expect(redFlags.length).toBeGreaterThan(3);
    expect(redFlags.every((flag: Data) => flag.urgent && flag.suggests.length > 0)).toBe(true);
    expect(redFlags.some((flag: Data) => flag.suggests.some((c: Data) => c.name === 'Spinal cord compression'))).toBe(true);
  },
  'treatments-for-back-spasm.graphql': ({ treatmentsFor }) => {
    const names = treatmentsFor.direct.map((link: Data) => link.treatment.name);
    expect(names.length).toBeGreaterThan(5);
    expect(treatmentsFor.viaMechanisms.length).toBeGreaterThan(0);
    expect(treatmentsFor.cautions.some((c: Data) => c.from.name === 'Muscle relaxants')).toBe(true);
  },
  'says-who-muscle-relaxants.graphql': ({ concept }) => {
    expect(concept.relations.some((r: Data) => r.type === 'RELIEVES')).toBe(true);
    expect(concept.relations.some((r: Data) => r.type === 'CAUTION')).toBe(true);
    for (const relation of concept.relations) expect(relation.evidence[0].source.title).toBeTruthy();
  },
  'search-pinched-nerve.graphql': ({ search }) => {
    expect(search[0]).toMatchObject({ match: 'exact', matchedText: 'pinched nerve', concept: { id: 'nerve-compression', kind: 'Mechanism' } });
  },
  'herniated-disc-to-sciatica.graphql': ({ paths }) => {
    expect(paths.length).toBeGreaterThan(0);
    expect(paths[0].summary).toMatch(/^Herniated disc → .*Sciatica$/);
  },
  'around-inflammation.graphql': ({ neighborhood }) => {
    expect(ids(neighborhood.nodes)).toEqual(expect.arrayContaining(['inflammation', 'muscle-strain']));
    expect(neighborhood.edges.every((e: Data) => e.evidence.length > 0)).toBe(true);
  },
  'tour-heavy-lifting-to-sciatica.graphql': ({ tour }) => {
    expect(tour.steps.length).toBeGreaterThanOrEqual(4);
    expect(ids(tour.steps.at(-1).show)).toContain('sciatica');
    for (const step of tour.steps) for (const relation of step.relations) expect(relation.evidence.length).toBeGreaterThan(0);
    const questions = tour.steps.map((step: Data) => step.question).filter(Boolean);
    expect(questions.length).toBeGreaterThan(0);
    for (const question of questions) expect(ids(question.choices)).toContain(question.answer.id);
  },
  'case-back-spasm-heavy-box-leg-pain.graphql': ({ caseAnalysis }) => {
    expect(caseAnalysis.findings.map((f: Data) => f.understoodAs)).toEqual([
      'understood as ‘Back muscle spasm’ (a symptom)',
      'understood as ‘Back pain radiating into the buttocks or legs’ (a red flag)',
      'understood as ‘Heavy lifting’ (a cause)',
    ]);
    expect(caseAnalysis.redFlags[0].redFlag.name).toBe('Back pain radiating into the buttocks or legs');
    expect(caseAnalysis.explanations[0].concept.name).toBe('Heavy lifting');
    for (const explanation of caseAnalysis.explanations) for (const path of explanation.paths) for (const edge of path.edges) expect(edge.evidence.length).toBeGreaterThan(0);
  },
  'what-the-graph-holds.graphql': ({ stats, sources }) => {
    expect(stats.concepts).toBeGreaterThan(100);
    expect(stats.relations).toBeGreaterThan(200);
    expect(sources).toHaveLength(5);
  },
};

/**
 * Every query in cookbook/ runs against the curated graph and must answer its question
 * meaningfully: each file has an expectation here, and a file without one fails. Each store
 * runs it (cookbook.test.ts, cookbook.neo4j.test.ts).
 */
export function describeCookbook(storeName: string, openStore: () => Promise<GraphStore>) {
  describe(`the cookbook on the ${storeName} store`, () => {
    const files = readdirSync('cookbook').filter((name) => name.endsWith('.graphql')).sort();
    let store: GraphStore;
    let query: ReturnType<typeof graphqlClient>;
    beforeAll(async () => {
      store = await openStore();
      query = graphqlClient(store);
    });
    afterAll(async () => {
      await store?.close();
    });

    it('has an expectation for every query and a query for every expectation', () => {
      expect(files).toEqual(Object.keys(expectations).sort());
    });

    it.each(files)('%s starts with a comment saying what it answers', (file) => {
      expect(readFileSync(`cookbook/${file}`, 'utf8')).toMatch(/^# \S.+\?/);
    });

    it.each(files)('%s answers its question', async (file) => {
      const { data, errors } = await query(readFileSync(`cookbook/${file}`, 'utf8'));
      expect(errors).toBeUndefined();
      expectations[file]!(data!);
    });
  });
}
