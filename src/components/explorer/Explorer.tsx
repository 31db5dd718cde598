'use client';

import { useMemo, useRef, useState } from 'react';
import type { ConceptMapHandle } from '../map/ConceptMap';
import { MapView } from '../map/MapView';
import type { ResultOf } from '../../client/graphql';
import { useApiQuery } from '../../client/use-api-query';
import { useCaseAnalysis } from './use-case-analysis';
import { ExplorerNotices, MapStatus } from './ExplorerNotices';
import { ExplorerHeader } from './ExplorerHeader';
import { ExplorerSidebar } from './ExplorerSidebar';
import type { Drawer } from './ExplorerToolbar';
import { FiltersDrawer } from './FiltersDrawer';
import { mapAnnouncement, mapLabel } from './map-words';
import { MAP_QUERY, mapVariables } from './queries';
import { useDrawnQuery, type DrawnQuery } from './use-drawn-query';
import { useExplorerMap } from './use-explorer-map';
import { useExports } from './use-exports';
import { usePathFinder } from './use-path-finder';
import { useViewInUrl, useViewState } from './use-view-state';
import { selectedValue } from './view-state';

/**
 * The explorer: search, filters, the map, the details, the path finder and the outline, all in
 * one view state kept in the URL. `initialMap` is the first view's map, read by the server.
 */
export function Explorer({ initialSearch, initialMap }: { initialSearch: string; initialMap?: ResultOf<typeof MAP_QUERY> }) {
  const { view, linkedView, update, linkProblems } = useViewState(initialSearch);
  const [notice, setNotice] = useState<string | null>(null);
  const [custom, setCustom] = useDrawnQuery(linkedView.drawn, setNotice);
  const [spotlight, setSpotlight] = useState(false);
  const [drawer, setDrawer] = useState<Drawer>(null);
  const map = useRef<ConceptMapHandle>(null);
  const exports = useExports(map, setNotice);

  const variables = useMemo(() => mapVariables(view), [view]);
  const mapRequest = useApiQuery(MAP_QUERY, variables, initialMap);
  const pathFinder = usePathFinder(view, update);
  const { path } = pathFinder;
  const caseMode = useCaseAnalysis(view.case);
  const { analysis: caseAnalysis } = caseMode;
  const mapResult = mapRequest.status === 'done' ? mapRequest.data : mapRequest.status === 'loading' ? mapRequest.previous : undefined;
  useViewInUrl(view, mapResult?.stats.version ?? null);

  // a case's map has no focus: explanations stand on the left, the findings they lead to on the right
  const focus = custom || caseAnalysis ? null : view.focus;
  const kept = useMemo(() => [...view.expanded, ...(view.selected ? [view.selected] : [])], [view.expanded, view.selected]);
  const drawn = useExplorerMap({ mapResult, custom: custom?.data ?? null, customQuery: custom?.query ?? null, caseMap: custom ? null : caseMode.map, focus, path, kept, selected: view.selected, spotlight, titles: view.layout === 'layered' });
  const { data, layout } = drawn;

  const draw = (query: DrawnQuery | null) => {
    setCustom(query);
    update({ drawn: query?.query ?? null });
  };
  const focusOn = (id: string) => {
    setCustom(null);
    setSpotlight(true);
    drawn.forgetLane();
    update({ focus: id, selected: id, drawn: null });
  };
  const nodeName = (id: string | null) => (id ? (pathFinder.ends[id] ?? data.nodes.find((n) => n.id === id) ?? (path?.nodes.find((n) => n.id === id) || null)) : null);

  const focusName = focus ? (nodeName(focus)?.name ?? focus) : null;
  const words = { layout, focusName, custom: Boolean(custom), caseAnalysis };
  const announcement = mapRequest.status === 'done' || custom || caseAnalysis ? mapAnnouncement(words) : '';

  return (
    <div className="explorer">
      <a className="skip-link" href="#outline">
        Skip to the outline of the map
      </a>
      <ExplorerHeader onFocus={focusOn} drawer={drawer} onDrawer={setDrawer} variables={variables} onDraw={(data, query) => draw({ data, query })} exports={exports} />
      <p className="visually-hidden" aria-live="polite" data-testid="announcer">
        {announcement}
      </p>
      <ExplorerNotices
        notice={notice}
        onDismiss={() => setNotice(null)}
        linkProblems={linkProblems}
        drawn={Boolean(custom)}
        onBack={() => draw(null)}
      />
      <div className="explorer-body">
        <FiltersDrawer view={view} onChange={update} open={drawer === 'filters'} onClose={() => setDrawer(null)} />
        <main className="map-area" aria-busy={!custom && (mapRequest.status === 'loading' || pathFinder.request.status === 'loading')}>
          <MapStatus
            request={mapRequest.status}
            problem={mapRequest.status === 'error' && !custom ? mapRequest.message : undefined}
            shown={Boolean(mapResult || custom)}
            empty={data.nodes.length === 0}
          />
          <MapView
            ref={map}
            plan={drawn.plan}
            unmeasured={drawn.unmeasured}
            layout={view.layout}
            label={mapLabel(words)}
            frameOn={drawn.frameOn}
            onResize={drawn.setMapSize}
            onLane={drawn.laneControl}
            onSelect={(selection) => {
              setSpotlight(false);
              update({ selected: selectedValue(selection) });
              if (selection) setDrawer((current) => (current === 'filters' ? null : 'panel'));
            }}
          />
        </main>
        <ExplorerSidebar
          view={view}
          update={update}
          open={drawer === 'panel'}
          caseMode={caseMode}
          onCase={(findings) => {
            caseMode.setChosen(0);
            setCustom(null);
            update({ case: findings, drawn: null });
          }}
          pathFinder={pathFinder}
          nodeName={nodeName}
          data={data}
          focus={focus}
          onFocus={focusOn}
        />
      </div>
    </div>
  );
}
