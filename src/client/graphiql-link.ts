import { API_PATH } from './client';

/** A link that opens a query in GraphiQL, served at the API's own URL. */
export function graphiqlLink(query: string, variables?: Record<string, unknown>): string {
  const params = new URLSearchParams({ query });
  if (variables && Object.keys(variables).length > 0) params.set('variables', JSON.stringify(variables, null, 2));
  return `${API_PATH}?${params.toString()}`;
}
