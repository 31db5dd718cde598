import { CONCEPT_FIELDS, RELATION_FIELDS, type ConceptRef, type EvidencedRelation } from './relation-fields';

/** The GraphQL documents the quiz sends, and the shapes they answer with. */

export interface AskedQuestion {
  prompt: string;
  answer: ConceptRef;
  choices: ConceptRef[];
}

export const TOURS_QUERY = `query TourList { tours { id title audience stepCount } }`;

export interface TourListResult {
  tours: { id: string; title: string; audience: string; stepCount: number }[];
}

export const TOUR_QUIZ_QUERY = `# One question per step that asks one, with the step's relations as the evidence for the answer.
query TourQuiz($id: ID!) {
  tour(id: $id) {
    id title
    steps {
      index title narration
      question { prompt answer { ${CONCEPT_FIELDS} } choices { ${CONCEPT_FIELDS} } }
      relations { ${RELATION_FIELDS} }
    }
  }
}`;

export interface TourQuizResult {
  tour: {
    id: string;
    title: string;
    steps: { index: number; title: string; narration: string; question: AskedQuestion | null; relations: EvidencedRelation[] }[];
  } | null;
}

export const CHAIN_QUIZ_QUERY = `# Each concept of the best attested or strong causal path hidden in turn, with the relations around it as evidence.
query ChainQuiz($from: ID!, $to: ID!) {
  quiz(from: $from, to: $to) {
    from { ${CONCEPT_FIELDS} }
    to { ${CONCEPT_FIELDS} }
    path { summary provenance }
    stitchedOnly
    questions { prompt answer { ${CONCEPT_FIELDS} } choices { ${CONCEPT_FIELDS} } evidence { ${RELATION_FIELDS} } }
  }
}`;

export interface ChainQuizResult {
  quiz: {
    from: ConceptRef;
    to: ConceptRef;
    path: { summary: string; provenance: string } | null;
    stitchedOnly: boolean;
    questions: (AskedQuestion & { evidence: EvidencedRelation[] })[];
  };
}
