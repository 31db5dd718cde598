import type { CombinedError } from '@urql/core';

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

/** What went wrong, in words a clinician can act on: the API's own messages, the store down, or the network gone. */
export function apiErrorFrom(error: CombinedError | undefined): ApiError {
  if (error && error.graphQLErrors.length > 0) {
    const storeDown = error.graphQLErrors.some((e) => e.extensions?.code === 'STORE_UNAVAILABLE');
    const messages = error.graphQLErrors.map((e) => e.message).join(' · ');
    return new ApiError(`${storeDown ? 'The graph store is not answering. ' : ''}${messages}${storeDown ? ' Trying again shortly.' : ''}`, storeDown);
  }
  const answered = error?.response as { status: number; statusText: string } | undefined;
  if (!answered) return new ApiError('The graph service could not be reached. Check your connection; trying again shortly.', true);
  return new ApiError(`The graph service answered ${answered.status} ${answered.statusText}. Trying again shortly.`, answered.status >= 500);
}
