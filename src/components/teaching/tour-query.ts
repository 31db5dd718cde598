import type { ConceptKind, RelationType } from '../../domain';
import type { EvidenceItem } from '../explorer/EvidenceList';

/** A tour as the presenter, the quiz and the handout read it from the API. */
export const TOUR_QUERY = `query Tour($id: ID!) {
  tour(id: $id) {
    id title audience summary
    steps {
      index title narration
      show { id name kind urgent }
      highlight { id }
      relations { id type from { id name } to { id name } evidence { quote kind source { title } } }
      question { prompt answer { id name kind urgent } choices { id name kind } }
    }
  }
}`;

export interface TourConcept {
  id: string;
  name: string;
  kind: ConceptKind;
  urgent: boolean;
}

export interface TourRelation {
  id: string;
  type: RelationType;
  from: { id: string; name: string };
  to: { id: string; name: string };
  evidence: EvidenceItem[];
}

export interface TourStep {
  index: number;
  title: string;
  narration: string;
  show: TourConcept[];
  highlight: { id: string }[];
  relations: TourRelation[];
  question: { prompt: string; answer: TourConcept; choices: { id: string; name: string; kind: ConceptKind }[] } | null;
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
