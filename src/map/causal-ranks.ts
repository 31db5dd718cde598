import { CAUSAL_RELATION_TYPES, CONCEPT_KINDS, MAP_LANES, type MapLane } from '../domain';
import type { MapData, MapEdge, MapNode } from './model';
import { must } from './must';

/**
 * Where each concept stands in the causal flow around the focus, and which arrows close a
 * loop: the ranking the lane layout turns into columns (or a phone's rows).
 */

const CAUSAL = new Set<string>(CAUSAL_RELATION_TYPES);
export const laneOf = (node: MapNode): MapLane => CONCEPT_KINDS[node.kind].lane;
const isCausalLane = (node: MapNode) => MAP_LANES[laneOf(node)].placement === 'causal';

/**
 * Each causal-lane concept's column, 0 being the focus. What leads to the focus (and free
 * causes and mechanisms) sits left of it, what follows (and free symptoms) right of it. On
 * each side a concept's column is the longest causal chain before it, but never left of its
 * lane's place (causes and conditions first, then mechanisms), so every causal arrow within a
 * side points right, and kinds keep their usual order where the chains allow. With `pullSources`,
 * a concept that leads to more than leads to it moves right, next to what it leads to.
 */
export function causalRanks(data: MapData, focus: MapNode | null, loops: ReadonlySet<string>, { pullSources = false }: { pullSources?: boolean } = {}): Map<string, number> {
  const inFlow = data.nodes.filter((node) => isCausalLane(node) && node.id !== focus?.id);
  const edges = causalEdgesOf(data, focus).filter((edge) => !loops.has(edge.id));
  const out = new Map<string, string[]>();
  const into = new Map<string, string[]>();
  for (const edge of edges) {
    append(out, edge.from, edge.to);
    append(into, edge.to, edge.from);
  }
  const before = focus ? new Set(longestChains(focus.id, into).keys()) : new Set<string>();
  const after = focus ? new Set([...longestChains(focus.id, out).keys()].filter((id) => !before.has(id))) : new Set<string>();
  const step = (node: MapNode) => MAP_LANES[laneOf(node)].step;
  const left = inFlow.filter((node) => before.has(node.id) || (!after.has(node.id) && (focus === null || step(node) < 0)));
  const onLeft = new Set(left);
  const right = inFlow.filter((node) => !onLeft.has(node));

  const rank = new Map<string, number>();
  if (focus) rank.set(focus.id, 0);
  // Left side: lanes at their steps (−2, −1), pushed right along chains, then shifted to end at −1.
  const leftRanks = longestPathRanks(left, into, (node) => step(node));
  const shift = focus ? -1 - [...leftRanks.values()].reduce((a, b) => Math.max(a, b), -1) : 0;
  for (const [id, r] of leftRanks) rank.set(id, r + shift);
  // Across a screen, a concept that leads to more concepts on the map than lead to it (a cause
  // nothing leads to above all) sits just before the nearest concept it leads to, not at its
  // lane's far edge: its lines are then one step long instead of running past whole columns.
  // Taken from the right, so what it leads to has its place already. (A phone's rows would only
  // grow longer.)
  const ranked = (id: string) => must(rank, id, 'causal rank of concept');
  for (const node of pullSources ? [...left].sort((a, b) => ranked(b.id) - ranked(a.id)) : []) {
    const causes = (into.get(node.id) ?? []).filter((from) => rank.has(from)).length;
    const next = (out.get(node.id) ?? []).map((to) => rank.get(to)).filter((r): r is number => r !== undefined && r <= 0);
    if (next.length > causes) rank.set(node.id, Math.max(ranked(node.id), Math.min(...next) - 1));
  }
  // Right side: at least one step after the focus, and after whatever leads to each concept there.
  const rightRanks = longestPathRanks(right, into, () => 1, rank);
  for (const [id, r] of rightRanks) rank.set(id, r);
  return rank;
}

/** The causal arrows between concepts of the causal lanes (and the focus), self-loops left out. */
export function causalEdgesOf(data: MapData, focus: MapNode | null): MapEdge[] {
  const ids = new Set(data.nodes.filter((node) => isCausalLane(node) || node.id === focus?.id).map((node) => node.id));
  return data.edges.filter((edge) => CAUSAL.has(edge.type) && ids.has(edge.from) && ids.has(edge.to) && edge.from !== edge.to);
}

/**
 * The causal arrows that close a loop (pain → guarding → spasm → pain): those pointing against
 * one order of the concepts in which every other arrow points forward. The order reads what
 * leads to the focus first (its causes before their effects), then what neither leads to it nor
 * follows from it, then what follows from it; so a loop through the focus closes on the arrow
 * leaving the focus, and the arrows into it all flow one way.
 */
