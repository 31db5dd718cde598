/** Plane geometry of what the map draws: boxes and the polylines of its lines, in one coordinate space. */

export interface Point {
  x: number;
  y: number;
}

/** An axis-aligned box. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export const centreOf = (box: Box): Point => ({ x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 });

export const boxAround = (centre: Point, width: number, height: number): Box => ({
  x1: centre.x - width / 2,
  y1: centre.y - height / 2,
  x2: centre.x + width / 2,
  y2: centre.y + height / 2,
});

/** The box grown (or, for a negative margin, shrunk) by `margin` on every side. */
export const inflate = (box: Box, margin: number): Box => ({ x1: box.x1 - margin, y1: box.y1 - margin, x2: box.x2 + margin, y2: box.y2 + margin });

export function union(boxes: readonly Box[]): Box {
  return {
    x1: Math.min(...boxes.map((box) => box.x1)),
    y1: Math.min(...boxes.map((box) => box.y1)),
    x2: Math.max(...boxes.map((box) => box.x2)),
    y2: Math.max(...boxes.map((box) => box.y2)),
  };
}

/** Whether the segment a–b passes through the inside of the box (touching its border does not count): Liang–Barsky clipping. */
export function segmentHitsBox(a: Point, b: Point, box: Box): boolean {
  let low = 0;
  let high = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const edges: [number, number][] = [
    [-dx, a.x - box.x1],
    [dx, box.x2 - a.x],
    [-dy, a.y - box.y1],
    [dy, box.y2 - a.y],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q <= 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) low = Math.max(low, t);
    else high = Math.min(high, t);
    if (low >= high) return false;
  }
  return true;
}

/** Whether a polyline passes through the inside of the box anywhere along its length. */
export function polylineHitsBox(points: readonly Point[], box: Box): boolean {
  let previous: Point | undefined;
  for (const b of points) {
    const a = previous;
    previous = b;
    if (!a) continue;
    // most segments are nowhere near the box: the cheap test first, since planning counts many layouts
    if (Math.max(a.x, b.x) <= box.x1 || Math.min(a.x, b.x) >= box.x2 || Math.max(a.y, b.y) <= box.y1 || Math.min(a.y, b.y) >= box.y2) continue;
    if (segmentHitsBox(a, b, box)) return true;
  }
  return false;
}

const cross = (o: Point, a: Point, b: Point) => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);

/** Whether segments a–b and c–d cross at a point inside both (meeting at an end or running along each other does not count). */
export function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
  const d1 = cross(c, d, a);
  const d2 = cross(c, d, b);
  const d3 = cross(a, b, c);
  const d4 = cross(a, b, d);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

/** How many times two polylines cross each other. */
export function polylineCrossings(p: readonly Point[], q: readonly Point[]): number {
  let count = 0;
  // pairs of neighbouring points walked without building segments: planning counts crossings for every layout it tries
  let previous: Point | undefined;
  for (const b of p) {
    if (previous) count += segmentCrossings(previous, b, q);
    previous = b;
  }
  return count;
}

/** How many times the segment a–b crosses a polyline. */
function segmentCrossings(a: Point, b: Point, q: readonly Point[]): number {
  let count = 0;
  let previous: Point | undefined;
  for (const d of q) {
    const c = previous;
    previous = d;
    if (!c) continue;
    // segments whose extents do not overlap cannot cross: skipped before the products
    if (Math.max(a.x, b.x) < Math.min(c.x, d.x) || Math.max(c.x, d.x) < Math.min(a.x, b.x) || Math.max(a.y, b.y) < Math.min(c.y, d.y) || Math.max(c.y, d.y) < Math.min(a.y, b.y)) continue;
    if (segmentsCross(a, b, c, d)) count++;
  }
  return count;
}

/** Where the line from a box's centre towards `towards` leaves the box. */
export function exitPoint(box: Box, towards: Point): Point {
  const centre = centreOf(box);
  const dx = towards.x - centre.x;
  const dy = towards.y - centre.y;
  const scale = Math.min(dx === 0 ? Infinity : (box.x2 - box.x1) / 2 / Math.abs(dx), dy === 0 ? Infinity : (box.y2 - box.y1) / 2 / Math.abs(dy), 1);
  return { x: centre.x + dx * scale, y: centre.y + dy * scale };
}

/** The point at `share` of a polyline's length. */
export function pointAlong(points: readonly Point[], share: number): Point {
  const segments = segmentsOf(points).map(([a, b]) => ({ a, b, length: Math.hypot(b.x - a.x, b.y - a.y) }));
  let left = segments.reduce((sum, segment) => sum + segment.length, 0) * share;
  for (const { a, b, length } of segments) {
    if (left <= length && length > 0) {
      const t = left / length;
      return { x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y) };
    }
    left -= length;
  }
  return points.at(-1) ?? { x: 0, y: 0 };
}

/** A polyline's segments, each as its two ends. */
function segmentsOf(points: readonly Point[]): [Point, Point][] {
  const segments: [Point, Point][] = [];
  let previous: Point | undefined;
  for (const point of points) {
    if (previous) segments.push([previous, point]);
    previous = point;
  }
  return segments;
}

/** A line as drawn, for counting: its id, its two ends' ids, its points. */
export interface DrawnLine {
  id: string;
  from: string;
  to: string;
  points: readonly Point[];
}

/** A box drawn on the map that a line must not pass behind unless it is one of the line's ends. */
export interface DrawnBox {
  id: string;
  box: Box;
}

/** The lines that pass behind a box that is not one of their ends; a box is shrunk by `tolerance` so a line grazing its border is not counted. */
export function linesBehindBoxes(lines: readonly DrawnLine[], boxes: readonly DrawnBox[], tolerance = 2): { line: string; box: string }[] {
  const found: { line: string; box: string }[] = [];
  for (const line of lines) {
    for (const { id, box } of boxes) {
      if (id === line.from || id === line.to) continue;
      if (polylineHitsBox(line.points, inflate(box, -tolerance))) {
        found.push({ line: line.id, box: id });
        break;
      }
    }
  }
  return found;
}

/** Crossings among lines, pairs that share an end left out (they meet at that concept, as a reader expects). */
export function crossingsAmong(lines: readonly DrawnLine[]): number {
  let count = 0;
  const measured = lines.map((line) => ({ line, extent: extentOf(line.points) }));
  measured.forEach(({ line: a, extent: p }, i) => {
    for (const { line: b, extent: q } of measured.slice(i + 1)) {
      if (a.from === b.from || a.from === b.to || a.to === b.from || a.to === b.to) continue;
      if (p.x2 < q.x1 || q.x2 < p.x1 || p.y2 < q.y1 || q.y2 < p.y1) continue;
      count += polylineCrossings(a.points, b.points);
    }
  });
  return count;
}

/** The smallest box holding every point. */
export function extentOf(points: readonly Point[]): Box {
  const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  for (const point of points) {
    box.x1 = Math.min(box.x1, point.x);
    box.y1 = Math.min(box.y1, point.y);
    box.x2 = Math.max(box.x2, point.x);
    box.y2 = Math.max(box.y2, point.y);
  }
  return box;
}
