import type { ConceptKind } from '../../domain';
import { CONCEPT_FIELDS, RELATION_FIELDS, type ConceptRef, type EvidencedRelation } from './relation-fields';

/** A tour as the presenter reads it from the API. */
export const TOUR_QUERY = `query Tour($id: ID!) {
  tour(id: $id) {
    id title audience summary
    steps {
      index title narration
      show { ${CONCEPT_FIELDS} }
      highlight { id }
      relations { ${RELATION_FIELDS} }
      question { prompt answer { ${CONCEPT_FIELDS} } choices { id name kind } }
    }
  }
}`;

export interface TourStep {
  index: number;
  title: string;
  narration: string;
  show: ConceptRef[];
  highlight: { id: string }[];
  relations: EvidencedRelation[];
  question: { prompt: string; answer: ConceptRef; choices: { id: string; name: string; kind: ConceptKind }[] } | null;
}

export interface TourData {
  id: string;
  title: string;
  audience: string;
  summary: string;
  steps: TourStep[];
}

/** What the map shows for a step: its concepts, plus the answer once revealed, and the relations among them. */
export function stepMapData(step: TourStep, revealed: boolean) {
  const nodes = revealed && step.question ? [...step.show, step.question.answer] : step.show;
  const ids = new Set(nodes.map((n) => n.id));
  const edges = step.relations
    .filter((r) => ids.has(r.from.id) && ids.has(r.to.id))
    .map((r) => ({ id: r.id, type: r.type, from: r.from.id, to: r.to.id }));
  return { nodes, edges };
}
