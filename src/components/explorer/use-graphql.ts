'use client';

import { useEffect, useState } from 'react';
import { requestGraphQL } from './graph-api';

/** A request's state; while a new result loads, `previous` keeps the last one on screen. */
export type Request<T> =
  | { status: 'idle' }
  | { status: 'loading'; previous?: T }
  | { status: 'error'; message: string }
  | { status: 'done'; data: T };

/**
 * Runs a query whenever its variables change (null skips it), cancelling the previous one,
 * and reports loading, error and result so every view can show each state.
 */
export function useGraphQL<T>(query: string, variables: Record<string, unknown> | null): Request<T> {
  const [state, setState] = useState<Request<T>>({ status: 'idle' });
  const key = variables === null ? null : JSON.stringify(variables);
  useEffect(() => {
    if (key === null) {
      setState({ status: 'idle' });
      return;
    }
    const controller = new AbortController();
    setState((current) => ({ status: 'loading', previous: current.status === 'done' ? current.data : current.status === 'loading' ? current.previous : undefined }));
    requestGraphQL<T>(query, JSON.parse(key) as Record<string, unknown>, controller.signal).then(
      (data) => setState({ status: 'done', data }),
      (error: Error) => {
        if (error.name !== 'AbortError') setState({ status: 'error', message: error.message });
      },
    );
    return () => controller.abort();
  }, [query, key]);
  return state;
}
