import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/graph';
import type { GraphStore } from '../../src/store';
import { graphqlClient } from './graphql-client';

/**
 * Cases written from the sources: each names the sentence it comes from, the explanation that
 * sentence gives (one of `explainedBy` among the top three), and every red flag the case holds.
 */
export interface SourceCase {
  readonly findings: readonly string[];
  readonly source: string;
  readonly sentence: string;
  readonly explainedBy?: readonly string[];
  readonly redFlags: readonly string[];
}

export const SOURCE_CASES: readonly SourceCase[] = [
  {
    findings: ['back spasm', 'lifted a heavy box'],
    source: '000_c1d45c66f6259728.txt',
    sentence: 'Heavy lifting is a common cause of back spasms.',
    explainedBy: ['heavy-lifting', 'muscle-strain'],
    redFlags: [],
  },
  {
    findings: ['upper back spasm', 'hunched over a laptop'],
    source: '000_c1d45c66f6259728.txt',
    sentence: 'If you are consistently hunched over a desk or a laptop, it can cause your shoulders to bring more stress on your upper back muscles.',
    explainedBy: ['poor-posture'],
    redFlags: [],
  },
  {
    findings: ['back spasm', 'fever'],
    source: '003_d8543975d1e1bab1.txt',
    sentence: 'Spasms that come on with fever or within a few weeks of unexplained weight loss',
    redFlags: ['fever-with-back-spasm'],
  },
  {
    findings: ['back spasm', 'fever', 'weight loss'],
    source: '003_d8543975d1e1bab1.txt',
    sentence: 'Spasms that come on with fever or within a few weeks of unexplained weight loss',
    redFlags: ['fever-with-back-spasm', 'unexplained-weight-loss'],
  },
  {
    findings: ['lower back spasm', 'kidney stones'],
    source: '000_c1d45c66f6259728.txt',
    sentence: 'Some lower back spasms can also be attributed to the passing of kidney stones',
    explainedBy: ['kidney-stones'],
    redFlags: [],
  },
  {
    findings: ['back spasm', 'shoveling snow'],
    source: '000_c1d45c66f6259728.txt',
    sentence: 'Overuse can also occur with routine daily activities like shoveling snow, or mowing or raking grass, causing muscle spasms of the neck, shoulder, and back.',
    explainedBy: ['yard-work-and-snow-shoveling', 'overuse'],
    redFlags: [],
  },
  {
    findings: ['back spasm', 'sneeze'],
    source: '002_03d9a8063da0908f.txt',
    sentence: 'The most common ones include lifting a heavy object, a sudden jerk or sneeze and even dehydration.',
    explainedBy: ['coughing-and-sneezing'],
    redFlags: [],
  },
  {
    findings: ['back spasm', 'dehydrated'],
    source: '002_03d9a8063da0908f.txt',
    sentence: 'The most common ones include lifting a heavy object, a sudden jerk or sneeze and even dehydration.',
    explainedBy: ['dehydration'],
    redFlags: [],
  },
  {
    findings: ['sciatica', 'herniated disc'],
    source: '003_d8543975d1e1bab1.txt',
    sentence: 'A disc may herniate or bulge and compress a nearby spinal nerve root causing irritation and inflammation.',
    explainedBy: ['herniated-disc'],
    // the sources name spasms that keep returning as a sign to look for a disc herniation
    redFlags: ['persistent-or-recurrent-spasms'],
  },
  {
    findings: ['back spasm', 'loss of bladder control'],
    source: '003_d8543975d1e1bab1.txt',
    sentence: 'Spasms accompanied by difficulty initiating urination or difficulty holding in a bowel movement',
    redFlags: ['bowel-bladder-dysfunction'],
  },
  {
    findings: ['upper back spasm', 'kyphosis'],
    source: '003_d8543975d1e1bab1.txt',
    sentence: 'This curve can often cause issues with the upper back including pain and spasms.',
    explainedBy: ['kyphosis', 'osteoporosis'],
    redFlags: [],
  },
  {
    findings: ['back spasm', 'depression'],
    source: '001_058f0df711dd6597.txt',
    sentence: 'Major depression or clinical depression is one of the commonest causes of chronic Back Muscle Spasm.',
    explainedBy: ['depression'],
    redFlags: [],
  },
  {
    findings: ['back spasm', 'out of shape'],
    source: '001_058f0df711dd6597.txt',
    sentence: 'Back Muscle Spasm is more common among people with low level of physical fitness.',
    explainedBy: ['muscle-deconditioning'],
    redFlags: [],
  },
  {
    findings: ['back spasm', 'pain down the leg', 'lifted a heavy box'],
    source: '003_d8543975d1e1bab1.txt',
    sentence: 'The back pain travels down one or both legs, especially beyond your knee',
    explainedBy: ['heavy-lifting', 'muscle-strain'],
    redFlags: ['pain-radiating-below-knee'],
  },
];

