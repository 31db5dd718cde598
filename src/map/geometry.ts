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
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
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
  for (let i = 1; i < p.length; i++) {
    const a = p[i - 1]!;
    const b = p[i]!;
    for (let j = 1; j < q.length; j++) {
      const c = q[j - 1]!;
      const d = q[j]!;
      // segments whose extents do not overlap cannot cross: skipped before the products
      if (Math.max(a.x, b.x) < Math.min(c.x, d.x) || Math.max(c.x, d.x) < Math.min(a.x, b.x) || Math.max(a.y, b.y) < Math.min(c.y, d.y) || Math.max(c.y, d.y) < Math.min(a.y, b.y)) continue;
      if (segmentsCross(a, b, c, d)) count++;
    }
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
  const lengths = points.slice(1).map((point, i) => Math.hypot(point.x - points[i]!.x, point.y - points[i]!.y));
  let left = lengths.reduce((a, b) => a + b, 0) * share;
  for (let i = 0; i < lengths.length; i++) {
    const length = lengths[i]!;
    if (left <= length && length > 0) {
      const t = left / length;
      return { x: points[i]!.x + t * (points[i + 1]!.x - points[i]!.x), y: points[i]!.y + t * (points[i + 1]!.y - points[i]!.y) };
    }
    left -= length;
  }
  return points.at(-1) ?? { x: 0, y: 0 };
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
  const extents = lines.map((line) => extentOf(line.points));
  for (let i = 0; i < lines.length; i++) {
    const a = lines[i]!;
    const p = extents[i]!;
    for (let j = i + 1; j < lines.length; j++) {
      const b = lines[j]!;
      if (a.from === b.from || a.from === b.to || a.to === b.from || a.to === b.to) continue;
      const q = extents[j]!;
      if (p.x2 < q.x1 || q.x2 < p.x1 || p.y2 < q.y1 || q.y2 < p.y1) continue;
      count += polylineCrossings(a.points, b.points);
    }
  }
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
