import { centreOf, exitPoint, inflate, polylineHitsBox, type Box, type Point } from './geometry';
import { must } from './must';

/**
 * Routes the map's lines around the boxes they do not touch, so a line never passes behind a
 * concept (a reader would take it for a chain through that concept) or a lane title.
 *
 * The lanes are columns of boxes along the flow (left to right; top to bottom on a phone, where
 * the same code runs on the picture turned a quarter). A line between two columns leaves its
 * source by the side facing the flow, crosses each column in between through a free passage
 * (a gap between boxes, or the room above or below them), and enters its target by the side
 * facing back; in the gaps between columns, where no box stands, it runs straight. Lines that
 * share a passage or a side of a box are spread across it in the order of where they go, so
 * they do not cross where they need not. A line to a concept in a band (what helps, tests)
 * below or above the columns runs up or down to the channel between the band and the columns,
 * along it, and into its end from below, above or the gap beside its column.
 */

export interface RoutingBox {
  id: string;
  box: Box;
  /** Part of the flow's columns (a concept or control of a causal lane; on a phone, every box). */
  column: boolean;
  /** A lane title: lines may run between it and the boxes it names. */
  title?: boolean;
}

export interface RoutingInput {
  direction: 'across' | 'down';
  boxes: readonly RoutingBox[];
  lines: readonly { id: string; from: string; to: string }[];
}

/** Room kept between a line and a box it passes. */
const CLEARANCE = 8;
/** How far outside its box a line's first and last bend sit, so its arrow head has a straight run into the box. */
const PORT_OFFSET = 7;
/** How far past a column's edges a line crossing it runs level: a pointed shape's border (a diamond's) reaches beyond its box. */
const PASS_MARGIN = 7;
/** How far beyond the outermost boxes a line may pass round them. */
const OUTSIDE = 24;
/** The narrowest gap between two boxes a line passes through, along its middle. */
const NARROWEST = 10;
/** The largest spacing between lines that share a passage or a box's side. */
const SPACING = 9;

interface Column {
  x1: number;
  x2: number;
}

interface Passage {
  column: number;
  interval: [number, number];
  ideal: number;
  line: string;
}

