import { CAUSAL_RELATION_TYPES, type ConceptKind, type RelationType } from '../domain';
import { boxAround, crossingsAmong, extentOf, pointAlong, type Box, type Point } from './geometry';
import { conceptLabel } from './label-lines';
import { LABEL_FONT_PX, LANE_GEOMETRY, type LaneLayout, type PlacedLane } from './lane-layout';
import type { MapEdge, MapMarks } from './model';
import { must } from './must';
import { orderWithinLanes } from './ordering';
import { routeLines } from './routing';

/**
 * The one picture every renderer draws (the server's SVG, Cytoscape, tours, handout, exports):
 * each concept's box and label, each line's drawn points, the lane titles and the "+N more"
 * controls, in model space. Built from a lane layout, it decides what the default picture says:
 * a relation that a drawn chain already implies, or one of what helps, tests and regions that
 * does not touch the focus, waits until one of its ends (or itself) is chosen.
 */
export interface MapPlan {
  direction: LaneLayout['direction'];
  concepts: PlannedConcept[];
  titles: PlannedTitle[];
  controls: PlannedControl[];
  lines: PlannedLine[];
  /** Relations between drawn concepts left out of this picture until one of their ends is chosen. */
  waiting: string[];
}

export interface PlannedConcept {
  id: string;
  label: string;
  kind: ConceptKind;
  urgent: boolean;
  /** A red flag's condition the sources leave unnamed: drawn as a dashed box. */
  unspecified: boolean;
  lane: string;
  box: Box;
  focus: boolean;
  highlighted: boolean;
  path: boolean;
}

export interface PlannedTitle {
  id: string;
  label: string;
  box: Box;
}

/** What a lane control does: open or close its lane (or group), or show an opened lane's next page. */
export type LaneAction = 'toggle' | 'next';

export interface PlannedControl {
  id: string;
  lane: string;
  action: LaneAction;
  label: string;
  urgent: boolean;
  box: Box;
}

export interface PlannedLine {
  id: string;
  type: RelationType;
  from: string;
  to: string;
  /** As drawn: from where the line leaves its source's box, through its bends, to where it enters its target's. */
  points: Point[];
  /** Closes a loop the sources state, against the flow. */
  loop: boolean;
  /** Faint lines are there but behind the focus's story (in tours, what helps away from the focus). */
  strength: 'strong' | 'faint';
  /** Only hedged quotes back it: drawn lighter. */
  hedged: boolean;
  /** It ends at an unspecified concept: grey, dotted, no arrowhead, since it points at nothing named. */
  unnamed: boolean;
  highlighted: boolean;
  path: boolean;
  /** A word on the line (a loop, a caution) and where it sits. */
  label: { text: string; at: Point } | null;
}

/** Ids of the map's own furniture (lane titles and their controls), told apart from concepts by prefix. */
export const LANE_TITLE_PREFIX = 'lane-title:';
export const LANE_CONTROL_PREFIX = 'lane-control:';
export const LANE_NEXT_PREFIX = 'lane-next:';

/** Room between a lane's title and the first box below it, wider than a box's border, so the two never touch. */
const TITLE_CLEARANCE = 8;
/** About how wide a title's letters are at the label size, bold: a band's title box is as wide as its words, so lines pass beside it. */
const TITLE_CHARACTER_WIDTH = 0.62 * LABEL_FONT_PX;

const CAUSAL = new Set<string>(CAUSAL_RELATION_TYPES);

export interface PlanOptions {
  /** Lane titles are drawn (the lane view) or not (the free layout, whose positions are not lanes). */
  titles?: boolean;
  /**
   * The explorer's picture says each thing once: implied and aside relations wait for selection.
   * A tour step draws every relation it names, aside ones faint.
   */
  sayOnce?: boolean;
}

