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
    if (!isRecord(value)) return;
    const record = value;
    if (typeof record.id === 'string' && typeof record.name === 'string' && typeof record.kind === 'string' && isConceptKind(record.kind)) {
      nodes.push({ id: record.id, name: record.name, kind: record.kind, urgent: record.urgent === true, unspecified: record.unspecified === true });
    }
    const from = isRecord(record.from) ? record.from.id : undefined;
    const to = isRecord(record.to) ? record.to.id : undefined;
    if (typeof record.id === 'string' && typeof record.type === 'string' && isRelationType(record.type) && typeof from === 'string' && typeof to === 'string') {
      edges.push({ id: record.id, type: record.type, from, to, ...(typeof record.hedged === 'boolean' ? { hedged: record.hedged } : {}) });
    }
    Object.values(record).forEach(visit);
  };
  visit(result);
  return mergeMapData({ nodes, edges });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
