import type { LaneLayout, PlacedNode } from './lane-layout';
import type { MapEdge } from './model';

/** How many sweeps the ordering makes; the picture rarely improves after a handful. */
const SWEEPS = 8;

/**
 * The concepts of each causal lane put in the order that makes the lines between lanes cross
 * least: barycentre sweeps (the layered, Sugiyama, approach), each concept moved to the slot
 * nearest the mean place of the concepts it is linked to, lane by lane, forwards then
 * backwards; the best order met is kept, as `crossings` counts it (the plan counts its routed
 * lines). A lane keeps its slots and the concepts it shows (what fits, best supported first);
 * only who sits in which slot changes. Band lanes (what helps, tests) keep their order.
 */
export function orderWithinLanes(layout: LaneLayout, edges: readonly MapEdge[], crossings: (layout: LaneLayout) => number): LaneLayout {
  const bands = new Set(layout.lanes.filter((lane) => lane.band).map((lane) => lane.key));
  const lanes = [...new Set(layout.nodes.filter((placed) => !bands.has(placed.lane)).map((placed) => placed.lane))];
  if (lanes.length < 2 || edges.length === 0) return layout;
  const across = layout.direction === 'across';
  // in reading order: down a column, or along a phone's row
  const reading = (a: { x: number; y: number }, b: { x: number; y: number }) => a.y - b.y || a.x - b.x;
  const place = new Map(layout.nodes.map((placed) => [placed.node.id, { x: placed.x, y: placed.y }]));
  const laneOf = new Map(layout.nodes.map((placed) => [placed.node.id, placed.lane]));
  const neighbours = new Map<string, string[]>();
  for (const edge of edges) {
    if (!place.has(edge.from) || !place.has(edge.to) || edge.from === edge.to) continue;
    neighbours.set(edge.from, [...(neighbours.get(edge.from) ?? []), edge.to]);
    neighbours.set(edge.to, [...(neighbours.get(edge.to) ?? []), edge.from]);
  }
  const members = new Map(lanes.map((lane) => [lane, layout.nodes.filter((placed) => placed.lane === lane).map((placed) => placed.node.id)]));
  const slots = new Map(lanes.map((lane) => [lane, members.get(lane)!.map((id) => place.get(id)!).sort(reading)]));
  const arranged = (at: ReadonlyMap<string, { x: number; y: number }>): LaneLayout => ({ ...layout, nodes: layout.nodes.map((placed): PlacedNode => ({ ...placed, ...at.get(placed.node.id)! })) });
  const score = () => crossings(arranged(place));

  let best = { score: score(), place: new Map(place) };
  const order = [...lanes].sort((a, b) => {
    const [pa, pb] = [slots.get(a)![0]!, slots.get(b)![0]!];
    return across ? pa.x - pb.x : pa.y - pb.y;
  });
  for (let sweep = 0; sweep < SWEEPS && best.score > 0; sweep++) {
    for (const lane of sweep % 2 === 0 ? order : [...order].reverse()) {
      const ids = members.get(lane)!;
      const cross = (id: string) => (across ? place.get(id)!.y : place.get(id)!.x);
      const barycentre = (id: string) => {
        const linked = (neighbours.get(id) ?? []).filter((other) => laneOf.get(other) !== lane);
        return linked.length === 0 ? cross(id) : linked.reduce((sum, other) => sum + (across ? place.get(other)!.y : place.get(other)!.x), 0) / linked.length;
      };
      const wanted = new Map(ids.map((id) => [id, barycentre(id)]));
      const sorted = [...ids].sort((a, b) => wanted.get(a)! - wanted.get(b)! || cross(a) - cross(b));
      sorted.forEach((id, index) => place.set(id, slots.get(lane)![index]!));
    }
    const now = score();
    if (now < best.score) best = { score: now, place: new Map(place) };
  }
  return arranged(best.place);
}