export function planMap(lanes: LaneLayout, marks: MapMarks = {}, { titles = true, sayOnce = true }: PlanOptions = {}): MapPlan {
  const G = LANE_GEOMETRY;
  const has = (set: ReadonlySet<string> | undefined, id: string) => set?.has(id) ?? false;
  const chosen = (edge: MapEdge) => marks.selected === edge.id || marks.selected === edge.from || marks.selected === edge.to || has(marks.path, edge.id);
  const bands = new Set(lanes.lanes.filter((lane) => lane.band).map((lane) => lane.key));
  const inBand = new Set(lanes.nodes.filter((placed) => bands.has(placed.lane)).map((placed) => placed.node.id));
  // What helps, tests and regions reach across the whole flow; only their links to the focus are part of its story.
  const isAside = (edge: MapEdge) => (inBand.has(edge.from) || inBand.has(edge.to)) && edge.from !== marks.focus && edge.to !== marks.focus;
  const implied = impliedRelations(lanes.edges.filter((edge) => !isAside(edge) && !lanes.loops.has(edge.id)));
  // a merged column holds two steps of a chain: a relation between them would run along the column, against neither way of the flow
  const laneOf = new Map(lanes.nodes.map((placed) => [placed.node.id, placed.lane]));
  const alongColumn = (edge: MapEdge) => CAUSAL.has(edge.type) && !inBand.has(edge.from) && laneOf.get(edge.from) === laneOf.get(edge.to) && lanes.direction === 'across';
  const waitsUnchosen = (edge: MapEdge) => sayOnce && (isAside(edge) || implied.has(edge.id) || alongColumn(edge));
  const waits = (edge: MapEdge) => waitsUnchosen(edge) && !chosen(edge);
  const pieces = (layout: LaneLayout) => {
    const concepts: PlannedConcept[] = layout.nodes.map(({ node, lane, x, y, height }) => {
      const focus = marks.focus === node.id;
      return {
        id: node.id,
        label: conceptLabel(node),
        kind: node.kind,
        urgent: node.urgent,
        unspecified: node.unspecified,
        lane,
        box: boxAround({ x, y }, focus ? G.focusWidth : G.nodeWidth, focus ? G.focusHeight : height),
        focus,
        highlighted: has(marks.highlighted, node.id),
        path: has(marks.path, node.id),
      };
    });
    const control = (lane: PlacedLane, action: LaneAction, spot: { label: string; x: number; y: number; urgent?: boolean }): PlannedControl => ({
      id: `${action === 'next' ? LANE_NEXT_PREFIX : LANE_CONTROL_PREFIX}${lane.key}`,
      lane: lane.key,
      action,
      label: spot.label,
      urgent: spot.urgent ?? false,
      box: boxAround(spot, G.nodeWidth, G.nodeHeight),
    });
    const controls = layout.lanes.flatMap((lane) => [...(lane.next ? [control(lane, 'next', lane.next)] : []), ...(lane.control ? [control(lane, 'toggle', lane.control)] : [])]);
    const plannedTitles: PlannedTitle[] = titles
      ? laneTitles(layout).map((span) => {
          const height = layout.titleHeight - TITLE_CLEARANCE;
          // a band's title sits over a row of concepts: as wide as its words, so lines leave the row beside it
          const width = span.band || layout.direction === 'down' ? Math.min(span.width, span.title.length * TITLE_CHARACTER_WIDTH + 12) : span.width;
          return { id: `${LANE_TITLE_PREFIX}${span.key}`, label: span.title, box: boxAround({ x: span.x + span.width / 2, y: span.y + height / 2 }, width, height) };
        })
      : [];
    const route = (lines: readonly MapEdge[]) =>
      routeLines({
        direction: layout.direction,
        boxes: [
          ...concepts.map((concept) => ({ id: concept.id, box: concept.box, column: layout.direction === 'down' || !bands.has(concept.lane) })),
          ...controls.map((control) => ({ id: control.id, box: control.box, column: layout.direction === 'down' || !bands.has(control.lane) })),
          ...plannedTitles.map((title) => ({ id: title.id, box: title.box, column: layout.direction === 'down', title: true })),
        ],
        lines,
      });
    return { concepts, controls, titles: plannedTitles, route };
  };

  // ordered for the lines drawn before anything is chosen (a path shown is part of that picture), so
  // choosing a concept does not move the others; counted as routed
  const unchosen = lanes.edges.filter((edge) => (!waitsUnchosen(edge) || has(marks.path, edge.id)) && edge.from !== edge.to);
  const layout = remembered(orderings, JSON.stringify([lanes, [...lanes.loops], unchosen.map((edge) => edge.id), titles]), () =>
    orderWithinLanes(lanes, unchosen, (candidate) => {
      const routes = pieces(candidate).route(unchosen);
      return crossingsAmong(unchosen.map((edge) => ({ id: edge.id, from: edge.from, to: edge.to, points: routes.get(edge.id) ?? [] })));
    }),
  );
  const { concepts, controls, titles: plannedTitles, route } = pieces(layout);
  const drawn = layout.edges.filter((edge) => !waits(edge) && edge.from !== edge.to);
  const routes = route(drawn);
  const unnamed = new Set(layout.nodes.filter((placed) => placed.node.unspecified).map((placed) => placed.node.id));
  const lines: PlannedLine[] = drawn.map((edge) => {
    const points = must(routes, edge.id, 'route of line');
    const loop = layout.loops.has(edge.id);
    const text = loop ? '↺ loop' : edge.type === 'CAUTION' ? '⚠' : null;
    return {
      id: edge.id,
      type: edge.type,
      from: edge.from,
      to: edge.to,
      points,
      loop,
      strength: isAside(edge) && !chosen(edge) ? 'faint' : 'strong',
      hedged: edge.hedged ?? false,
      unnamed: unnamed.has(edge.to),
      highlighted: has(marks.highlighted, edge.id),
      path: has(marks.path, edge.id),
      label: text ? { text, at: pointAlong(points, 0.5) } : null,
    };
  });
  separateLabels(lines);
  return {
    direction: layout.direction,
    concepts,
    titles: plannedTitles,
    controls,
    lines,
    waiting: layout.edges.filter((edge) => waits(edge)).map((edge) => edge.id),
  };
}

