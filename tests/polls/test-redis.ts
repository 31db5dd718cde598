import { inject } from 'vitest';

const provided = inject('redis');

/** Why this run has no Redis, or null; each file that skips for it says so. */
export const redisSkipReason = 'skip' in provided ? provided.skip : null;

/**
 * The run's Redis, on a database of each test file's own (0–15), so files running at once
 * never see one another's polls or open-poll counts.
 */
export function redisUrl(database: number): string {
  if ('skip' in provided) throw new Error(provided.skip);
  return `${provided.url}/${database}`;
}
