import { expect } from 'vitest';
import { assessChain } from '../../src/domain';
import type { CausalPath } from '../../src/store';
import type { StatedChain } from './stated-chains';

/** One of the paths runs through the station the passage names, and every join of it is that passage. */
export function expectStatedChainAmongTopPaths(chain: StatedChain, paths: readonly CausalPath[]) {
  const attested = paths.find((path) => {
    const { links } = assessChain(path.edges);
    return path.nodes.some((node) => node.id === chain.via) && links.length > 0 && links.every((link) => link?.passage === chain.passage);
  });
  expect(attested, `top paths: ${paths.map((path) => path.nodes.map((node) => node.id).join(' > ')).join(' | ')}`).toBeDefined();
  expect(attested!.edges.flatMap((edge) => edge.evidence.filter((item) => item.passage === chain.passage).map((item) => item.source.slice(0, 3)))).toContain(chain.source);
}