/** Each line's drawn points, from where it leaves its source's box to where it enters its target's. */
export function routeLines(input: RoutingInput): Map<string, Point[]> {
  const turn = input.direction === 'down';
  // in the frame used below, the flow always runs along x
  const frame = (box: Box): Box => (turn ? { x1: box.y1, y1: box.x1, x2: box.y2, y2: box.x2 } : box);
  const back = (point: Point): Point => (turn ? { x: point.y, y: point.x } : point);
  const boxes = new Map(input.boxes.map((item) => [item.id, { ...item, box: frame(item.box) }]));
  const obstacles = [...boxes.values()];
  const bounds = {
    y1: Math.min(...obstacles.map((item) => item.box.y1)),
    y2: Math.max(...obstacles.map((item) => item.box.y2)),
  };

  const boxOf = (id: string) => must(boxes, id, 'box of concept or control').box;
  const columns = columnsOf(obstacles.filter((item) => item.column).map((item) => item.box)).map((column) => ({ ...column, free: freeIntervals(column, obstacles, bounds) }));
  const columnAt = (index: number) => must(columns, index, 'column');
  const columnOf = new Map<string, number>();
  for (const item of obstacles) if (item.column) columnOf.set(item.id, columns.findIndex((column) => item.box.x1 >= column.x1 && item.box.x2 <= column.x2));

  interface Plan {
    id: string;
    from: string;
    to: string;
    fromSide: Side;
    toSide: Side;
    passages: Passage[];
    /** Bends fixed by the band rule, between the source's port and the target's. */
    via: Point[];
  }
  const plans: Plan[] = [];
  const straight: RoutingInput['lines'][number][] = [];

  for (const line of input.lines) {
    const s = boxes.get(line.from);
    const t = boxes.get(line.to);
    if (!s || !t || line.from === line.to) continue;
    const cs = columnOf.get(line.from);
    const ct = columnOf.get(line.to);
    if (cs === undefined || ct === undefined) {
      const band = bandRoute(s.box, t.box, cs !== undefined, ct !== undefined, columns, obstacles, line);
      if (band) plans.push({ id: line.id, from: line.from, to: line.to, ...band, passages: [] });
      else straight.push(line);
      continue;
    }
    const step = ct > cs ? 1 : ct < cs ? -1 : 0;
    const fromSide: Side = step >= 0 ? 'right' : 'left';
    const toSide: Side = step > 0 ? 'left' : 'right';
    const a = portPoint(s.box, fromSide, centreOf(s.box).y);
    const b = portPoint(t.box, toSide, centreOf(t.box).y);
    const passages: Passage[] = [];
    for (let k = cs + step; step !== 0 && k !== ct; k += step) {
      const column = columnAt(k);
      const middle = (column.x1 + column.x2) / 2;
      const ideal = a.y + ((b.y - a.y) * (middle - a.x)) / (b.x - a.x || 1);
      const interval = choose(column.free, ideal);
      if (!interval) break;
      passages.push({ column: k, interval, ideal, line: line.id });
    }
    if (passages.length !== Math.max(0, Math.abs(ct - cs) - 1)) {
      straight.push(line);
      continue;
    }
    // a line between two concepts of one column runs down the gap beside it
    const via =
      step === 0
        ? (() => {
            const column = columnAt(cs);
            const x = column.x2 + Math.min(14, ((columns[cs + 1]?.x1 ?? column.x2 + 28) - column.x2) / 2);
            return [
              { x, y: centreOf(s.box).y },
              { x, y: centreOf(t.box).y },
            ];
          })()
        : [];
    plans.push({ id: line.id, from: line.from, to: line.to, fromSide, toSide, passages, via });
  }

  // lines sharing a passage are spread across it in the order of where they would cross it
  // (a column's free stretches do not overlap, so the column and where a stretch starts name it)
  const groups = new Map<string, { interval: [number, number]; passages: Passage[] }>();
  for (const passage of plans.flatMap((plan) => plan.passages)) {
    const key = `${passage.column}:${passage.interval[0]}`;
    const group = groups.get(key) ?? { interval: passage.interval, passages: [] };
    group.passages.push(passage);
    groups.set(key, group);
  }
  const level = new Map<Passage, number>();
  for (const { interval: [lo, hi], passages: group } of groups.values()) {
    group.sort((p, q) => p.ideal - q.ideal || p.line.localeCompare(q.line));
    const spacing = group.length > 1 ? Math.min(SPACING, (hi - lo) / (group.length - 1)) : 0;
    const total = spacing * (group.length - 1);
    const mean = group.reduce((sum, p) => sum + p.ideal, 0) / group.length;
    const start = Math.min(Math.max(mean - total / 2, lo), hi - total);
    group.forEach((passage, index) => level.set(passage, start + index * spacing));
  }

  // lines leaving or entering one side of a box are spread along it in the order of where they go
  const ports = new Map<string, { id: string; side: Side; ends: { plan: Plan; end: 'from' | 'to'; towards: number }[] }>();
  const addPort = (id: string, side: Side, end: { plan: Plan; end: 'from' | 'to'; towards: number }) => {
    const key = `${id}:${side}`;
    const port = ports.get(key) ?? { id, side, ends: [] };
    port.ends.push(end);
    ports.set(key, port);
  };
  for (const plan of plans) {
    const levelOf = (passage: Passage | undefined) => (passage ? level.get(passage) : undefined);
    const first = plan.via[0]?.y ?? levelOf(plan.passages[0]) ?? centreOf(boxOf(plan.to)).y;
    const last = plan.via.at(-1)?.y ?? levelOf(plan.passages.at(-1)) ?? centreOf(boxOf(plan.from)).y;
    const along = (side: Side, point: Point | undefined, fallback: number) => (side === 'top' || side === 'bottom' ? (point?.x ?? fallback) : (point?.y ?? fallback));
    addPort(plan.from, plan.fromSide, { plan, end: 'from', towards: along(plan.fromSide, plan.via[0], first) });
    addPort(plan.to, plan.toSide, { plan, end: 'to', towards: along(plan.toSide, plan.via.at(-1), last) });
  }
  const portAt = new Map<string, Point>();
  for (const { id, side, ends } of ports.values()) {
    const box = boxOf(id);
    const across = side === 'top' || side === 'bottom';
    const room = (across ? box.x2 - box.x1 : box.y2 - box.y1) - 2 * 8;
    ends.sort((p, q) => p.towards - q.towards || p.plan.id.localeCompare(q.plan.id));
    const spacing = ends.length > 1 ? Math.min(SPACING, room / (ends.length - 1)) : 0;
    const centre = across ? (box.x1 + box.x2) / 2 : (box.y1 + box.y2) / 2;
    ends.forEach((end, index) => portAt.set(`${end.plan.id}:${end.end}`, portPoint(box, side, centre + (index - (ends.length - 1) / 2) * spacing)));
  }

  const routes = new Map<string, Point[]>();
  // a route may graze a box's border, not pass inside it
  const inner = obstacles.map((item) => ({ id: item.id, box: inflate(item.box, -1) }));
  for (const plan of plans) {
    const source = boxOf(plan.from);
    const target = boxOf(plan.to);
    const start = must(portAt, `${plan.id}:from`, 'port of line');
    const end = must(portAt, `${plan.id}:to`, 'port of line');
    const bends: Point[] = [start];
    for (const passage of plan.passages) {
      const column = columnAt(passage.column);
      // never more than a quarter of the gap to the next column, so the run between columns keeps its slope
      const before = Math.min(PASS_MARGIN, (column.x1 - (columns[passage.column - 1]?.x2 ?? -Infinity)) / 4);
      const after = Math.min(PASS_MARGIN, ((columns[passage.column + 1]?.x1 ?? Infinity) - column.x2) / 4);
      const [first, second] = plan.fromSide === 'right' ? [column.x1 - before, column.x2 + after] : [column.x2 + after, column.x1 - before];
      const y = must(level, passage, 'level of passage');
      bends.push({ x: first, y }, { x: second, y });
    }
    bends.push(...alignVia(plan.via, start, end, plan.fromSide, plan.toSide), end);
    const points = [exitPoint(source, start), ...bends, exitPoint(target, end)];
    // a route that still meets a box (a crowded column, a title in the way) is drawn straight rather than wrong twice
    const blocked = inner.some((item) => item.id !== plan.from && item.id !== plan.to && polylineHitsBox(points, item.box));
    if (blocked) straight.push(plan);
    else routes.set(plan.id, points.map(back));
  }
  for (const line of straight) {
    const [s, t] = [boxOf(line.from), boxOf(line.to)];
    routes.set(line.id, [exitPoint(s, centreOf(t)), exitPoint(t, centreOf(s))].map(back));
  }
  return routes;
}

