'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ConceptMapHandle } from '../map/ConceptMap';
import { MapView } from '../map/MapView';
import { laneLayout } from '../../map/lane-layout';
import { mergeMapData, type MapData, type MapNode } from '../../map/model';
import { planMap } from '../../map/plan';
import { SCREEN_CLASSES, type MapSize } from '../../map/screen-classes';
import type { ResultOf } from '../../client/graphql';
import type { MapEdgeFragment } from '../../client/fragments';
import { useApiQuery } from '../../client/use-api-query';
import { DetailPanel } from './DetailPanel';
import { FilterPanel } from './FilterPanel';
import { Legend } from './Legend';
import { Outline } from './Outline';
import { PathFinder } from './PathFinder';
import { QueryDialog } from './QueryDialog';
import { SearchBox } from './SearchBox';
import { MAP_QUERY, MAP_QUERY_TEXT, NAMED_QUERY, PATH_QUERY, mapVariables } from './queries';
import { graphInResult } from './result-graph';
import { idsNamedBy, parseViewState, serializeViewState, type ViewState } from './view-state';

/** A part of a map the API sent: its relations' ends and sources are objects. */
type Subgraph = { nodes: MapNode[]; edges: ResultOf<typeof MapEdgeFragment>[] };

/** The map query's answer, as the server reads it for the first view. */
type MapResult = ResultOf<typeof MAP_QUERY>;

function fromApi(subgraph: Subgraph): MapData {
  return {
    nodes: subgraph.nodes.map(({ id, name, kind, urgent }) => ({ id, name, kind, urgent })),
    edges: subgraph.edges.map((edge) => ({
      id: edge.id,
      type: edge.type,
      from: edge.from.id,
      to: edge.to.id,
      evidence: edge.evidence.map((item) => ({ kind: item.kind, source: item.source.id })),
    })),
  };
}

type Selection = { group: 'nodes' | 'edges'; id: string } | null;

/** Until the map reports its size, the explorer's own counts (the map's label, what is announced) are a laptop's. */
const UNMEASURED_MAP = SCREEN_CLASSES.find((plan) => plan.screen === 'wide')!.map;
/** No lane opened: one set for every render, so the lane plan is not made again each time. */
const NO_LANES: ReadonlySet<string> = new Set();

/**
 * The explorer: search, filters, the map, the details, the path finder and the outline, all in
 * one view state kept in the URL. `initialMap` is the first view's map, read by the server.
 */
