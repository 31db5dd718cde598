import { CAUSAL_RELATION_TYPES, EVIDENCE_KIND_NAMES, type Concept, type EvidenceKind, type KnowledgeGraph, type RelationType } from '../domain';
import { countGraph, type GraphCounts } from './counts';

/** Relation types by which a treatment acts on something. */
const TREATMENT_ACTIONS: readonly RelationType[] = ['RELIEVES', 'TARGETS', 'PREVENTS'];

export interface GraphReport {
  readonly counts: GraphCounts;
  readonly evidenceBySource: Record<string, number>;
  readonly evidenceByKind: Record<EvidenceKind, number>;
  /** Concepts in no relation at all. */
  readonly orphans: Concept[];
  /** Symptoms no Cause or Condition reaches along causal relations. */
  readonly unexplainedSymptoms: Concept[];
  /** Treatments that relieve, target and prevent nothing. */
  readonly idleTreatments: Concept[];
  /** Red flags that suggest no condition. */
  readonly silentRedFlags: Concept[];
}

/** What a curator needs to see to judge the graph's coverage and gaps. */
export function reportGraph(graph: KnowledgeGraph): GraphReport {
  const evidenceBySource = Object.fromEntries(graph.sources.map((source) => [source.id, 0]));
  const evidenceByKind = Object.fromEntries(EVIDENCE_KIND_NAMES.map((kind) => [kind, 0])) as Record<EvidenceKind, number>;
  for (const relation of graph.relations) {
    for (const item of relation.evidence) {
      evidenceBySource[item.source] = (evidenceBySource[item.source] ?? 0) + 1;
      evidenceByKind[item.kind]++;
    }
  }

  const related = new Set(graph.relations.flatMap((relation) => [relation.from, relation.to]));
  const actsOn = (id: string, types: readonly RelationType[]) => graph.relations.some((r) => r.from === id && types.includes(r.type));
  const ofKind = (kind: Concept['kind']) => graph.concepts.filter((concept) => concept.kind === kind);
  const reached = causallyReachable(graph);

  return {
    counts: countGraph(graph),
    evidenceBySource,
    evidenceByKind,
    orphans: graph.concepts.filter((concept) => !related.has(concept.id)),
    unexplainedSymptoms: ofKind('Symptom').filter((concept) => !reached.has(concept.id)),
    idleTreatments: ofKind('Treatment').filter((concept) => !actsOn(concept.id, TREATMENT_ACTIONS)),
    silentRedFlags: ofKind('RedFlag').filter((concept) => !actsOn(concept.id, ['SUGGESTS'])),
  };
}

/** Every concept some Cause or Condition reaches by following causal relations forwards. */
function causallyReachable(graph: KnowledgeGraph): Set<string> {
  const next = new Map<string, string[]>();
  for (const relation of graph.relations) {
    if (CAUSAL_RELATION_TYPES.includes(relation.type)) next.set(relation.from, [...(next.get(relation.from) ?? []), relation.to]);
  }
  const starts = graph.concepts.filter((c) => c.kind === 'Cause' || c.kind === 'Condition').map((c) => c.id);
  const reached = new Set<string>();
  const queue = starts.flatMap((id) => next.get(id) ?? []);
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (reached.has(id)) continue;
    reached.add(id);
    queue.push(...(next.get(id) ?? []));
  }
  return reached;
}