type Side = 'left' | 'right' | 'top' | 'bottom';

/** A point just outside the middle of one side of a box, moved along that side to `along`. */
function portPoint(box: Box, side: Side, along: number): Point {
  if (side === 'right') return { x: box.x2 + PORT_OFFSET, y: along };
  if (side === 'left') return { x: box.x1 - PORT_OFFSET, y: along };
  if (side === 'top') return { x: along, y: box.y1 - PORT_OFFSET };
  return { x: along, y: box.y2 + PORT_OFFSET };
}

/** The band rule's bends moved to the ports' actual positions, so each run stays vertical or horizontal. */
function alignVia(via: readonly Point[], start: Point, end: Point, fromSide: Side, toSide: Side): Point[] {
  const points = via.map((point) => ({ ...point }));
  const [first, last] = [points.at(0), points.at(-1)];
  if (!first || !last) return [];
  if (fromSide === 'top' || fromSide === 'bottom') first.x = start.x;
  else first.y = start.y;
  if (toSide === 'top' || toSide === 'bottom') last.x = end.x;
  else last.y = end.y;
  return points;
}

/** The flow's columns: boxes whose extents along the flow overlap, merged. */
function columnsOf(boxes: readonly Box[]): Column[] {
  const sorted = [...boxes].sort((a, b) => a.x1 - b.x1);
  const columns: Column[] = [];
  for (const box of sorted) {
    const last = columns.at(-1);
    if (last && box.x1 < last.x2) last.x2 = Math.max(last.x2, box.x2);
    else columns.push({ x1: box.x1, x2: box.x2 });
  }
  return columns;
}