export function Explorer({ initialSearch, initialMap }: { initialSearch: string; initialMap?: MapResult }) {
  const [view, setView] = useState<ViewState>(() => parseViewState(initialSearch));
  const [linkedView] = useState(view);
  const [custom, setCustom] = useState<{ data: MapData; query: string } | null>(null);
  const [chosenPath, setChosenPath] = useState(0);
  const [spotlight, setSpotlight] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [endpoints, setEndpoints] = useState<Record<string, MapNode>>({});
  const [mapSize, setMapSize] = useState<MapSize | null>(null);
  const [openLanes, setOpenLanes] = useState<{ focus: string | null; lanes: ReadonlySet<string> }>({ focus: view.focus, lanes: new Set() });
  const [drawer, setDrawer] = useState<'filters' | 'panel' | null>(null);
  const [lastLane, setLastLane] = useState<string | null>(null);
  const map = useRef<ConceptMapHandle>(null);

  const update = useCallback((patch: Partial<ViewState>) => setView((current) => ({ ...current, ...patch })), []);

  const variables = useMemo(() => mapVariables(view), [view]);
  const mapRequest = useApiQuery(MAP_QUERY, variables, initialMap);
  const pathRequest = useApiQuery(PATH_QUERY, view.pathFrom && view.pathTo ? { from: view.pathFrom, to: view.pathTo } : null);
  const named = useApiQuery(NAMED_QUERY, { ids: idsNamedBy(linkedView) });

  // A drawn query lives in the URL: opening such a link draws its result again.
  useEffect(() => {
    if (!linkedView.drawn) return;
    const query = linkedView.drawn;
    // the pasted query is kept as typed; it is widened to what the map draws each time it runs
    import('./drawable-query')
      .then(({ runDrawable }) => runDrawable(query))
      .then(
        (result) => setCustom({ data: graphInResult(result), query }),
        (error: Error) => setNotice(`The query in this link could not be drawn: ${error.message}`),
      );
  }, [linkedView.drawn]);

  const mapResult = mapRequest.status === 'done' ? mapRequest.data : mapRequest.status === 'loading' ? mapRequest.previous : undefined;
  const version = mapResult?.stats.version ?? null;
  useEffect(() => {
    if (!version) return;
    const search = serializeViewState({ ...view, version });
    if (search !== window.location.search) window.history.replaceState(null, '', `${window.location.pathname}${search}`);
  }, [view, version]);

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

  const paths = pathRequest.status === 'done' ? pathRequest.data.paths : [];
  const path = paths[chosenPath] ?? paths[0] ?? null;

  const data = useMemo<MapData>(() => {
    if (custom) return custom.data;
    if (!mapResult) return { nodes: [], edges: [] };
    const { focus, expanded, redFlags } = mapResult;
    const redFlagLane = fromApi({ nodes: redFlags, edges: redFlags.flatMap((flag) => flag.relations) });
    return mergeMapData(fromApi(focus), fromApi(expanded), redFlagLane, path ? fromApi(path) : { nodes: [], edges: [] });
  }, [custom, mapResult, path]);

  const neighbourhood = useMemo(() => {
    if (!view.focus) return new Set<string>();
    const ids = new Set([view.focus]);
    for (const edge of data.edges) {
      if (edge.from === view.focus || edge.to === view.focus) ids.add(edge.id).add(edge.from).add(edge.to);
    }
    return ids;
  }, [data, view.focus]);

  const pathIds = useMemo(() => new Set(path ? [...path.nodes.map((n) => n.id), ...path.edges.map((e) => e.id)] : []), [path]);
  const focus = custom ? null : view.focus;
  // "+N more" opens a lane for the current focus only; a new focus starts from its best-supported concepts.
  const open = useMemo(() => (openLanes.focus === focus ? openLanes.lanes : NO_LANES), [openLanes, focus]);
  const pinned = useMemo(() => new Set([...pathIds, ...view.expanded, ...(view.selected ? [view.selected] : [])]), [pathIds, view.expanded, view.selected]);
  const marks = useMemo(() => ({ focus, highlighted: spotlight ? neighbourhood : undefined, path: pathIds, selected: view.selected?.replace(/^edge:/, '') }), [focus, spotlight, neighbourhood, pathIds, view.selected]);
  const titles = view.layout === 'layered';
  const planLanes = useCallback((viewport: MapSize) => laneLayout(data, { focus, viewport, open, pinned }), [data, focus, open, pinned]);
  const layout = useMemo(() => planLanes(mapSize ?? UNMEASURED_MAP), [planLanes, mapSize]);
  const plan = useMemo(() => planMap(layout, marks, { titles }), [layout, marks, titles]);
  // the server cannot know the window: it draws the first picture for every class of map size
  const unmeasured = useMemo(
    () =>
      mapSize
        ? undefined
        : SCREEN_CLASSES.map(({ screen, map: size }) => ({ screen, size, plan: size === UNMEASURED_MAP ? plan : planMap(planLanes(size), marks, { titles }) })),
    [mapSize, plan, planLanes, marks, titles],
  );
  const frameOn = useMemo(() => {
    if (pathIds.size > 0) return [...pathIds];
    const lane = lastLane ? layout.nodes.filter((placed) => placed.lane === lastLane).map((placed) => placed.node.id) : [];
    // an opened lane is framed with the focus, so the reader keeps their place
    return [...lane, ...(focus ? [focus] : [])];
  }, [pathIds, lastLane, layout, focus]);

  const toggleLane = (lane: string) => {
    const lanes = new Set(open);
    if (lanes.has(lane)) lanes.delete(lane);
    else lanes.add(lane);
    setLastLane(lanes.has(lane) ? lane : null);
    setOpenLanes({ focus, lanes });
  };

  const focusOn = (id: string) => {
    setCustom(null);
    setSpotlight(true);
    setLastLane(null);
    update({ focus: id, selected: id, drawn: null });
  };
  const nodeName = (id: string | null) => (id ? (endpoints[id] ?? data.nodes.find((n) => n.id === id) ?? (path?.nodes.find((n) => n.id === id) || null)) : null);

  const download = (href: string, name: string) => {
    const link = document.createElement('a');
    link.href = href;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
  };

  const hiddenCount = layout.lanes.reduce((sum, lane) => sum + lane.hidden, 0);
  const focusName = focus ? (nodeName(focus)?.name ?? focus) : null;
  const mapLabel = `Cause-and-effect map: ${layout.nodes.length} concepts and ${layout.edges.length} relations drawn${hiddenCount > 0 ? `, ${hiddenCount} more behind “more” controls` : ''}${focusName ? `, focused on ${focusName}` : ''}. The outline lists the same content as text.`;
  // Announced politely when it changes: what the map now shows, not the whole outline.
  const announcement = mapRequest.status === 'done' || custom ? (custom ? `The map shows the result of your query: ${layout.nodes.length} concepts.` : `Map focused on ${focusName ?? 'nothing'}: ${layout.nodes.length} concepts drawn${hiddenCount > 0 ? `, ${hiddenCount} more available` : ''}.`) : '';

  return (
    <div className="explorer">
      <a className="skip-link" href="#outline">
        Skip to the outline of the map
      </a>
      <header className="explorer-header">
        <h1>
          <a href="/">Spasm Atlas</a>
        </h1>
        <SearchBox label="Find a concept" placeholder="Cause, symptom, treatment… e.g. pinched nerve" onChoose={(concept) => focusOn(concept.id)} testId="main-search" />
        <div className="toolbar" role="toolbar" aria-label="Map actions">
          <button type="button" aria-expanded={drawer === 'filters'} aria-controls="filters-drawer" onClick={() => setDrawer(drawer === 'filters' ? null : 'filters')}>
            Filters &amp; legend
          </button>
          <button type="button" className="panel-toggle" aria-expanded={drawer === 'panel'} aria-controls="side-panel" onClick={() => setDrawer(drawer === 'panel' ? null : 'panel')}>
            Details &amp; outline
          </button>
          <QueryDialog
            query={MAP_QUERY_TEXT}
            variables={variables}
            onDraw={(drawn, query) => {
              setCustom({ data: drawn, query });
              update({ drawn: query });
            }}
          />
          <button type="button" onClick={() => void map.current!.png(false).then((png) => download(png, 'spasm-atlas-view.png'))}>
            PNG (this view)
          </button>
          <button type="button" onClick={() => void map.current!.png(true).then((png) => download(png, 'spasm-atlas-map.png'))}>
            PNG (whole map)
          </button>
          <button
            type="button"
            onClick={() =>
              void map.current!.svg().then((svg) => {
                const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
                download(url, 'spasm-atlas-map.svg');
                setTimeout(() => URL.revokeObjectURL(url), 1000);
              })
            }
          >
            SVG
          </button>
          <button
            type="button"
            onClick={() =>
              navigator.clipboard.writeText(window.location.href).then(
                () => setNotice('Link copied: it reopens this exact view.'),
                () => setNotice(`Copy this link: ${window.location.href}`),
              )
            }
          >
            Copy link
          </button>
          <a href="/api/graphql">GraphiQL</a>
        </div>
      </header>
      <p className="visually-hidden" aria-live="polite" data-testid="announcer">
        {announcement}
      </p>
      {notice ? (
        <p className="notice" role="status">
          {notice}{' '}
          <button type="button" className="link" onClick={() => setNotice(null)}>
            Dismiss
          </button>
        </p>
      ) : null}
      {linkProblems.length > 0 ? (
        <div className="link-problems" role="alert" data-testid="link-problems">
          {linkProblems.map((problem) => (
            <p key={problem}>{problem}</p>
          ))}
        </div>
      ) : null}
      {custom ? (
        <p className="notice" role="status">
          The map shows the result of your query.{' '}
          <button
            type="button"
            className="link"
            onClick={() => {
              setCustom(null);
              update({ drawn: null });
            }}
          >
            Back to the explorer view
          </button>
        </p>
      ) : null}
      <div className="explorer-body">
        <div className="sidebar left drawer" id="filters-drawer" hidden={drawer !== 'filters'}>
          <button type="button" className="drawer-close" onClick={() => setDrawer(null)}>
            Close filters
          </button>
          <FilterPanel view={view} onChange={update} />
          <Legend />
        </div>
        <main className="map-area" aria-busy={!custom && (mapRequest.status === 'loading' || pathRequest.status === 'loading')}>
          {mapRequest.status === 'loading' && !mapResult && !custom ? (
            <p className="map-status" role="status">
              Loading the map…
            </p>
          ) : null}
          {mapRequest.status === 'error' && !custom ? (
            <p className="map-status error" role="alert">
              The map could not be loaded: {mapRequest.message}
            </p>
          ) : null}
          {mapRequest.status === 'done' && data.nodes.length === 0 ? (
            <p className="map-status" role="status">
              Nothing to show with these filters. Search for a concept or tick more kinds.
            </p>
          ) : null}
          <MapView
            ref={map}
            plan={plan}
            unmeasured={unmeasured}
            layout={view.layout}
            label={mapLabel}
            frameOn={frameOn}
            onResize={setMapSize}
            onLane={toggleLane}
            onSelect={(selection: Selection) => {
              setSpotlight(false);
              update({ selected: selection ? `${selection.group === 'edges' ? 'edge:' : ''}${selection.id}` : null });
              if (selection) setDrawer((current) => (current === 'filters' ? null : 'panel'));
            }}
          />
        </main>
        <div className={`sidebar right${drawer === 'panel' ? ' sheet-open' : ''}`} id="side-panel">
          <DetailPanel
            selection={view.selected ? (view.selected.startsWith('edge:') ? { group: 'edges', id: view.selected.slice(5) } : { group: 'nodes', id: view.selected }) : null}
            onFocus={focusOn}
            onExpand={(id) => update({ expanded: [...new Set([...view.expanded, id])] })}
            onCollapse={(id) => (id === view.focus && !view.expanded.includes(id) ? update({ depth: 0 }) : update({ expanded: view.expanded.filter((x) => x !== id) }))}
            isExpanded={(id) => view.expanded.includes(id) || (id === view.focus && view.depth > 0)}
            onClose={() => update({ selected: null })}
          />
          <PathFinder
            from={nodeName(view.pathFrom)}
            to={nodeName(view.pathTo)}
            request={pathRequest}
            chosen={chosenPath}
            onFrom={(concept) => {
              setEndpoints((known) => ({ ...known, [concept.id]: concept }));
              setChosenPath(0);
              update({ pathFrom: concept.id });
            }}
            onTo={(concept) => {
              setEndpoints((known) => ({ ...known, [concept.id]: concept }));
              setChosenPath(0);
              update({ pathTo: concept.id });
            }}
            onChoose={setChosenPath}
            onClear={() => update({ pathFrom: null, pathTo: null })}
          />
          <Outline data={data} focus={focus} path={path} onFocus={focusOn} onSelect={(id) => update({ selected: id })} />
        </div>
      </div>
    </div>
  );
}