const SEEDS = '../shared/seeds';

const CASE = `query Case($findings: [String!]!) {
  caseAnalysis(findings: $findings) {
    findings { text concept { id } }
    explanations(first: 3) { concept { id } }
    redFlags { redFlag { id } relations { evidence { quote } } }
  }
}`;

/** The source cases through the API over one store; each adapter's test file runs them. */
export function describeSourceCases(name: string, openStore: () => Promise<GraphStore>) {
  describe(`cases from the sources on the ${name} store`, () => {
    let store: GraphStore;
    let query: ReturnType<typeof graphqlClient>;
    beforeAll(async () => {
      store = await openStore();
      query = graphqlClient(store);
    });
    afterAll(async () => {
      await store?.close();
    });

    it.each(SOURCE_CASES.map((c) => [c.findings.join(' + '), c] as const))('%s: as the source says it', async (_name, sourceCase) => {
      if (existsSync(SEEDS)) expect(readFileSync(join(SEEDS, sourceCase.source), 'utf8')).toContain(sourceCase.sentence);
      const { data, errors } = await query(CASE, { findings: sourceCase.findings });
      expect(errors).toBeUndefined();
      const analysis = data!.caseAnalysis;
      expect(analysis.findings.filter((finding: { concept: unknown }) => finding.concept === null)).toEqual([]);
      if (sourceCase.explainedBy) {
        const top3 = analysis.explanations.map((explanation: { concept: { id: string } }) => explanation.concept.id);
        expect(top3.filter((id: string) => sourceCase.explainedBy!.includes(id)), `top three: ${top3.join(', ')}`).not.toEqual([]);
      }
      expect(analysis.redFlags.map((flag: { redFlag: { id: string } }) => flag.redFlag.id).sort()).toEqual([...sourceCase.redFlags].sort());
      expect(analysis.redFlags.every((flag: { relations: { evidence: unknown[] }[] }) => flag.relations.some((relation) => relation.evidence.length > 0))).toBe(true);
    });

    it('answers every tour case that asks a question with the graph’s own best explanation of the kind it asks for', async () => {
      const { data, errors } = await query(`{
        tours { id steps { title case { findings { id } analysis { explanations { concept { id kind } } } } question { answer { id kind } } } }
      }`);
      expect(errors).toBeUndefined();
      type Asked = { title: string; case: { analysis: { explanations: { concept: { id: string; kind: string } }[] } }; question: { answer: { id: string; kind: string } } };
      const asked: Asked[] = data!.tours.flatMap((tour: { steps: Asked[] }) => tour.steps.filter((step) => step.case && step.question));
      expect(asked.length).toBeGreaterThan(0);
      // a question asks for one kind ("which condition…"): its answer is the best-ranked explanation of that kind
      for (const step of asked) {
        const best = step.case.analysis.explanations.find((explanation) => explanation.concept.kind === step.question.answer.kind);
        expect(best?.concept.id, step.title).toBe(step.question.answer.id);
      }
    });
  });
}

/** The curated graph, as both stores serve it. */
export const curatedGraph = () => loadGraph('graph');
