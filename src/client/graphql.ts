import { initGraphQLTada } from 'gql.tada';
import type { introspection } from './graphql-env.d.ts';

/**
 * Every GraphQL document the app sends is written with this tag: its result and variables are
 * typed from schema.graphql (through graphql-env.d.ts, which `npm run schema:print` regenerates),
 * and `npm test` checks each document against the schema.
 */
export const graphql = initGraphQLTada<{ introspection: introspection; disableMasking: true }>();

export { readFragment, type FragmentOf, type ResultOf, type VariablesOf } from 'gql.tada';
