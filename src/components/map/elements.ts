import type { ElementDefinition } from 'cytoscape';
import type { ConceptRef } from '../../client/fragments';
import { sortById, type EvidenceKind, type RelationType } from '../../domain';
import { LANE_GEOMETRY, type LaneLayout, type PlacedLane } from './lane-layout';

/** What the map draws: concepts (as the API's MapNode fragment gives them) and relations, as plain data. */
export type MapNode = ConceptRef;

export interface MapEdge {
  id: string;
  type: RelationType;
  from: string;
  to: string;
  /** Only hedged quotes back it ("may", "can"): drawn lighter. Unknown (a pasted query that did not ask) draws it as stated. */
  hedged?: boolean;
  /** The relation's evidence, when the query asked for it: it ranks concepts within a lane. */
  evidence?: { kind: EvidenceKind; source: string }[];
}

export interface MapData {
  nodes: MapNode[];
  edges: MapEdge[];
}

/** Which elements to mark: the focus, the highlighted neighbourhood, the chosen path. */
export interface MapMarks {
  focus?: string | null;
  highlighted?: ReadonlySet<string>;
  path?: ReadonlySet<string>;
}

/** Ids of the map's own furniture (lane titles and their controls), told apart from concepts by prefix. */
export const LANE_TITLE_PREFIX = 'lane-title:';
export const LANE_CONTROL_PREFIX = 'lane-control:';

/** Room between a lane's title and the first box below it, wider than a box's border, so the two never touch. */
const TITLE_CLEARANCE = 8;

/**
 * A lane layout → Cytoscape elements, each node at its position, plus the lane titles and
 * "+N more" controls; pure, so it is tested without a browser. Relations of a band lane (what
 * helps, tests, regions) that do not touch the focus are marked `aside`, drawn faint.
 */
export function toElements(layout: LaneLayout, marks: MapMarks = {}, { titles = true } = {}): ElementDefinition[] {
  const classesFor = (id: string) =>
    [marks.focus === id && 'focus', marks.highlighted?.has(id) && 'highlighted', marks.path?.has(id) && 'path'].filter(Boolean).join(' ');
  // What helps, tests and regions reach across the whole flow; only their links to the focus are part of its story.
  const bands = new Set(layout.lanes.filter((lane) => lane.band).map((lane) => lane.key));
  const inBand = new Set(layout.nodes.filter((placed) => bands.has(placed.lane)).map((placed) => placed.node.id));
  const isAside = (edge: MapEdge) => (inBand.has(edge.from) || inBand.has(edge.to)) && edge.from !== marks.focus && edge.to !== marks.focus;
  const unnamed = new Set(layout.nodes.filter((placed) => placed.node.unspecified).map((placed) => placed.node.id));
  return [
    ...(titles
      ? laneTitles(layout).map((span) => ({
          group: 'nodes' as const,
          data: { id: `${LANE_TITLE_PREFIX}${span.key}`, label: span.title, width: span.width, height: layout.titleHeight - TITLE_CLEARANCE },
          position: { x: span.x + span.width / 2, y: span.y + (layout.titleHeight - TITLE_CLEARANCE) / 2 },
          classes: 'lane-title',
          selectable: false,
          grabbable: false,
        }))
      : []),
    ...layout.lanes.flatMap((lane) =>
      lane.control
        ? [
            {
              group: 'nodes' as const,
              data: { id: `${LANE_CONTROL_PREFIX}${lane.key}`, label: lane.control.label, lane: lane.key },
              position: { x: lane.control.x, y: lane.control.y },
              classes: lane.control.urgent ? 'lane-control urgent-group' : 'lane-control',
              grabbable: false,
            },
          ]
        : [],
    ),
    ...layout.nodes.map(({ node, lane, x, y }) => ({
      group: 'nodes' as const,
      data: { id: node.id, label: node.urgent ? `⚠ ${node.name}` : node.name, kind: node.kind, urgent: node.urgent, lane },
      position: { x, y },
      classes: ['concept', unnamed.has(node.id) && 'unspecified', classesFor(node.id)].filter(Boolean).join(' '),
    })),
    ...layout.edges.map((edge) => ({
      group: 'edges' as const,
      data: { id: edge.id, source: edge.from, target: edge.to, type: edge.type },
      classes: [layout.loops.has(edge.id) && 'loop', isAside(edge) && 'aside', edge.hedged && 'hedged', unnamed.has(edge.to) && 'unnamed', classesFor(edge.id)].filter(Boolean).join(' '),
    })),
  ];
}

/**
 * The lane titles as drawn: neighbouring columns of one kind (mechanisms two causal steps and one
 * step from the focus) share one title across both, so the map does not repeat it side by side.
 */
function laneTitles(layout: LaneLayout): Pick<PlacedLane, 'key' | 'title' | 'x' | 'y' | 'width'>[] {
  const spans: Pick<PlacedLane, 'key' | 'title' | 'x' | 'y' | 'width'>[] = [];
  for (const lane of layout.lanes) {
    if (!lane.title) continue;
    const last = spans.at(-1);
    const beside = last && last.title === lane.title && last.y === lane.y && lane.x > last.x && lane.x - (last.x + last.width) <= LANE_GEOMETRY.columnGap;
    if (beside) last.width = lane.x + lane.width - last.x;
    else spans.push({ key: lane.key, title: lane.title, x: lane.x, y: lane.y, width: lane.width });
  }
  return spans;
}

/** Two views merged, each concept and relation once, ordered by id so layouts are stable. */
export function mergeMapData(...parts: MapData[]): MapData {
  const nodes = new Map<string, MapNode>();
  const edges = new Map<string, MapEdge>();
  for (const part of parts) {
    for (const node of part.nodes) nodes.set(node.id, node);
    for (const edge of part.edges) edges.set(edge.id, edge);
  }
  return { nodes: sortById([...nodes.values()]), edges: sortById([...edges.values()]) };
}
