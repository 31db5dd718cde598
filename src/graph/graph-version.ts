import { createHash } from 'node:crypto';
import type { KnowledgeGraph } from '../domain';

/** A short content hash: the same graph/ always gives the same version, any change a new one. */
export function graphVersion(graph: KnowledgeGraph): string {
  return createHash('sha256').update(JSON.stringify(graph)).digest('hex').slice(0, 12);
}
