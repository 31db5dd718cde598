import { CombinedError } from '@urql/core';
import { describe, expect, it } from 'vitest';
import { apiErrorFrom } from '../../src/client/api-error';

describe('the message a failed request shows', () => {
  it('says the store is not answering, with the API’s message, and marks it worth retrying', () => {
    const error = apiErrorFrom(new CombinedError({ graphQLErrors: [{ message: 'The graph store did not answer.', extensions: { code: 'STORE_UNAVAILABLE' } }] }));
    expect(error.message).toBe('The graph store is not answering. The graph store did not answer. Trying again shortly.');
    expect(error.temporary).toBe(true);
  });

  it('shows the API’s own messages for a bad request, joined, and does not retry it', () => {
    const error = apiErrorFrom(
      new CombinedError({
        graphQLErrors: [
          { message: 'No concept is called “ice cube”.', extensions: { code: 'BAD_USER_INPUT' } },
          { message: 'Did you mean “ice”?', extensions: { code: 'BAD_USER_INPUT' } },
        ],
      }),
    );
    expect(error.message).toBe('No concept is called “ice cube”. · Did you mean “ice”?');
    expect(error.temporary).toBe(false);
  });

  it('says the service could not be reached when no answer came, and retries', () => {
    const error = apiErrorFrom(new CombinedError({ networkError: new TypeError('Failed to fetch') }));
    expect(error.message).toBe('The graph service could not be reached. Check your connection; trying again shortly.');
    expect(error.temporary).toBe(true);
  });

  it('names the HTTP status of an answer that is not GraphQL, retrying server errors only', () => {
    const gateway = apiErrorFrom(new CombinedError({ networkError: new Error('Bad Gateway'), response: { status: 502, statusText: 'Bad Gateway' } }));
    expect(gateway.message).toBe('The graph service answered 502 Bad Gateway. Trying again shortly.');
    expect(gateway.temporary).toBe(true);
    expect(apiErrorFrom(new CombinedError({ networkError: new Error('Not Found'), response: { status: 404, statusText: 'Not Found' } })).temporary).toBe(false);
  });
});
