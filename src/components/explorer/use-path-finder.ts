'use client';

import { useState } from 'react';
import type { MapNode } from '../../map/model';
import { useApiQuery } from '../../client/use-api-query';
import { PATH_QUERY } from './queries';
import type { ViewState } from './view-state';

/**
 * The path finder's state: its ends live in the view (so in the link), which of the found paths
 * is shown does not. Chosen ends are remembered by name, as they may not be on the map.
 */
export function usePathFinder(view: ViewState, update: (patch: Partial<ViewState>) => void) {
  const [chosen, setChosen] = useState(0);
  const [ends, setEnds] = useState<Record<string, MapNode>>({});
  const request = useApiQuery(PATH_QUERY, view.pathFrom && view.pathTo ? { from: view.pathFrom, to: view.pathTo } : null);
  const paths = request.status === 'done' ? request.data.paths : [];
  const chooseEnd = (end: 'pathFrom' | 'pathTo') => (concept: MapNode) => {
    setEnds((known) => ({ ...known, [concept.id]: concept }));
    setChosen(0);
    update({ [end]: concept.id });
  };
  return { request, path: paths[chosen] ?? paths[0] ?? null, chosen, setChosen, ends, chooseEnd };
}