/**
 * Orderings found before, by the layout and lines they were found for. Ordering routes the lines
 * of every layout it tries; the server plans the same first picture for each visitor and each
 * class of screen, and the page plans again what it has planned before when a choice is undone.
 */
const orderings = new Map<string, LaneLayout>();
const REMEMBERED = 64;

function remembered<T>(cache: Map<string, T>, key: string, make: () => T): T {
  const known = cache.get(key);
  if (known !== undefined) {
    // most recently used last, so the oldest is forgotten first
    cache.delete(key);
    cache.set(key, known);
    return known;
  }
  const made = make();
  cache.set(key, made);
  for (const oldest of cache.keys()) {
    if (cache.size <= REMEMBERED) break;
    cache.delete(oldest);
  }
  return made;
}

/** Every box the plan draws, and the extent of each line (which may pass round the outermost boxes), for framing. */
export function planBoxes(plan: MapPlan): Box[] {
  return [...[...plan.titles, ...plan.controls, ...plan.concepts].map((item) => item.box), ...plan.lines.map((line) => extentOf(line.points))];
}

/**
 * Causal relations A → C that a drawn chain A → B → … → C already says: a transitive reduction of
 * what is drawn, so the default picture states each step once.
 */
function impliedRelations(edges: readonly MapEdge[]): Set<string> {
  const causal = edges.filter((edge) => CAUSAL.has(edge.type) && edge.from !== edge.to);
  const out = new Map<string, MapEdge[]>();
  for (const edge of causal) out.set(edge.from, [...(out.get(edge.from) ?? []), edge]);
  const implied = new Set<string>();
  for (const edge of causal) {
    // is C reached from A in two steps or more, without this relation?
    const seen = new Set<string>([edge.from]);
    const queue = (out.get(edge.from) ?? []).filter((next) => next.id !== edge.id && next.to !== edge.to).map((next) => next.to);
    for (const id of queue) seen.add(id);
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      if ((out.get(id) ?? []).some((next) => next.to === edge.to)) {
        implied.add(edge.id);
        break;
      }
      for (const next of out.get(id) ?? []) {
        if (seen.has(next.to)) continue;
        seen.add(next.to);
        queue.push(next.to);
      }
    }
  }
  return implied;
}

/** Labels on lines ("↺ loop", "⚠") moved along their lines until no two overlap. */
function separateLabels(lines: PlannedLine[]) {
  const placed: Box[] = [];
  for (const line of lines) {
    if (!line.label) continue;
    const size = { width: line.label.text.length * 8 + 8, height: 18 };
    const middle = pointAlong(line.points, 0.5);
    const candidates = [middle, ...[0.35, 0.65, 0.2, 0.8].map((share) => pointAlong(line.points, share))];
    const free = candidates.find((at) => !placed.some((box) => overlaps(box, boxAround(at, size.width, size.height)))) ?? middle;
    line.label.at = free;
    placed.push(boxAround(free, size.width, size.height));
  }
}

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/**
 * The lane titles as drawn: neighbouring columns of one kind (mechanisms two causal steps and one
 * step from the focus) share one title across both, so the map does not repeat it side by side.
 */
function laneTitles(layout: LaneLayout): Pick<PlacedLane, 'key' | 'title' | 'x' | 'y' | 'width' | 'band'>[] {
  const spans: Pick<PlacedLane, 'key' | 'title' | 'x' | 'y' | 'width' | 'band'>[] = [];
  for (const lane of layout.lanes) {
    if (!lane.title) continue;
    const last = spans.at(-1);
    const beside = last && last.title === lane.title && last.y === lane.y && lane.x > last.x && lane.x - (last.x + last.width) <= LANE_GEOMETRY.columnGap;
    if (beside) last.width = lane.x + lane.width - last.x;
    else spans.push({ key: lane.key, title: lane.title, x: lane.x, y: lane.y, width: lane.width, band: lane.band });
  }
  return spans;
}
