import { CONCEPT_FIELDS, RELATION_FIELDS, type ConceptRef, type EvidencedRelation } from './relation-fields';

export const HANDOUT_QUERY = `# A whole tour for print: every step's concepts, relations with their quotes, and question.
query TourHandout($id: ID!) {
  stats { version }
  tour(id: $id) {
    id title audience summary
    steps {
      index title narration
      show { ${CONCEPT_FIELDS} }
      highlight { id }
      question { prompt answer { ${CONCEPT_FIELDS} } }
      relations { ${RELATION_FIELDS} }
    }
  }
}`;

export interface HandoutStep {
  index: number;
  title: string;
  narration: string;
  show: ConceptRef[];
  highlight: { id: string }[];
  question: { prompt: string; answer: ConceptRef } | null;
  relations: EvidencedRelation[];
}

export interface HandoutResult {
  stats: { version: string };
  tour: { id: string; title: string; audience: string; summary: string; steps: HandoutStep[] } | null;
}

/** Just the title, for the page's <title>: it names the saved PDF and heads each printed page. */
export const HANDOUT_TITLE_QUERY = `query TourTitle($id: ID!) { tour(id: $id) { title } }`;

export interface HandoutTitleResult {
  tour: { title: string } | null;
}
