import { createHash } from 'node:crypto';
import type { KnowledgeGraph } from '../domain';

/**
 * A short content hash: the same graph/ always gives the same version, any change a new one.
 * The hash is of the graph's JSON, fed to it an entry at a time: a large graph's JSON written
 * out whole is a string of hundreds of megabytes.
 */
export function graphVersion(graph: KnowledgeGraph): string {
  const hash = createHash('sha256');
  let separator = '{';
  for (const [key, value] of Object.entries(graph)) {
    hash.update(`${separator}${JSON.stringify(key)}:`);
    separator = ',';
    if (!Array.isArray(value)) {
      hash.update(JSON.stringify(value));
      continue;
    }
    hash.update('[');
    value.forEach((item, index) => hash.update(index === 0 ? JSON.stringify(item) : `,${JSON.stringify(item)}`));
    hash.update(']');
  }
  hash.update(separator === '{' ? '{}' : '}');
  return hash.digest('hex').slice(0, 12);
}
