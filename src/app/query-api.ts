import 'server-only';
import { GRAPHQL_ENDPOINT } from '../graphql/yoga';
import { getProcessServer } from '../server';

/**
 * Server components read the graph through the same GraphQL API as every other client,
 * in-process, so the UI never reaches around the API to the store.
 */
export async function queryApi<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const { yoga } = await getProcessServer();
  const response = await yoga.fetch(`http://spasm-atlas.internal${GRAPHQL_ENDPOINT}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  const result = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (result.errors?.length || !result.data) {
    throw new Error(`The graph API answered with errors: ${result.errors?.map((e) => e.message).join('; ') ?? response.statusText}`);
  }
  return result.data;
}
