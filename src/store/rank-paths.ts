import { compareText } from '../domain';
import type { CausalPath } from './store';

/**
 * Fewest hops first; among equals, the better-evidenced path (more quotes per hop) first;
 * then by the ids along the way, so every store returns the same order.
 */
export function comparePaths(a: CausalPath, b: CausalPath): number {
  return (
    a.edges.length - b.edges.length ||
    evidencePerHop(b) - evidencePerHop(a) ||
    compareText(pathKey(a), pathKey(b))
  );
}

function evidencePerHop(path: CausalPath): number {
  return path.edges.reduce((sum, edge) => sum + edge.evidence.length, 0) / Math.max(1, path.edges.length);
}

function pathKey(path: CausalPath): string {
  return path.edges.map((edge) => edge.id).join(' ');
}
