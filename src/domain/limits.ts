/**
 * The bounds every layer enforces, so a single query can never ask a store for an
 * unbounded amount of work. The API reports them to clients by these names.
 */
export const LIMITS = {
  /** Hops out from the focus concepts in a neighbourhood. */
  maxDepth: 3,
  /** Relations in one causal path. */
  maxHops: 6,
  /** Paths returned for one pair of concepts. */
  maxPaths: 50,
  /** Results in one page or one search. */
  maxPageSize: 100,
  /** Focus ids in one neighbourhood request. */
  maxIds: 100,
  /** Findings in one case analysis: a case worth teaching from names a handful. */
  maxFindings: 12,
  /** Characters in a search text. */
  maxSearchLength: 100,
} as const;
