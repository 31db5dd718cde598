import type { ConceptRef } from '../client/fragments';
import { sortById, type EvidenceKind, type RelationType } from '../domain';

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

/** Which elements to mark: the focus, the highlighted neighbourhood, the chosen path, the selection. */
export interface MapMarks {
  focus?: string | null;
  highlighted?: ReadonlySet<string>;
  path?: ReadonlySet<string>;
  /** The chosen concept or relation: lines that wait for selection are drawn when one of their ends is chosen. */
  selected?: string | null;
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
