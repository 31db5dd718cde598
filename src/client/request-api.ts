import type { AnyVariables, OperationResult, TypedDocumentNode } from '@urql/core';
import { apiErrorFrom } from './api-error';
import { apiClient } from './client';

function dataOf<Data>(result: OperationResult<Data>): Data {
  if (result.data && !result.error) return result.data;
  throw apiErrorFrom(result.error);
}

/**
 * Asks one query and settles with its data, or with an ApiError fit to show. Aborting the
 * signal tears the operation down (cancelling the request) and rejects with an AbortError.
 */
export function requestApi<Data, Variables extends AnyVariables>(document: TypedDocumentNode<Data, Variables> | string, variables: Variables, signal?: AbortSignal): Promise<Data> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const operation = apiClient()
      .query(document, variables)
      .subscribe((result) => {
        if (settled) return;
        settled = true;
        signal?.removeEventListener('abort', abort);
        // a cached answer arrives before `operation` is assigned: stop it once this call returns
        queueMicrotask(() => operation.unsubscribe());
        try {
          resolve(dataOf(result));
        } catch (error) {
          reject(error);
        }
      });
    function abort() {
      if (settled) return;
      settled = true;
      operation.unsubscribe();
      reject(new DOMException('The request was superseded.', 'AbortError'));
    }
    signal?.addEventListener('abort', abort, { once: true });
  });
}

/** Sends one mutation; settles with its data, or with an ApiError fit to show. */
export async function mutateApi<Data, Variables extends AnyVariables>(document: TypedDocumentNode<Data, Variables>, variables: Variables): Promise<Data> {
  return dataOf(await apiClient().mutation(document, variables).toPromise());
}
