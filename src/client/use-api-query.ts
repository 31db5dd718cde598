'use client';

import { useEffect, useRef, useState } from 'react';
import type { AnyVariables, TypedDocumentNode } from '@urql/core';
import { apiErrorFrom } from './api-error';
import { apiClient } from './client';

/** How long to wait before asking again after a temporary failure (the store down, the network gone). */
const RETRY_MS = 5_000;

/** A request's state; while a new result loads, `previous` keeps the last one on screen. */
export type Request<T> =
  | { status: 'idle' }
  | { status: 'loading'; previous?: T }
  | { status: 'error'; message: string }
  | { status: 'done'; data: T };

/**
 * Runs a query whenever its variables change (null skips it), tearing down the previous one
 * (which aborts its request), and reports loading, error and result so every view can show
 * each state. A temporary failure is shown and the query asked again every few seconds, so the
 * view recovers by itself when the store is back. Answers come from the client's document cache
 * when the same query was asked before. `initial`, the answer for the first variables when the
 * server already read it, is shown at once instead of being asked for again.
 */
export function useApiQuery<Data, Variables extends AnyVariables>(document: TypedDocumentNode<Data, Variables>, variables: Variables | null, initial?: Data): Request<Data> {
  const [state, setState] = useState<Request<Data>>(initial === undefined ? { status: 'idle' } : { status: 'done', data: initial });
  const key = variables === null ? null : JSON.stringify(variables);
  const answered = useRef(initial === undefined ? null : key);
  useEffect(() => {
    if (key !== null && key === answered.current) return;
    answered.current = null;
    if (key === null) {
      setState({ status: 'idle' });
      return;
    }
    let retry: ReturnType<typeof setTimeout> | undefined;
    let running: { unsubscribe(): void } | undefined;
    setState((current) => ({ status: 'loading', previous: current.status === 'done' ? current.data : current.status === 'loading' ? current.previous : undefined }));
    const run = (requestPolicy: 'cache-first' | 'network-only') => {
      running?.unsubscribe();
      running = apiClient()
        .query(document, JSON.parse(key) as Variables, { requestPolicy })
        .subscribe((result) => {
          if (result.data && !result.error) return setState({ status: 'done', data: result.data });
          const error = apiErrorFrom(result.error);
          setState({ status: 'error', message: error.message });
          if (error.temporary) retry = setTimeout(() => run('network-only'), RETRY_MS);
        });
    };
    run('cache-first');
    return () => {
      running?.unsubscribe();
      clearTimeout(retry);
    };
  }, [document, key]);
  return state;
}