export function loopEdges(edges: readonly MapEdge[], focus: MapNode | null): Set<string> {
  const into = new Map<string, string[]>();
  const out = new Map<string, string[]>();
  const ids = new Set<string>();
  for (const edge of edges) {
    append(into, edge.to, edge.from);
    append(out, edge.from, edge.to);
    ids.add(edge.from).add(edge.to);
  }
  const order: string[] = [];
  const seen = new Set<string>();
  // depth first against the arrows: a concept is placed after everything that leads to it
  const causesFirst = (id: string) => {
    seen.add(id);
    for (const from of into.get(id) ?? []) if (!seen.has(from)) causesFirst(from);
    order.push(id);
  };
  const followers = new Set<string>();
  const collect = (id: string) => {
    for (const to of out.get(id) ?? []) {
      if (followers.has(to)) continue;
      followers.add(to);
      collect(to);
    }
  };
  if (focus) {
    causesFirst(focus.id);
    collect(focus.id);
  }
  for (const id of [...ids].sort()) if (!seen.has(id) && !followers.has(id)) causesFirst(id);
  // depth first along the arrows from the focus: reversed, a concept comes before what it leads to
  const after: string[] = [];
  const effectsLast = (id: string) => {
    seen.add(id);
    for (const to of out.get(id) ?? []) if (!seen.has(to)) effectsLast(to);
    after.push(id);
  };
  for (const id of [...(focus ? (out.get(focus.id) ?? []) : []), ...[...followers].sort()]) if (!seen.has(id)) effectsLast(id);
  order.push(...after.reverse());
  const position = new Map(order.map((id, index) => [id, index]));
  const at = (id: string) => must(position, id, 'place in the causal order of concept');
  return new Set(edges.filter((edge) => at(edge.from) >= at(edge.to)).map((edge) => edge.id));
}

/**
 * Longest-path layering over causal arrows in topological order: a concept's rank is at least
 * its minimum and one more than each placed concept leading to it. Concepts on a cycle keep
 * their minimum.
 */
function longestPathRanks(
  nodes: readonly MapNode[],
  into: ReadonlyMap<string, string[]>,
  minimum: (node: MapNode) => number,
  placed: ReadonlyMap<string, number> = new Map(),
): Map<string, number> {
  const ids = new Set(nodes.map((node) => node.id));
  const waiting = new Map(nodes.map((node) => [node.id, (into.get(node.id) ?? []).filter((from) => ids.has(from)).length]));
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const outOf = new Map<string, string[]>();
  for (const node of nodes) for (const from of into.get(node.id) ?? []) if (ids.has(from)) append(outOf, from, node.id);
  const rank = new Map<string, number>();
  const ready = nodes.filter((node) => waiting.get(node.id) === 0).map((node) => node.id);
  const settle = (id: string) => {
    const preds = (into.get(id) ?? []).map((from) => rank.get(from) ?? placed.get(from)).filter((r): r is number => r !== undefined);
    rank.set(id, preds.reduce((highest, r) => Math.max(highest, r + 1), minimum(must(byId, id, 'concept to rank'))));
  };
  // first in, first out: for-of also visits what is pushed while it runs, where shift() would copy a queue of thousands each time
  for (const id of ready) {
    settle(id);
    for (const to of outOf.get(id) ?? []) {
      const left = must(waiting, to, 'count of unranked causes of concept') - 1;
      waiting.set(to, left);
      if (left === 0) ready.push(to);
    }
  }
  for (const node of nodes) if (!rank.has(node.id)) settle(node.id);
  return rank;
}

/** Adds `value` to the list under `key`, in place: copying a hub's list for each of its thousands of arrows would take quadratic time. */
function append(lists: Map<string, string[]>, key: string, value: string) {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}

/** The longest chain of steps from `start` to each concept it reaches along `next`; a cycle is cut where it closes. */
function longestChains(start: string, next: ReadonlyMap<string, string[]>): Map<string, number> {
  const order: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const visit = (id: string) => {
    state.set(id, 'open');
    for (const to of next.get(id) ?? []) if (!state.has(to)) visit(to);
    state.set(id, 'done');
    order.push(id);
  };
  visit(start);
  const position = new Map(order.map((id, index) => [id, index]));
  const steps = new Map<string, number>([[start, 0]]);
  for (const id of order.reverse()) {
    const here = steps.get(id);
    if (here === undefined) continue;
    for (const to of next.get(id) ?? []) {
      // only edges that go forward in the topological order; a back edge closes a cycle
      if (must(position, to, 'place in the chain order of concept') < must(position, id, 'place in the chain order of concept') && (steps.get(to) ?? -1) < here + 1) steps.set(to, here + 1);
    }
  }
  steps.delete(start);
  return steps;
}
