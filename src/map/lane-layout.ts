import { MAP_LANES, MAP_LANE_NAMES, compareText } from '../domain';
import { causalEdgesOf, causalRanks, laneOf, loopEdges } from './causal-ranks';
import { boxHeightFor, conceptLabel, labelLines } from './label-lines';
import type { MapData, MapEdge, MapNode } from './model';
import { openedPage, type LanePage } from './lane-page';
import { must } from './must';

/**
 * The focus-centred causal view as plain geometry: which concepts fit, where each sits, and
 * what each lane hides. Pure and linear in nodes and edges, so it runs on every change of
 * view and in Node tests and benchmarks without a browser.
 *
 * Causal lanes are columns ordered by how many causal steps lie between a concept and the
 * focus (longest chain), so every causal arrow whose ends are on different sides points the
 * same way; band lanes (what helps, tests, red flags) are rows of their own.
 */

/** Model-space sizes of the map's pieces; the stylesheet draws nodes at exactly these sizes. */
export const LANE_GEOMETRY = {
  nodeWidth: 150,
  nodeHeight: 60,
  focusWidth: 166,
  focusHeight: 62,
  columnGap: 28,
  rowGap: 14,
  titleHeight: 40,
  /** A phone's lanes are rows with a one-line title. */
  rowTitleHeight: 24,
  bandGap: 34,
  padding: 24,
} as const;

/** Every concept label is drawn at this size, so a zoom of READABLE_ZOOM keeps it at 11 px or more. */
export const LABEL_FONT_PX = 14;
/** The width a concept's label wraps to inside its box. */
export const LABEL_WIDTH = LANE_GEOMETRY.nodeWidth - 22;
export const READABLE_ZOOM = 11 / LABEL_FONT_PX;
/** Lanes are planned to fit at this zoom, labels 13 px on screen: readable from the back of a room. */
export const PLANNED_ZOOM = 13 / LABEL_FONT_PX;
/** The zoom a long causal chain may take a wide map down to (12 px labels) before its outermost lanes are merged. */
const CROWDED_ZOOM = 12 / LABEL_FONT_PX;
/** The fewest concepts (with a "+N more") a causal column should hold before rows of what helps or regions fold into groups. */
const MIN_COLUMN_SLOTS = 7;
/** A page of an opened causal lane holds at least this many columns' worth of concepts, however few columns the closed lanes leave room for. */
const MIN_PAGE_COLUMNS = 3;
/** Below this width the flow runs top to bottom, as on a phone. */
export const NARROW_WIDTH = 640;

export interface LaneLayoutOptions {
  focus: string | null;
  /** The map's size on screen, in CSS pixels. */
  viewport: { width: number; height: number };
  /** Lanes shown in full (a collapsed lane opened, or a lane whose "+N more" was chosen), or all of them, as in a tour's small pictures. */
  open: ReadonlySet<string> | 'all';
  /** Concepts that must be drawn whatever their lane holds: the chosen path, the selection. */
  pinned?: ReadonlySet<string>;
  /** Which page an opened lane of more than a page shows, counted from 0; a lane not listed shows its first. */
  pages?: ReadonlyMap<string, number>;
}

export interface PlacedNode {
  node: MapNode;
  lane: string;
  x: number;
  y: number;
  /** The height of its box: taller than the others where a band's long names need more lines. */
  height: number;
}

/** A lane's title on the map, and the control that shows or hides what did not fit. */
export interface PlacedLane {
  key: string;
  title: string;
  /** A row of its own (what helps, tests, red flags, regions) rather than a step of the causal flow. */
  band: boolean;
  x: number;
  y: number;
  width: number;
  /** How many of the lane's concepts are not drawn. */
  hidden: number;
  open: boolean;
  /** Where the "+N more" (or "show fewer", or the collapsed group) control sits, if the lane has one. */
  control: { label: string; x: number; y: number; urgent: boolean } | null;
  /** Where an opened lane of more than a page offers its next page ("+N more"), while a page follows the one drawn. */
  next: { label: string; x: number; y: number } | null;
}

