import type { ConceptKind, RelationType } from '../../src/domain';
import type { MapData, MapEdge, MapNode } from '../../src/map/model';

/** Small maps for the planning tests, written one concept or relation a line. */
export const concept = (id: string, name: string, kind: ConceptKind): MapNode => ({ id, name, kind, urgent: false, unspecified: false });
export const relation = (from: string, type: RelationType, to: string): MapEdge => ({ id: `${from}>${type}>${to}`, type, from, to });

/** Heavy lifting → strain → guarding → spasm, which a source also states in one step (lifting → spasm), and poor posture → spasm. */
export const shortcutChain: MapData = {
  nodes: [
    concept('lifting', 'Heavy lifting', 'Cause'),
    concept('posture', 'Poor posture', 'Cause'),
    concept('strain', 'Muscle strain', 'Mechanism'),
    concept('guarding', 'Protective guarding', 'Mechanism'),
    concept('spasm', 'Back muscle spasm', 'Symptom'),
  ],
  edges: [
    relation('lifting', 'CAUSES', 'strain'),
    relation('strain', 'LEADS_TO', 'guarding'),
    relation('guarding', 'CAUSES', 'spasm'),
    relation('lifting', 'CAUSES', 'spasm'),
    relation('posture', 'CAUSES', 'spasm'),
  ],
};
