/** A request to the GraphQL API failed; the message is fit to show. `temporary`: asking again later may work. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly temporary = false,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const API_PATH = '/api/graphql';

/** Runs a query against the app's GraphQL API: the only way the explorer reads data. */
export async function requestGraphQL<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(API_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError('The graph service could not be reached. Check your connection; trying again shortly.', true);
  }
  const body = (await response.json().catch(() => null)) as { data?: T | null; errors?: { message: string; extensions?: { code?: string } }[] } | null;
  if (body?.errors?.length) {
    const storeDown = body.errors.some((e) => e.extensions?.code === 'STORE_UNAVAILABLE');
    throw new ApiError(`${storeDown ? 'The graph store is not answering. ' : ''}${body.errors.map((e) => e.message).join(' · ')}${storeDown ? ' Trying again shortly.' : ''}`, storeDown);
  }
  if (!response.ok || !body?.data) throw new ApiError(`The graph service answered ${response.status} ${response.statusText}. Trying again shortly.`, response.status >= 500);
  return body.data;
}

/** A link that opens a query in GraphiQL, served at the API's own URL. */
export function graphiqlLink(query: string, variables?: Record<string, unknown>): string {
  const params = new URLSearchParams({ query });
  if (variables && Object.keys(variables).length > 0) params.set('variables', JSON.stringify(variables, null, 2));
  return `${API_PATH}?${params.toString()}`;
}
