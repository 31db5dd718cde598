import { API_PATH } from '../graphql/http/api-path';

/** A link that opens GraphiQL, served at the API's own URL: with a query filled in, or with its example. */
export function graphiqlLink(query?: string, variables?: Record<string, unknown>): string {
  if (query === undefined) return API_PATH;
  const params = new URLSearchParams({ query });
  if (variables && Object.keys(variables).length > 0) params.set('variables', JSON.stringify(variables, null, 2));
  return `${API_PATH}?${params.toString()}`;
}