export interface LaneLayout {
  direction: 'across' | 'down';
  nodes: PlacedNode[];
  edges: MapEdge[];
  /** Ids of the causal arrows that close a loop the sources state; drawn bending back, every other causal arrow flows one way. */
  loops: ReadonlySet<string>;
  lanes: PlacedLane[];
  /** The height of a lane title: two lines above a column, one above a phone's row. */
  titleHeight: number;
}

/** Where a lane puts its i-th box (a concept, or a control after them), and how tall the box is. */
interface Slot {
  x: number;
  y: number;
  height: number;
}

interface Lane {
  key: string;
  title: string;
  nodes: MapNode[];
  band: boolean;
  collapsed: boolean;
  alarm: boolean;
  /** What the lane's concepts are called when it is drawn as one group. */
  group: string;
}


export function laneLayout(data: MapData, options: LaneLayoutOptions): LaneLayout {
  const G = LANE_GEOMETRY;
  const direction = options.viewport.width < NARROW_WIDTH ? 'down' : 'across';
  const modelWidth = Math.max(G.nodeWidth, options.viewport.width / PLANNED_ZOOM - 2 * G.padding);
  const modelHeight = Math.max(G.nodeHeight * 3, options.viewport.height / PLANNED_ZOOM - 2 * G.padding);
  const focus = data.nodes.find((node) => node.id === options.focus) ?? null;
  const pinned = options.pinned ?? new Set<string>();
  const isOpen = (key: string) => options.open === 'all' || options.open.has(key);

  const pitchX = G.nodeWidth + (direction === 'down' ? G.rowGap : G.columnGap);
  const pitchY = G.nodeHeight + G.rowGap;
  const perRow = Math.max(1, Math.floor((modelWidth + pitchX - G.nodeWidth) / pitchX));
  // A phone stacks every lane, so lanes sit closer together there.
  const bandGap = direction === 'down' ? G.rowGap : G.bandGap;
  const titleHeight = direction === 'down' ? G.rowTitleHeight : G.titleHeight;
  const rowHeight = (lines: number) => titleHeight + lines * pitchY + bandGap;

  const loops = loopEdges(causalEdgesOf(data, focus), focus);
  const all = lanesOf(data, focus, causalRanks(data, focus, loops, { pullSources: direction === 'across' }), supportOf(data.edges), pinned);
  const groupHeightOf = (count: number) => (count === 0 ? 0 : Math.ceil(count / perRow) * pitchY + bandGap);
  const folded = (lane: Lane) => lane.collapsed && !isOpen(lane.key);
  // A laptop's map is too short for crowded causal columns and a row of what helps: the row folds
  // into a group like the red flags, so the causes a clinician asks about first fill the columns.
  const wanted = Math.min(MIN_COLUMN_SLOTS, Math.max(0, ...all.filter((lane) => !lane.band).map((lane) => lane.nodes.length)));
  if (direction === 'across') {
    // decided as for the closed map, so that opening the group draws the row and offers to fold it again
    for (const lane of all.filter((candidate) => candidate.band && !candidate.alarm && !candidate.collapsed && pinnedIn(candidate, pinned) === 0)) {
      const groupCount = all.filter((other) => other.collapsed).length;
      const rowCount = all.filter((other) => other.band && !other.collapsed).length;
      const columnRoom = modelHeight - groupHeightOf(groupCount) - rowCount * rowHeight(1) - titleHeight;
      if (columnRoom >= wanted * pitchY) break;
      lane.collapsed = true;
    }
  }
  const groups = all.filter(folded);
  const bands = all.filter((lane) => lane.band && !groups.includes(lane));
  const groupHeight = groupHeightOf(groups.length);
  // Causal lanes may use the room down to small labels (12 px across a screen, 11 on a phone's height): merging two would put a chain's steps side by side.
  const readable = { width: options.viewport.width / CROWDED_ZOOM - 2 * G.padding, height: options.viewport.height / READABLE_ZOOM - 2 * G.padding };
  const maxCausal =
    direction === 'across'
      ? Math.floor((readable.width - (G.focusWidth - G.nodeWidth) + G.columnGap) / (G.nodeWidth + G.columnGap))
      : Math.floor((readable.height - groupHeight - bands.length * rowHeight(1)) / rowHeight(1));
  const causal = mergeOutermost(all.filter((lane) => !lane.band), Math.max(1, maxCausal), focus);
  const columns = direction === 'across' ? causal : [];
  // An opened alarm lane (the red flags) reads first, above the flow.
  const alarms = bands.filter((lane) => lane.alarm);
  const rows = direction === 'across' ? bands.filter((lane) => !lane.alarm) : [...causal, ...bands.filter((lane) => !lane.alarm)];

  // Rows first take one line each, the columns what is left; spare lines then go to the rows that hide most.
  const lines = new Map([...alarms, ...rows].map((lane) => [lane.key, 1]));
  let spare = modelHeight - groupHeight - (rows.length + alarms.length) * rowHeight(1);
  const columnCapacity = Math.max(2, Math.floor((spare - titleHeight) / pitchY));
  // An opened lane that would outgrow the map's height flows into columns side by side, as many as the map's width has room for.
  const closedWidth = columns.reduce((sum, lane) => sum + (lane.key === FOCUS_LANE ? G.focusWidth : G.nodeWidth) + G.columnGap, 0);
  const room = Math.max(1, Math.floor((readable.width - closedWidth) / (G.nodeWidth + G.columnGap)) + 1);
  // A page is about a screenful: a column lane's columns side by side (at least a few columns' worth), each as tall as the map
  // or as its columns, when other lanes take rows; a row lane's rows the map's height left it, at least half a map of rows.
  const screenRows = Math.max(1, Math.floor((modelHeight - titleHeight) / pitchY));
  const pageSlots = (lane: Lane) =>
    columns.includes(lane) ? Math.max(columnCapacity, screenRows) * Math.max(room, MIN_PAGE_COLUMNS) : perRow * Math.max(lines.get(lane.key) ?? 1, Math.ceil(screenRows / 2));
  const pages = new Map<string, LanePage>();
  const pageOf = (lane: Lane, capacity: number) => {
    const known = pages.get(lane.key);
    if (known) return known;
    const page = openedPage(lane.nodes, capacity, pageSlots(lane), options.pages?.get(lane.key) ?? 0, pinned);
    pages.set(lane.key, page);
    return page;
  };
  const slots = (lane: Lane, capacity: number) =>
    isOpen(lane.key) ? pageOf(lane, capacity).slots : Math.min(lane.nodes.length, Math.max(capacity, pinnedIn(lane, pinned) + 1));
  const stacks = (lane: Lane) => {
    const count = slots(lane, columnCapacity);
    if (lane.key === FOCUS_LANE || !isOpen(lane.key) || count <= columnCapacity) return { across: 1, down: count };
    // a lane of several pages spreads its page over a few columns even where the map has room for one, so its controls stay near the top
    const spread = pageOf(lane, columnCapacity).of > 1 ? Math.max(room, MIN_PAGE_COLUMNS) : room;
    const across = Math.max(1, Math.min(spread, Math.ceil(count / columnCapacity)));
    return { across, down: Math.ceil(count / across) };
  };
  const columnHeight = columns.length === 0 ? 0 : titleHeight + Math.max(...columns.map((lane) => (lane.key === FOCUS_LANE ? G.focusHeight + G.rowGap : stacks(lane).down * pitchY)));
  spare -= columnHeight;
  const linesOf = (lane: Lane) => must(lines, lane.key, 'line count of lane');
  for (;;) {
    const hiding = (lane: Lane) => lane.nodes.length - linesOf(lane) * perRow;
    const wanting = rows.filter((lane) => hiding(lane) > 0).sort((a, b) => hiding(b) - hiding(a))[0];
    if (!wanting || spare < pitchY) break;
    lines.set(wanting.key, linesOf(wanting) + 1);
    spare -= pitchY;
  }

  const placed: PlacedNode[] = [];
  const placedLanes: PlacedLane[] = [];
  /** Fills a lane's slots: what fits, best supported first, and a control in the next slot when some do not fit. */
  const fill = (lane: Lane, capacity: number, place: (shown: readonly MapNode[]) => (index: number) => Slot) => {
    const open = isOpen(lane.key);
    const used = slots(lane, capacity);
    const overflow = !open && lane.nodes.length > used;
    const page = open ? pageOf(lane, capacity) : null;
    const shown = overflow ? pickShown(lane.nodes, used - 1, pinned) : (page?.shown ?? lane.nodes);
    const slot = place(shown);
    const at = (index: number) => {
      const { x, y } = slot(index);
      return { x, y };
    };
    shown.forEach((node, index) => placed.push({ node, lane: lane.key, ...slot(index) }));
    const hidden = lane.nodes.length - shown.length;
    // a phone's one-line row title has no room for the page: its "+N more" says which page it turns to
    const turnsTo = direction === 'down' && page ? ` (page ${page.index + 2} of ${formatCount(page.of)})` : '';
    const next = page && page.after > 0 ? { label: `+${formatCount(page.after)} more${turnsTo}`, ...at(shown.length) } : null;
    const label = overflow ? `+${formatCount(hidden)} more` : open && lane.collapsed ? `Hide these ${formatCount(lane.nodes.length)}` : open && lane.nodes.length > capacity ? 'Show fewer' : null;
    // a causal lane is titled after what it draws, not after what it hides
    const named = lane.band || lane.key === FOCUS_LANE || shown.length === 0 ? lane.title : titleOf(shown);
    const title = page && page.of > 1 && direction === 'across' ? `${named} (page ${page.index + 1} of ${formatCount(page.of)})` : named;
    const control = label === null ? null : { label, ...at(shown.length + (next ? 1 : 0)), urgent: false };
    return { title, used: shown.length + (next ? 1 : 0) + (control ? 1 : 0), hidden, open, control, next };
  };
  const centredLeft = (count: number) => -(Math.min(perRow, Math.max(1, count)) * pitchX - (pitchX - G.nodeWidth)) / 2;

  let y = 0;
  if (groups.length > 0) {
    const left = centredLeft(groups.length);
    groups.forEach((lane, index) => {
      const at = { x: left + G.nodeWidth / 2 + (index % perRow) * pitchX, y: G.nodeHeight / 2 + Math.floor(index / perRow) * pitchY };
      const what = `${formatCount(lane.nodes.length)} ${lane.group}`;
      placedLanes.push({
        key: lane.key,
        title: '',
        band: lane.band,
        x: at.x - G.nodeWidth / 2,
        y: at.y,
        width: G.nodeWidth,
        hidden: lane.nodes.length,
        open: false,
        control: { label: lane.alarm ? `⚠ ${what} (show)` : `${what} (show)`, ...at, urgent: lane.alarm },
        next: null,
      });
    });
    y = groupHeight;
  }
  const rowLane = (lane: Lane) => {
    const capacity = linesOf(lane) * perRow;
    const left = centredLeft(slots(lane, capacity) + 1);
    // a phone's focus row holds the (taller) focus box alone; a band's line of concepts is as tall as its longest name needs
    const least: number = lane.key === FOCUS_LANE ? G.focusHeight : G.nodeHeight;
    const top = y + titleHeight;
    // where each line of boxes starts below the title: tops[k] is the room the first k lines take
    let tops = [0];
    const result = fill(lane, capacity, (shown) => {
      const needs = (node: MapNode) => (lane.band ? boxHeightFor(labelLines(conceptLabel(node), LABEL_WIDTH, LABEL_FONT_PX), LABEL_FONT_PX, least) : least);
      // a line past the concepts holds only the lane's controls
      const heights = Array.from({ length: Math.ceil((shown.length + 2) / perRow) }, (_, line) => Math.max(least, ...shown.slice(line * perRow, (line + 1) * perRow).map(needs)));
      tops = [0];
      heights.forEach((height, line) => tops.push(must(tops, line, 'top of line') + height + G.rowGap));
      return (index) => {
        const line = Math.floor(index / perRow);
        const height = heights[line] ?? least;
        return { x: left + G.nodeWidth / 2 + (index % perRow) * pitchX, y: top + must(tops, line, 'top of line') + height / 2, height: index < shown.length ? height : least };
      };
    });
    const width = Math.max(G.nodeWidth, -2 * left);
    placedLanes.push({ key: lane.key, title: result.title, band: lane.band, x: -width / 2, y, width, hidden: result.hidden, open: result.open, control: result.control, next: result.next });
    y = top + must(tops, Math.max(1, Math.ceil(result.used / perRow)), 'top of line') + bandGap;
  };
  alarms.forEach(rowLane);
  if (columns.length > 0) {
    const top = y;
    const sized = columns.map((lane) => ({ lane, width: lane.key === FOCUS_LANE ? G.focusWidth : stacks(lane).across * (G.nodeWidth + G.columnGap) - G.columnGap }));
    let x = -(sized.reduce((sum, { width }) => sum + width, 0) + G.columnGap * (columns.length - 1)) / 2;
    sized.forEach(({ lane, width }) => {
      const isFocus = lane.key === FOCUS_LANE;
      const { down } = stacks(lane);
      const height = isFocus ? G.focusHeight : down * pitchY - G.rowGap;
      const firstY = top + titleHeight + (columnHeight - titleHeight - height) / 2 + (isFocus ? G.focusHeight : G.nodeHeight) / 2;
      // the outer columns of an opened lane hold its best-supported concepts, nearest the flow's start
      const result = fill(lane, columnCapacity, () => (i) => ({ x: x + (isFocus ? width : G.nodeWidth) / 2 + Math.floor(i / down) * (G.nodeWidth + G.columnGap), y: firstY + (i % down) * pitchY, height: isFocus ? G.focusHeight : G.nodeHeight }));
      placedLanes.push({ key: lane.key, title: result.title, band: lane.band, x, y: top, width, hidden: result.hidden, open: result.open, control: result.control, next: result.next });
      x += width + G.columnGap;
    });
    y = top + columnHeight + bandGap;
  }
  rows.forEach(rowLane);

  const drawn = new Set(placed.map((p) => p.node.id));
  const edges = data.edges.filter((edge) => drawn.has(edge.from) && drawn.has(edge.to));
  return { direction, nodes: placed, edges, loops: new Set(edges.filter((edge) => loops.has(edge.id)).map((edge) => edge.id)), lanes: placedLanes, titleHeight };
}

