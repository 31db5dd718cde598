'use client';

import { useEffect, useRef, useState } from 'react';
import { ApiError, requestGraphQL } from './graph-api';

/** How long to wait before asking again after a temporary failure (the store down, the network gone). */
const RETRY_MS = 5_000;

/** A request's state; while a new result loads, `previous` keeps the last one on screen. */
export type Request<T> =
  | { status: 'idle' }
  | { status: 'loading'; previous?: T }
  | { status: 'error'; message: string }
  | { status: 'done'; data: T };

/**
 * Runs a query whenever its variables change (null skips it), cancelling the previous one,
 * and reports loading, error and result so every view can show each state. A temporary
 * failure is shown and the query asked again every few seconds, so the view recovers by
 * itself when the store is back. `initial`, the answer for the first variables when the server
 * already has it, is shown at once instead of being asked for again.
 */
export function useGraphQL<T>(query: string, variables: Record<string, unknown> | null, initial?: T): Request<T> {
  const [state, setState] = useState<Request<T>>(initial === undefined ? { status: 'idle' } : { status: 'done', data: initial });
  const key = variables === null ? null : JSON.stringify(variables);
  const answered = useRef(initial === undefined ? null : key);
  useEffect(() => {
    if (key !== null && key === answered.current) return;
    answered.current = null;
    if (key === null) {
      setState({ status: 'idle' });
      return;
    }
    const controller = new AbortController();
    let retry: ReturnType<typeof setTimeout> | undefined;
    setState((current) => ({ status: 'loading', previous: current.status === 'done' ? current.data : current.status === 'loading' ? current.previous : undefined }));
    const run = () =>
      requestGraphQL<T>(query, JSON.parse(key) as Record<string, unknown>, controller.signal).then(
        (data) => setState({ status: 'done', data }),
        (error: Error) => {
          if (error.name === 'AbortError') return;
          setState({ status: 'error', message: error.message });
          if (error instanceof ApiError && error.temporary) retry = setTimeout(run, RETRY_MS);
        },
      );
    void run();
    return () => {
      controller.abort();
      clearTimeout(retry);
    };
  }, [query, key]);
  return state;
}
