import 'server-only';
import { Client, fetchExchange, type AnyVariables, type TypedDocumentNode } from '@urql/core';
import { API_PATH } from '../graphql/http/api-path';
import { getProcessServer } from '../server';

/** The app's own origin as yoga sees an in-process request; nothing listens there. */
const IN_PROCESS_URL = `http://spasm-atlas.internal${API_PATH}`;

/**
 * The GraphQL client of server components: the browser's client and typed documents, with a
 * fetch that hands each request to yoga in this process, so the UI never reaches around the
 * API to the store and no request leaves the process. No cache: each render reads afresh.
 */
const serverClient = new Client({
  url: IN_PROCESS_URL,
  preferGetMethod: false,
  fetch: async (input, init) => (await getProcessServer()).yoga.fetch(new Request(input, init)),
  exchanges: [fetchExchange],
});

/** Runs a typed query in-process; an answer with errors throws, with the API's messages. */
export async function queryApi<Data, Variables extends AnyVariables>(document: TypedDocumentNode<Data, Variables>, variables: Variables): Promise<Data> {
  const result = await serverClient.query(document, variables).toPromise();
  if (result.error || !result.data) {
    throw new Error(`The graph API answered with errors: ${result.error?.graphQLErrors.map((e) => e.message).join('; ') || (result.error?.message ?? 'no data')}`);
  }
  return result.data;
}
