import type { MapNode } from './model';

/** One page of an opened lane: what it draws, how many concepts follow it, and the slots it takes with its controls. */
export interface LanePage {
  shown: MapNode[];
  /** How many of the lane's concepts come after this page. */
  after: number;
  index: number;
  /** How many pages the lane has: 1 when it fits whole. */
  of: number;
  slots: number;
}

/**
 * The page of an opened lane the reader asked for: the whole lane when it fits a page, else
 * `size` slots of it (pinned concepts, then the next best supported, then "+N more" and "Show
 * fewer"), so a lane of thousands draws no more than a page. Linear in the lane's concepts.
 */
export function openedPage(nodes: MapNode[], capacity: number, size: number, wanted: number, pinned: ReadonlySet<string>): LanePage {
  const whole = nodes.length + (nodes.length > capacity ? 1 : 0);
  if (whole <= size) return { shown: nodes, after: 0, index: 0, of: 1, slots: whole };
  const rest = nodes.filter((node) => !pinned.has(node.id));
  const perPage = Math.max(1, size - 2 - (nodes.length - rest.length));
  const of = Math.ceil(rest.length / perPage);
  const index = Math.max(0, Math.min(of - 1, Math.floor(wanted)));
  const page = new Set(rest.slice(index * perPage, (index + 1) * perPage));
  const shown = nodes.filter((node) => pinned.has(node.id) || page.has(node));
  const after = Math.max(0, rest.length - (index + 1) * perPage);
  return { shown, after, index, of, slots: shown.length + (after > 0 ? 1 : 0) + 1 };
}
