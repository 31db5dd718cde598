import { describe, expect, it } from 'vitest';
import { assessChain } from '../../src/domain';
import { loadGraph } from '../../src/graph';
import { EmbeddedStore } from '../../src/store/embedded/embedded-store';
import { expectStatedChainAmongTopPaths } from './expect-stated-chain';
import { STATED_CHAINS } from './stated-chains';

const graph = loadGraph('graph');
const store = new EmbeddedStore(graph);

describe('chains the sources state in one passage', () => {
  it('number at least twenty-five, each marked in graph/ by its passage id', () => {
    expect(STATED_CHAINS.length).toBeGreaterThanOrEqual(25);
    const passages = new Set(graph.relations.flatMap((relation) => relation.evidence.map((item) => item.passage)));
    expect(STATED_CHAINS.filter((chain) => !passages.has(chain.passage))).toEqual([]);
  });

  it.each(STATED_CHAINS.map((c) => [`${c.from} → ${c.via} → ${c.to}`, c] as const))('%s comes out among the top three paths, attested', async (_name, chain) => {
    expectStatedChainAmongTopPaths(chain, await store.paths(chain.from, chain.to, { maxHops: 6, limit: 3 }));
  });
});

describe('chains the graph stitches together', () => {
  it('no longer join a muscle strain to sciatica through one generic inflammation', async () => {
    const paths = await store.paths('heavy-lifting', 'sciatica', { maxHops: 6, limit: 50 });
    const summaries = paths.map((path) => path.nodes.map((node) => node.id).join(' > '));
    expect(summaries.filter((summary) => summary.includes('inflammation > sciatica') && !summary.includes('nerve-inflammation > sciatica'))).toEqual([]);
    expect(summaries.filter((summary) => summary.includes('muscle-strain > nerve-inflammation'))).toEqual([]);
  });

  it('are ranked below a stated chain of the same ends, and called inferred', async () => {
    const [first, ...rest] = await store.paths('poor-posture', 'back-spasm', { maxHops: 4, limit: 10 });
    expect(assessChain(first!.edges).strength).toBe('attested');
    const inferred = rest.filter((path) => assessChain(path.edges).strength === 'inferred');
    expect(inferred.length).toBeGreaterThan(0);
    expect(rest.indexOf(inferred[0]!)).toBeGreaterThan(rest.findIndex((path) => assessChain(path.edges).strength === 'attested'));
  });

  it('draw the loops the sources describe: pain → guarding → spasm → pain', async () => {
    const [there] = await store.paths('back-pain', 'back-spasm', { maxHops: 2, limit: 1 });
    const [back] = await store.paths('back-spasm', 'back-pain', { maxHops: 1, limit: 1 });
    expect(there).toBeDefined();
    expect(back!.edges.map((edge) => edge.id)).toEqual(['back-spasm>LEADS_TO>back-pain']);
  });
});
