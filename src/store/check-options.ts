import { InvalidInputError, LIMITS } from '../domain';
import { normalizeSearchText } from './search-index';
import type { NeighborhoodOptions, PathOptions, UpstreamOptions } from './store';

/**
 * Argument checks every adapter runs before touching data, so both stores refuse the same
 * requests with the same messages.
 */
export function checkDepth(options: NeighborhoodOptions): number {
  return checkWhole('depth', options.depth, 0, LIMITS.maxDepth);
}

export function checkIds(ids: readonly string[]): readonly string[] {
  if (ids.length > LIMITS.maxIds) {
    throw new InvalidInputError(`at most ${LIMITS.maxIds} ids may be given at once; got ${ids.length}`, 'ids');
  }
  return ids;
}

export function checkPathOptions(options: PathOptions): { maxHops: number; limit: number } {
  return {
    maxHops: checkWhole('maxHops', options.maxHops, 1, LIMITS.maxHops),
    limit: checkWhole('limit', options.limit ?? 10, 1, LIMITS.maxPaths),
  };
}

export function checkUpstreamOptions(ids: readonly string[], options: UpstreamOptions): { ids: readonly string[]; maxHops: number } {
  return { ids: checkIds(ids), maxHops: checkWhole('maxHops', options.maxHops, 1, LIMITS.maxHops) };
}

export function checkPageSize(field: string, value: number): number {
  return checkWhole(field, value, 0, LIMITS.maxPageSize);
}

/** The normalized query, refusing empty and over-long texts. */
export function checkSearchText(text: string): string {
  const query = normalizeSearchText(text);
  if (query.length === 0) throw new InvalidInputError('search text is empty: type at least one letter or digit', 'text');
  if (text.length > LIMITS.maxSearchLength) {
    throw new InvalidInputError(`search text is ${text.length} characters; the limit is ${LIMITS.maxSearchLength}`, 'text');
  }
  return query;
}

/** The value, if it is a whole number within [min, max]; otherwise an error naming `field`. */
export function checkWhole(field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new InvalidInputError(`${field} must be a whole number from ${min} to ${max}; got ${value}`, field);
  }
  return value;
}