/** Merges the outermost causal lanes into their neighbours until at most `limit` remain, keeping the focus's lane. */
function mergeOutermost(lanes: Lane[], limit: number, focus: MapNode | null): Lane[] {
  const merged = [...lanes];
  while (merged.length > Math.max(limit, focus ? 1 : 0)) {
    const focusIndex = merged.findIndex((lane) => lane.key === FOCUS_LANE);
    const middle = focusIndex >= 0 ? focusIndex : Math.floor(merged.length / 2);
    const fromLeft = middle > merged.length - 1 - middle;
    const [gone, into] = fromLeft ? [merged.at(0), merged.at(1)] : [merged.at(-1), merged.at(-2)];
    // one lane left has nothing to merge into
    if (!gone || !into) break;
    // taken in turn, so the column shows the outer lane's best (the causes a clinician asks about first) beside the inner's
    const nodes = inTurn(gone.nodes, into.nodes);
    merged.splice(merged.indexOf(into), 1, { ...into, nodes, title: into.key === FOCUS_LANE ? into.title : titleOf(nodes) });
    merged.splice(merged.indexOf(gone), 1);
  }
  return merged;
}

/** A count as a reader reads it: 2,011 rather than 2011. */
function formatCount(value: number): string {
  return value.toLocaleString('en');
}

