import { CONCEPT_KIND_NAMES, recordOf, RELATION_TYPE_NAMES, type ConceptKind, type KnowledgeGraph, type RelationType } from '../domain';

export interface GraphCounts {
  readonly concepts: Record<ConceptKind, number>;
  readonly relations: Record<RelationType, number>;
  readonly evidence: number;
}

/** How many concepts of each kind and relations of each type; every kind and type appears, zeros included. */
export function countGraph(graph: KnowledgeGraph): GraphCounts {
  const concepts = recordOf(CONCEPT_KIND_NAMES, () => 0);
  const relations = recordOf(RELATION_TYPE_NAMES, () => 0);
  for (const concept of graph.concepts) concepts[concept.kind]++;
  for (const relation of graph.relations) relations[relation.type]++;
  const evidence = graph.relations.reduce((sum, relation) => sum + relation.evidence.length, 0);
  return { concepts, relations, evidence };
}
