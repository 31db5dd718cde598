'use client';

import { useCallback, useEffect, useMemo, useState } from 'react';
import { useApiQuery } from '../../client/use-api-query';
import { NAMED_QUERY } from './queries';
import { idsNamedBy, parseViewState, serializeViewState, type ViewState } from './view-state';

/**
 * The explorer's view state, read from the link it was opened with. The view as the link named it
 * is kept apart, so what the link named that the graph no longer has can be told to the reader.
 */
export function useViewState(initialSearch: string) {
  const [view, setView] = useState<ViewState>(() => parseViewState(initialSearch));
  const [linkedView] = useState(view);
  const update = useCallback((patch: Partial<ViewState>) => setView((current) => ({ ...current, ...patch })), []);
  const named = useApiQuery(NAMED_QUERY, { ids: idsNamedBy(linkedView) });

  const linkProblems = useMemo(() => {
    if (named.status !== 'done') return [];
    const problems: string[] = [];
    if (linkedView.version && linkedView.version !== named.data.stats.version) {
      problems.push(`This link was made for graph version ${linkedView.version}; the graph has changed since (now ${named.data.stats.version}). The map shows the current graph.`);
    }
    const found = new Set(named.data.named.nodes.map((n) => n.id));
    const missing = idsNamedBy(linkedView).filter((id) => !found.has(id));
    if (missing.length > 0) problems.push(`The link names concepts that are not in the graph (renamed or removed): ${missing.join(', ')}.`);
    return problems;
  }, [named, linkedView]);

  return { view, linkedView, update, linkProblems };
}

/**
 * Keeps the address bar on the current view, so a copied link reopens it. Only once the graph's
 * version is known: a link carries it, so an old link can say the graph has changed.
 */
export function useViewInUrl(view: ViewState, version: string | null) {
  useEffect(() => {
    if (!version) return;
    const search = serializeViewState({ ...view, version });
    if (search !== window.location.search) window.history.replaceState(null, '', `${window.location.pathname}${search}`);
  }, [view, version]);
}