function pinnedIn(lane: Lane, pinned: ReadonlySet<string>): number {
  return lane.nodes.filter((node) => pinned.has(node.id)).length;
}

/** A causal lane is titled after the lane its concepts belong to, or, when they belong to several, after each in the lane table's order. */
function titleOf(nodes: readonly MapNode[]): string {
  const lanes = MAP_LANE_NAMES.filter((lane) => nodes.some((node) => laneOf(node) === lane));
  const [only, ...others] = lanes;
  return only !== undefined && others.length === 0 ? MAP_LANES[only].title : lanes.map((lane) => MAP_LANES[lane].short).join(' · ');
}

/** Both lists, one item of each in turn, the first list first. */
function inTurn<T>(first: readonly T[], second: readonly T[]): T[] {
  return Array.from({ length: Math.max(first.length, second.length) }, (_, index) => [first[index], second[index]]).flat().filter((item): item is T => item !== undefined);
}

/** The causal lane that holds the focus alone. */
export const FOCUS_LANE = 'focus';

/** How well a concept is supported on this map: distinct sources first, then statements (and expert quotes) over anecdotes. */
function supportOf(edges: readonly MapEdge[]): Map<string, { sources: Set<string>; statements: number }> {
  const support = new Map<string, { sources: Set<string>; statements: number }>();
  for (const edge of edges) {
    for (const end of [edge.from, edge.to]) {
      const entry = support.get(end) ?? { sources: new Set<string>(), statements: 0 };
      for (const evidence of edge.evidence ?? []) {
        entry.sources.add(evidence.source);
        if (evidence.kind === 'statement' || evidence.kind === 'expert') entry.statements += 1;
      }
      support.set(end, entry);
    }
  }
  return support;
}