/**
 * Where a line may cross a column: the stretches across it that no box reaches, keeping clear of
 * each box (the middle of a gap too narrow for that), and the room just outside the outermost boxes.
 */
function freeIntervals(column: Column, obstacles: readonly { box: Box }[], bounds: { y1: number; y2: number }): [number, number][] {
  const blocked = obstacles
    .filter(({ box }) => box.x1 < column.x2 && box.x2 > column.x1)
    .map(({ box }) => [box.y1, box.y2] as const)
    .sort((a, b) => a[0] - b[0]);
  const gaps: [number, number][] = [];
  let from = bounds.y1 - OUTSIDE;
  for (const [y1, y2] of blocked) {
    if (y1 > from) gaps.push([from, y1]);
    from = Math.max(from, y2);
  }
  if (bounds.y2 + OUTSIDE > from) gaps.push([from, bounds.y2 + OUTSIDE]);
  return gaps.flatMap(([y1, y2]): [number, number][] => {
    if (y2 - y1 >= 2 * CLEARANCE) return [[y1 + CLEARANCE, y2 - CLEARANCE]];
    const middle = (y1 + y2) / 2;
    return y2 - y1 >= NARROWEST ? [[middle, middle]] : [];
  });
}

/** The free stretch nearest the line's ideal crossing, wide ones preferred over the narrow gaps between stacked boxes. */
function choose(intervals: readonly [number, number][], ideal: number): [number, number] | null {
  let best: [number, number] | null = null;
  let cost = Infinity;
  for (const interval of intervals) {
    const distance = ideal < interval[0] ? interval[0] - ideal : ideal > interval[1] ? ideal - interval[1] : 0;
    const narrow = interval[1] - interval[0] < 2 * SPACING ? 40 : 0;
    if (distance + narrow < cost) {
      cost = distance + narrow;
      best = interval;
    }
  }
  return best;
}

/**
 * A line with an end in a band (a row below or above the columns): from the band concept's side
 * facing the columns (or, when its title stands there, from the gap beside it) to the channel
 * between the band and the columns, along it, then into the other end from below or above when
 * nothing stands between, otherwise along the gap beside its column and in from the side. Null
 * when no such route is clear.
 */
