import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import type { GraphQLContext } from './context';
import { complexityError, QUERY_COST } from './query-cost';

export const builder = new SchemaBuilder<{
  Context: GraphQLContext;
  DefaultFieldNullability: false;
}>({
  plugins: [ComplexityPlugin],
  defaultFieldNullability: false,
  complexity: {
    defaultComplexity: QUERY_COST.field,
    defaultListMultiplier: QUERY_COST.listMultiplier,
    limit: { complexity: QUERY_COST.maxComplexity },
    complexityError,
  },
});

builder.queryType({ description: 'Entry points for exploring the back-spasm knowledge graph.' });
builder.mutationType({ description: 'Changes to server state: class polls. The graph itself is edited in graph/, never through the API.' });
builder.subscriptionType({ description: 'Live updates, served as server-sent events (text/event-stream) at the same endpoint.' });