/** The lane's best-supported concepts, pinned ones always among them, in the lane's order. */
function pickShown(nodes: readonly MapNode[], room: number, pinned: ReadonlySet<string>): MapNode[] {
  const chosen = new Set(nodes.filter((node) => pinned.has(node.id)).map((node) => node.id));
  for (const node of nodes) {
    if (chosen.size >= room) break;
    chosen.add(node.id);
  }
  return nodes.filter((node) => chosen.has(node.id));
}

/** The concepts grouped into lanes in reading order, each lane sorted best supported first. */
function lanesOf(data: MapData, focus: MapNode | null, rank: ReadonlyMap<string, number>, support: ReturnType<typeof supportOf>, pinned: ReadonlySet<string>): Lane[] {
  const score = (node: MapNode) => support.get(node.id) ?? { sources: new Set<string>(), statements: 0 };
  const best = (a: MapNode, b: MapNode) =>
    Number(pinned.has(b.id)) - Number(pinned.has(a.id)) ||
    score(b).sources.size - score(a).sources.size ||
    score(b).statements - score(a).statements ||
    compareText(a.name, b.name);
  const causal: Lane[] = [...new Set(rank.values())]
    .sort((a, b) => a - b)
    .map((r) => {
      const nodes = data.nodes.filter((node) => rank.get(node.id) === r).sort(best);
      const isFocus = focus !== null && r === 0;
      return { key: isFocus ? FOCUS_LANE : `step${r}`, title: isFocus ? 'In focus' : titleOf(nodes), nodes, band: false, collapsed: false, alarm: false, group: '' };
    });
  const bands: Lane[] = MAP_LANE_NAMES.filter((lane) => MAP_LANES[lane].placement === 'band')
    .map((lane) => ({
      key: lane,
      title: MAP_LANES[lane].title,
      nodes: data.nodes.filter((node) => !rank.has(node.id) && laneOf(node) === lane).sort(best),
      band: true,
      collapsed: MAP_LANES[lane].collapsed,
      alarm: MAP_LANES[lane].alarm,
      group: MAP_LANES[lane].group,
    }))
    .filter((lane) => lane.nodes.length > 0);
  return [...causal, ...bands];
}
