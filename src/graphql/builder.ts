import SchemaBuilder from '@pothos/core';
import type { GraphQLContext } from './context';

export const builder = new SchemaBuilder<{
  Context: GraphQLContext;
  DefaultFieldNullability: false;
}>({
  defaultFieldNullability: false,
});

builder.queryType({ description: 'Entry points for exploring the back-spasm knowledge graph.' });
builder.mutationType({ description: 'Changes to server state: class polls. The graph itself is edited in graph/, never through the API.' });
builder.subscriptionType({ description: 'Live updates, served as server-sent events (text/event-stream) at the same endpoint.' });
