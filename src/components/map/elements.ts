import type { ElementDefinition } from 'cytoscape';
import { CONCEPT_KINDS, sortById, type ConceptKind, type RelationType } from '../../domain';

/** What the map draws: concepts and relations, as plain data from the API. */
export interface MapNode {
  id: string;
  name: string;
  kind: ConceptKind;
  urgent: boolean;
}

export interface MapEdge {
  id: string;
  type: RelationType;
  from: string;
  to: string;
}

export interface MapData {
  nodes: MapNode[];
  edges: MapEdge[];
}

/** Which elements to mark: the focus, the highlighted neighbourhood, the chosen path. */
export interface MapMarks {
  focus?: string | null;
  highlighted?: ReadonlySet<string>;
  path?: ReadonlySet<string>;
}

/** Map data → Cytoscape elements; pure, so it is tested without a browser. */
export function toElements(data: MapData, marks: MapMarks = {}): ElementDefinition[] {
  const nodeIds = new Set(data.nodes.map((n) => n.id));
  const classesFor = (id: string) =>
    [marks.focus === id && 'focus', marks.highlighted?.has(id) && 'highlighted', marks.path?.has(id) && 'path'].filter(Boolean).join(' ');
  return [
    ...data.nodes.map((node) => ({
      group: 'nodes' as const,
      data: { id: node.id, label: node.urgent ? `⚠ ${node.name}` : node.name, kind: node.kind, urgent: node.urgent, layer: CONCEPT_KINDS[node.kind].layer },
      classes: classesFor(node.id),
    })),
    ...data.edges
      .filter((edge) => nodeIds.has(edge.from) && nodeIds.has(edge.to))
      .map((edge) => ({
        group: 'edges' as const,
        data: { id: edge.id, source: edge.from, target: edge.to, type: edge.type },
        classes: classesFor(edge.id),
      })),
  ];
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
