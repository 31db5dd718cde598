'use client';

import { useCallback, useMemo, useState } from 'react';
import { laneLayout } from '../../map/lane-layout';
import { mergeMapData, type MapData, type MapNode } from '../../map/model';
import { planMap, type LaneAction } from '../../map/plan';
import { SCREEN_CLASSES, type MapSize } from '../../map/screen-classes';
import type { ResultOf } from '../../client/graphql';
import { MAP_LANE_NAMES, MAP_LANES } from '../../domain';
import type { MapEdgeFragment } from '../../client/fragments';
import type { MAP_QUERY, PATH_QUERY } from './queries';

/** A part of a map the API sent: its relations' ends and sources are objects. */
type Subgraph = { nodes: MapNode[]; edges: ResultOf<typeof MapEdgeFragment>[] };

type MapResult = ResultOf<typeof MAP_QUERY>;
type Path = ResultOf<typeof PATH_QUERY>['paths'][number];

function fromApi(subgraph: Subgraph): MapData {
  return {
    nodes: subgraph.nodes.map(({ id, name, kind, urgent, unspecified }) => ({ id, name, kind, urgent, unspecified })),
    edges: subgraph.edges.map((edge) => ({
      id: edge.id,
      type: edge.type,
      from: edge.from.id,
      to: edge.to.id,
      hedged: edge.hedged,
      evidence: edge.evidence.map((item) => ({ kind: item.kind, source: item.source.id })),
    })),
  };
}

/** The lanes the explorer may fold into one group until asked: red flags and tests always, what helps and regions on a short map. */
const FOLDED_LANES: ReadonlySet<string> = new Set(MAP_LANE_NAMES.filter((lane) => MAP_LANES[lane].placement === 'band'));
/** No lane opened: one set for every render, so the lane plan is not made again each time. */
const NO_LANES: ReadonlySet<string> = new Set();
/** Every opened lane on its first page. */
const FIRST_PAGES: ReadonlyMap<string, number> = new Map();

/** Until the map reports its size, the explorer's own counts (the map's label, what is announced) are a laptop's. */
const UNMEASURED_MAP = SCREEN_CLASSES.find((plan) => plan.screen === 'wide')!.map;

interface ExplorerMapInput {
  /** The map query's answer, or a drawn query's graph that replaces it. */
  mapResult: MapResult | undefined;
  custom: MapData | null;
  /** The drawn query's text: lanes opened on a drawn result belong to that query. */
  customQuery: string | null;
  /** A case's findings with their explanations' paths, and the chosen explanation's concepts and relations. */
  caseMap: { subgraph: Subgraph; chosen: ReadonlySet<string> } | null;
  focus: string | null;
  path: Path | null;
  /** Concepts the reader opened or chose, kept on the map even where their lane is full. */
  kept: readonly string[];
  /** The chosen concept or relation (`edge:` before a relation's id): lines waiting for selection are drawn when it is one of their ends. */
  selected: string | null;
  spotlight: boolean;
  titles: boolean;
}

/**
 * What the explorer's map draws: the API's answers merged into one graph, planned in lanes for
 * the map's size (for every class of size until it has measured itself), marked for focus,
 * spotlight and path, and what to frame after a change.
 */
export function useExplorerMap({ mapResult, custom, customQuery, caseMap, focus, path, kept, selected, spotlight, titles }: ExplorerMapInput) {
  const [mapSize, setMapSize] = useState<MapSize | null>(null);
  const [openLanes, setOpenLanes] = useState<{ owner: string | null; lanes: ReadonlySet<string>; pages: ReadonlyMap<string, number> }>({ owner: focus, lanes: new Set(), pages: FIRST_PAGES });
  const [lastLane, setLastLane] = useState<string | null>(null);

  const data = useMemo<MapData>(() => {
    if (custom) return custom;
    if (caseMap) return fromApi(caseMap.subgraph);
    if (!mapResult) return { nodes: [], edges: [] };
    const { focus: around, expanded, redFlags } = mapResult;
    const redFlagLane = fromApi({ nodes: redFlags, edges: redFlags.flatMap((flag) => flag.relations) });
    return mergeMapData(fromApi(around), fromApi(expanded), redFlagLane, path ? fromApi(path) : { nodes: [], edges: [] });
  }, [custom, caseMap, mapResult, path]);

  const neighbourhood = useMemo(() => {
    if (!focus) return new Set<string>();
    const ids = new Set([focus]);
    for (const edge of data.edges) {
      if (edge.from === focus || edge.to === focus) ids.add(edge.id).add(edge.from).add(edge.to);
    }
    return ids;
  }, [data, focus]);

  const pathIds = useMemo(
    () => (caseMap ? new Set(caseMap.chosen) : new Set(path ? [...path.nodes.map((n) => n.id), ...path.edges.map((e) => e.id)] : [])),
    [caseMap, path],
  );
  // "+N more" opens a lane for the current focus (or drawn query) only; a new focus starts from its
  // best-supported concepts, a drawn query with what it asked for unfolded (its red flags open, with their lines)
  const laneOwner = custom ? customQuery : focus;
  const drawnQuery = custom !== null;
  const open = useMemo(() => (openLanes.owner === laneOwner ? openLanes.lanes : drawnQuery ? FOLDED_LANES : NO_LANES), [openLanes, laneOwner, drawnQuery]);
  const pages = openLanes.owner === laneOwner ? openLanes.pages : FIRST_PAGES;
  // a case draws every finding and explanation it lists, whatever their lanes hold
  const pinned = useMemo(() => new Set([...pathIds, ...kept, ...(caseMap ? data.nodes.map((node) => node.id) : [])]), [pathIds, kept, caseMap, data]);
  const marks = useMemo(
    () => ({ focus, highlighted: spotlight ? neighbourhood : undefined, path: pathIds, selected: selected?.replace(/^edge:/, '') }),
    [focus, spotlight, neighbourhood, pathIds, selected],
  );
  const planLanes = useCallback((viewport: MapSize) => laneLayout(data, { focus, viewport, open, pinned, pages }), [data, focus, open, pinned, pages]);
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
    if (caseMap) return data.nodes.map((node) => node.id);
    if (pathIds.size > 0) return [...pathIds];
    const lane = lastLane ? layout.nodes.filter((placed) => placed.lane === lastLane).map((placed) => placed.node.id) : [];
    // an opened lane is framed with the focus, so the reader keeps their place
    return [...lane, ...(focus ? [focus] : [])];
  }, [caseMap, data, pathIds, lastLane, layout, focus]);

  // a lane opens on its first page and "+N more" turns to the next; closing it forgets the page
  const laneControl = (lane: string, action: LaneAction) => {
    const lanes = new Set(open);
    const turned = new Map(pages);
    if (action === 'next') turned.set(lane, (pages.get(lane) ?? 0) + 1);
    else if (lanes.has(lane)) lanes.delete(lane);
    else lanes.add(lane);
    if (!lanes.has(lane)) turned.delete(lane);
    setLastLane(lanes.has(lane) ? lane : null);
    setOpenLanes({ owner: laneOwner, lanes, pages: turned });
  };

  return { data, layout, plan, unmeasured, frameOn, laneControl, setMapSize, forgetLane: () => setLastLane(null) };
}
