'use client';

import { useEffect, useState } from 'react';
import type { MapData } from '../../map/model';
import { graphInResult } from './result-graph';

/** A pasted query's result the map draws instead of the explorer's view, and the query as typed. */
export type DrawnQuery = { data: MapData; query: string };

/**
 * The drawn query, if any. A drawn query lives in the URL: opening such a link draws its result
 * again; `onError` (a stable callback, such as a state setter) tells the reader when it cannot.
 */
export function useDrawnQuery(linkedQuery: string | null, onError: (message: string) => void) {
  const [drawn, setDrawn] = useState<DrawnQuery | null>(null);
  useEffect(() => {
    if (!linkedQuery) return;
    // the pasted query is kept as typed; it is widened to what the map draws each time it runs
    import('./drawable-query')
      .then(({ runDrawable }) => runDrawable(linkedQuery))
      .then(
        (result) => setDrawn({ data: graphInResult(result), query: linkedQuery }),
        (error: Error) => onError(`The query in this link could not be drawn: ${error.message}`),
      );
  }, [linkedQuery, onError]);
  return [drawn, setDrawn] as const;
}
