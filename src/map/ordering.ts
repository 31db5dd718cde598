import { FOCUS_LANE, LANE_GEOMETRY, type LaneLayout, type PlacedNode } from './lane-layout';
import type { MapEdge } from './model';
import { must } from './must';

/** How many sweeps the ordering makes; the picture rarely improves after a handful. */
const SWEEPS = 8;

/**
 * The concepts of each causal lane put in the order that makes the lines between lanes cross
 * least: barycentre sweeps (the layered, Sugiyama, approach), each concept moved to the slot
 * nearest the mean place of the concepts it is linked to, lane by lane, forwards then
 * backwards; the best order met is kept, as `crossings` counts it (the plan counts its routed
 * lines). Then small moves, each kept only when it lowers that count. A lane keeps the concepts it
 * shows (what fits, best supported first) and its slots, which may only move together up or down
 * the column; band lanes (what helps, tests) keep their order.
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
  const membersOf = (lane: string) => must(members, lane, 'concepts of lane');
  const at = (where: ReadonlyMap<string, { x: number; y: number }>, id: string) => must(where, id, 'place of concept');
  const slots = new Map(lanes.map((lane) => [lane, membersOf(lane).map((id) => at(place, id)).sort(reading)]));
  const slotsOf = (lane: string) => must(slots, lane, 'slots of lane');
  // where a concept stands along its lane: down a column, or along a phone's row
  const alongFlow = (point: { x: number; y: number }) => (across ? point.y : point.x);
  const laneStart = (lane: string, where: ReadonlyMap<string, { x: number; y: number }>) => Math.min(...membersOf(lane).map((id) => alongFlow(at(where, id))));
  const arranged = (where: ReadonlyMap<string, { x: number; y: number }>): LaneLayout => ({
    ...layout,
    nodes: layout.nodes.map((placed): PlacedNode => ({ ...placed, ...at(where, placed.node.id) })),
    // a lane's "+N more" moves with its concepts
    lanes: layout.lanes.map((lane) => {
      if (!lane.control || !members.has(lane.key)) return lane;
      const shift = laneStart(lane.key, where) - laneStart(lane.key, place);
      return shift === 0 ? lane : { ...lane, control: { ...lane.control, ...(across ? { y: lane.control.y + shift } : { x: lane.control.x + shift }) } };
    }),
  });
  const score = () => crossings(arranged(place));

  let best = { score: score(), place: new Map(place) };
  // lanes in the order they stand across the flow (left to right, or down a phone), each by its first slot
  const acrossFlow = (lane: string) => {
    const first = must(slotsOf(lane), 0, 'first slot of lane');
    return across ? first.x : first.y;
  };
  const order = [...lanes].sort((a, b) => acrossFlow(a) - acrossFlow(b));
  for (let sweep = 0; sweep < SWEEPS && best.score > 0; sweep++) {
    for (const lane of sweep % 2 === 0 ? order : [...order].reverse()) {
      const ids = membersOf(lane);
      const cross = (id: string) => alongFlow(at(place, id));
      const barycentre = (id: string) => {
        const linked = (neighbours.get(id) ?? []).filter((other) => laneOf.get(other) !== lane);
        return linked.length === 0 ? cross(id) : linked.reduce((sum, other) => sum + cross(other), 0) / linked.length;
      };
      const wanted = new Map(ids.map((id) => [id, barycentre(id)]));
      const want = (id: string) => must(wanted, id, 'wanted place of concept');
      const sorted = [...ids].sort((a, b) => want(a) - want(b) || cross(a) - cross(b));
      const laneSlots = slotsOf(lane);
      // a lane has a slot for each of its concepts
      sorted.forEach((id, index) => place.set(id, must(laneSlots, index, 'slot of lane')));
    }
    const now = score();
    if (now < best.score) best = { score: now, place: new Map(place) };
  }
  // Then small moves, each kept when it lowers the count, until none does: two neighbours in a
  // lane swapped (sweeps settle on means that can leave two lines crossing), and a column shorter
  // than the map moved up or down a slot or more (a hub's fan of lines then meets fewer others).
  const pitch = across ? LANE_GEOMETRY.nodeHeight + LANE_GEOMETRY.rowGap : LANE_GEOMETRY.nodeWidth + LANE_GEOMETRY.rowGap;
  const extent = [
    ...layout.nodes.filter((placed) => !bands.has(placed.lane)).map(alongFlow),
    ...layout.lanes.flatMap((lane) => (lane.control && members.has(lane.key) ? [alongFlow(lane.control)] : [])),
  ];
  const [first, last] = [Math.min(...extent), Math.max(...extent)];
  // the focus may leave the middle by a slot or two, not drift to a corner of the map
  const planned = new Map(order.map((lane) => [lane, membersOf(lane).map((id) => alongFlow(at(place, id)))]));
  const reach = (lane: string) => {
    const along = must(planned, lane, 'planned places of lane');
    // a lane's "+N more" stands in the slot after its last concept
    const control = layout.lanes.some((placed) => placed.key === lane && placed.control) ? pitch : 0;
    return lane === FOCUS_LANE
      ? { from: Math.max(first, Math.min(...along) - FOCUS_DRIFT * pitch), to: Math.min(last, Math.max(...along) + FOCUS_DRIFT * pitch) }
      : { from: first, to: last - control };
  };
  let evaluations = 0;
  // each count compares every pair of lines: a crowded map gets fewer tries, so it is planned as fast
  const budget = Math.min(REFINING_EVALUATIONS, Math.floor(REFINING_PAIRS / Math.max(1, edges.length) ** 2));
  const attempt = (move: (place: Map<string, { x: number; y: number }>) => void) => {
    if (evaluations >= budget) return false;
    evaluations += 1;
    const trial = new Map(best.place);
    move(trial);
    const now = crossings(arranged(trial));
    if (now >= best.score) return false;
    best = { score: now, place: trial };
    return true;
  };
  for (let improved = true; improved && best.score > 0 && evaluations < budget; ) {
    improved = false;
    for (const lane of order) {
      const bySlot = [...membersOf(lane)].sort((a, b) => reading(at(best.place, a), at(best.place, b)));
      for (const gap of [1, 2]) {
        for (let i = 0; i + gap < bySlot.length; i++) {
          const [a, b] = [must(bySlot, i, 'concept in slot'), must(bySlot, i + gap, 'concept in slot')];
          const [aAt, bAt] = [at(best.place, a), at(best.place, b)];
          if (!attempt((trial) => trial.set(a, bAt).set(b, aAt))) continue;
          [bySlot[i], bySlot[i + gap]] = [b, a];
          improved = true;
        }
      }
    }
    for (const lane of order) {
      const ids = membersOf(lane);
      const along = ids.map((id) => alongFlow(at(best.place, id)));
      const { from, to } = reach(lane);
      const [up, down] = [Math.floor((Math.min(...along) - from) / pitch + 1e-6), Math.floor((to - Math.max(...along)) / pitch + 1e-6)];
      for (let shift = -up; shift <= down; shift++) {
        if (shift === 0) continue;
        const moved = attempt((trial) => {
          for (const id of ids) {
            const now = at(trial, id);
            trial.set(id, across ? { x: now.x, y: now.y + shift * pitch } : { x: now.x + shift * pitch, y: now.y });
          }
        });
        improved ||= moved;
        if (moved) break;
      }
    }
  }
  return arranged(best.place);
}

/** How many slots the focus may move from the middle of the flow. */
const FOCUS_DRIFT = 2;

/** How many small moves are tried at most, so a map is still planned in a blink. */
const REFINING_EVALUATIONS = 100;
/** Pairs of lines compared over all the tries: 100 tries for a laptop's home picture of about 55 lines. */
const REFINING_PAIRS = 100 * 55 ** 2;
