import type { ComplexityErrorFn } from '@pothos/plugin-complexity';
import { createGraphQLError } from 'graphql-yoga';

/**
 * The static cost of a query counts how many items its lists may return: a field costs 1, and
 * what is selected under a list costs as many times over as the list is expected to hold. Lists
 * whose size an argument sets (`first`) use that argument; every other list (a concept's
 * relations, a relation's evidence) counts as `listMultiplier` items. Nesting lists therefore
 * multiplies the cost, which is what it multiplies on the server.
 */
export const QUERY_COST = {
  field: 1,
  /** Most lists (a relation's evidence, a concept's causes) hold a few items, none more than a few dozen. */
  listMultiplier: 10,
  /**
   * A concept's relations, as a query walking relations { to { relations … } } meets them: a
   * concept has about four on average, but a walk reaches the hubs (50 and 61 relations) often,
   * so each level multiplies the work by about sixteen.
   */
  relationMultiplier: 16,
  /** What a whole subgraph (a neighbourhood, the red flags, a tour's step) is counted as holding. */
  subgraphMultiplier: 50,
  /** Enough for every query the app and the cookbook send, with room; far below what four nested relation lists cost. */
  maxComplexity: 25_000,
} as const;

/** A list sized by its `first` argument (or its default). */
export function costPerItem(args: { first?: number | null }) {
  return { field: QUERY_COST.field, multiplier: Math.max(1, args.first ?? 1) };
}

export const complexityError: ComplexityErrorFn = (kind, result) =>
  createGraphQLError(
    `Query cost ${result.complexity} exceeds the limit of ${QUERY_COST.maxComplexity}: every list multiplies the cost of what is selected under it. Select fewer nested lists, or ask for fewer items (first).`,
    { extensions: { code: 'QUERY_TOO_COSTLY', kind } },
  );

/** A list inside a page whose size was already counted on the field that took `first`. */
export const PAGE_ITEM_COST = { field: QUERY_COST.field, multiplier: 1 };

/** The nodes or edges of a subgraph: up to the whole graph within the depth asked for. */
export const SUBGRAPH_COST = { field: QUERY_COST.field, multiplier: QUERY_COST.subgraphMultiplier };

/** A concept's relations, walked by a nested query. */
export const RELATIONS_COST = { field: QUERY_COST.field, multiplier: QUERY_COST.relationMultiplier };
