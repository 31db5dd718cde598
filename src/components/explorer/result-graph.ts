import { isConceptKind, isRelationType } from '../../domain';
import { mergeMapData, type MapData, type MapEdge, type MapNode } from '../../map/model';

/**
 * Finds what can be drawn in any GraphQL result: objects with an id, a name and a kind are
 * concepts; objects with an id, a type and from/to ids are relations. This is how a query
 * pasted into the explorer becomes a map.
 */
export function graphInResult(result: unknown): MapData {
  const nodes: MapNode[] = [];
  const edges: MapEdge[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (typeof record.id === 'string' && typeof record.name === 'string' && typeof record.kind === 'string' && isConceptKind(record.kind)) {
      nodes.push({ id: record.id, name: record.name, kind: record.kind, urgent: record.urgent === true });
    }
    const from = (record.from as { id?: unknown } | undefined)?.id;
    const to = (record.to as { id?: unknown } | undefined)?.id;
    if (typeof record.id === 'string' && typeof record.type === 'string' && isRelationType(record.type) && typeof from === 'string' && typeof to === 'string') {
      edges.push({ id: record.id, type: record.type, from, to });
    }
    Object.values(record).forEach(visit);
  };
  visit(result);
  return mergeMapData({ nodes, edges });
}