function bandRoute(
  s: Box,
  t: Box,
  sInColumn: boolean,
  tInColumn: boolean,
  columns: readonly Column[],
  obstacles: readonly { id: string; box: Box; title?: boolean; column: boolean }[],
  line: { from: string; to: string },
): { fromSide: Side; toSide: Side; via: Point[] } | null {
  if (!sInColumn && !tInColumn) return null;
  const [band, other, bandIsSource] = sInColumn ? [t, s, false] : [s, t, true];
  const below = band.y1 > other.y2;
  const otherColumn = columns.find((column) => other.x1 >= column.x1 && other.x2 <= column.x2);
  if (!otherColumn) return null;
  const others = obstacles.filter(({ id }) => id !== line.from && id !== line.to);
  // the channel: halfway between the band's title (or the band) and the nearest concept towards the columns
  const between = others.filter(({ box }) => (below ? box.y2 <= band.y1 && box.y2 > other.y2 : box.y1 >= band.y2 && box.y1 < other.y1));
  const boxes = between.filter(({ title }) => !title).map(({ box }) => box);
  const titles = between.filter(({ title }) => title).map(({ box }) => box);
  const edge = below ? Math.max(other.y2, ...boxes.map((box) => box.y2)) : Math.min(other.y1, ...boxes.map((box) => box.y1));
  const near = below ? Math.min(band.y1, ...titles.map((box) => box.y1)) : Math.max(band.y2, ...titles.map((box) => box.y2));
  const channel = (edge + near) / 2;
  // with another band in between, a second channel runs next to the columns, reached through a gap in that band
  const rows = boxes.filter((box) => !others.some((item) => item.column && item.box === box));
  const columnEdge = below ? Math.max(other.y2, ...others.filter((item) => item.column && item.box.y2 <= channel).map((item) => item.box.y2)) : Math.min(other.y1, ...others.filter((item) => item.column && item.box.y1 >= channel).map((item) => item.box.y1));
  const rowEdge = below ? Math.min(...rows.map((box) => box.y1), ...titles.map((box) => box.y1)) : Math.max(...rows.map((box) => box.y2), ...titles.map((box) => box.y2));
  const outer = rows.length > 0 ? (columnEdge + rowEdge) / 2 : null;
  const crossings = outer === null ? [null] : [null, ...rows.flatMap((box) => [box.x1 - CLEARANCE - 6, box.x2 + CLEARANCE + 6]).sort((a, b) => Math.abs(a - (band.x1 + band.x2) / 2) - Math.abs(b - (band.x1 + band.x2) / 2))];
  const clear = (points: Point[]) => !others.some(({ box }) => polylineHitsBox(points, inflate(box, -1)));
  const middle = (box: Box) => ({ x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 });
  const towardsOther = middle(other).x < middle(band).x ? 'left' : 'right';
  const gapX = (box: Box, side: 'left' | 'right') => (side === 'left' ? box.x1 - CLEARANCE - 4 : box.x2 + CLEARANCE + 4);
  // ways out of the band concept: straight towards the columns, or by its side into the gap beside it
  // each way meets the channel at `channelX`, where the way out and the way in join
  const exits: { side: Side; channelX: number; via: Point[] }[] = [
    { side: below ? 'top' : 'bottom', channelX: middle(band).x, via: [{ x: middle(band).x, y: channel }] },
    ...([towardsOther, towardsOther === 'left' ? 'right' : 'left'] as const).map((side) => ({ side, channelX: gapX(band, side), via: [{ x: gapX(band, side), y: middle(band).y }, { x: gapX(band, side), y: channel }] })),
  ];
  // ways into the other end: from the channel straight in, or along the gap beside its column
  const entries: { side: Side; channelX: number; via: Point[] }[] = [
    { side: below ? 'bottom' : 'top', channelX: middle(other).x, via: [{ x: middle(other).x, y: channel }] },
    ...(['left', 'right'] as const).map((side) => {
      const x = side === 'left' ? otherColumn.x1 - CLEARANCE - 4 : otherColumn.x2 + CLEARANCE + 4;
      return { side, channelX: x, via: [{ x, y: channel }, { x, y: middle(other).y }] };
    }),
  ];
  const candidates = exits.flatMap((exit) => entries.map((entry) => ({ exit, entry, length: Math.abs(exit.channelX - entry.channelX) })));
  candidates.sort((a, b) => a.length - b.length);
  for (const { exit, entry, crossing } of crossings.flatMap((crossing) => candidates.map((candidate) => ({ ...candidate, crossing })))) {
    const bandPort = portPoint(band, exit.side, exit.side === 'top' || exit.side === 'bottom' ? middle(band).x : middle(band).y);
    const otherPort = portPoint(other, entry.side, entry.side === 'top' || entry.side === 'bottom' ? middle(other).x : middle(other).y);
    const through = crossing === null || outer === null ? [] : [{ x: crossing, y: channel }, { x: crossing, y: outer }];
    const into = crossing === null || outer === null ? entry.via : entry.via.map((point) => (point.y === channel ? { ...point, y: outer } : point));
    const via = [...exit.via, ...through, ...into];
    if (!clear([bandPort, ...via, otherPort])) continue;
    return bandIsSource ? { fromSide: exit.side, toSide: entry.side, via } : { fromSide: entry.side, toSide: exit.side, via: [...via].reverse() };
  }
  return null;
}
