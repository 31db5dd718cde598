import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';

/**
 * Bounds on the shape of a query, checked before anything runs; together with the argument
 * limits in LIMITS (page size, depth, hops) and the cost in QUERY_COST they keep one request
 * from costing unbounded work.
 * Each rejection names the limit and the value found.
 */
export const QUERY_LIMITS = {
  /** Nesting of selections: enough for paths → edges → evidence → source, and a little more. */
  maxDepth: 12,
  /** Aliased fields in one operation: the explorer's index uses one per kind. */
  maxAliases: 30,
  /** Lexical tokens in one document. */
  maxTokens: 3000,
  /** Directives in one operation. */
  maxDirectives: 20,
} as const;

export function queryLimitPlugins() {
  return [
    maxTokensPlugin({ n: QUERY_LIMITS.maxTokens, exposeLimits: true }),
    maxDepthPlugin({ n: QUERY_LIMITS.maxDepth, exposeLimits: true, flattenFragments: true }),
    maxAliasesPlugin({ n: QUERY_LIMITS.maxAliases, exposeLimits: true }),
    maxDirectivesPlugin({ n: QUERY_LIMITS.maxDirectives, exposeLimits: true }),
  ];
}
