/**
 * The one address of the GraphQL API (and of GraphiQL, which yoga serves at the same URL to a
 * browser). Next's route folder, src/app/api/graphql, is this path spelt as folders.
 */
export const API_PATH = '/api/graphql';
