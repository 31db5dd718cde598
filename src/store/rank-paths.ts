import { assessChain, compareChainSupport, compareText } from '../domain';
import type { CausalPath } from './store';

/**
 * The order both stores return paths in, best supported first:
 * 1. fewest joins no passage attests (a chain a source states in one breath, or a single
 *    stated hop, before one the graph stitches together at a shared concept);
 * 2. the weakest hop's support: more distinct sources, then stronger evidence kinds;
 * 3. fewest hops; 4. more quotes per hop; 5. the ids along the way, so the order is total.
 */
export function rankPaths(paths: readonly CausalPath[]): CausalPath[] {
  return paths
    .map((path) => ({ path, edges: path.edges, assessment: assessChain(path.edges), key: pathKey(path) }))
    .sort((a, b) => compareChainSupport(a, b) || evidencePerHop(b.path) - evidencePerHop(a.path) || compareText(a.key, b.key))
    .map(({ path }) => path);
}

function evidencePerHop(path: CausalPath): number {
  return path.edges.reduce((sum, edge) => sum + edge.evidence.length, 0) / Math.max(1, path.edges.length);
}

function pathKey(path: CausalPath): string {
  return path.edges.map((edge) => edge.id).join(' ');
}
