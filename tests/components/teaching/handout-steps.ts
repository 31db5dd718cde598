import type { TourStep as HandoutStep } from '../../../src/components/teaching/tour-query';
import type { ConceptRef, EvidencedRelation } from '../../../src/client/fragments';

const lifting: ConceptRef = { id: 'heavy-lifting', name: 'Heavy lifting', kind: 'Cause', urgent: false, unspecified: false };
const strain: ConceptRef = { id: 'muscle-strain', name: 'Muscle strain', kind: 'Mechanism', urgent: false, unspecified: false };
const inflammation: ConceptRef = { id: 'inflammation', name: 'Inflammation', kind: 'Mechanism', urgent: false, unspecified: false };

const source = (id: string) => ({ id, title: `Title of ${id}`, url: `https://example.org/${id}`, kind: 'consumer health page', reliability: 'consumer page' });
const relation = (from: ConceptRef, type: EvidencedRelation['type'], to: ConceptRef, sources: string[], hedged = false): EvidencedRelation => ({
  id: `${from.id}>${type}>${to.id}`,
  type,
  scope: null,
  hedged,
  from,
  to,
  evidence: sources.map((id) => ({ quote: `quoted from ${id}`, kind: 'statement', hedged, source: source(id) })),
});

/** Two handout steps as the API answers them: one narrating, one asking a question, quoting three sources. */
export const steps: HandoutStep[] = [
  {
    index: 0,
    title: 'The load',
    narration: 'Lifting strains the back.',
    show: [lifting, strain],
    highlight: [{ id: 'heavy-lifting' }],
    case: null,
    question: null,
    relations: [relation(lifting, 'CAUSES', strain, ['b.txt', 'a.txt', 'b.txt'])],
  },
  {
    index: 1,
    title: 'What follows',
    narration: 'Predict the next step.',
    show: [lifting, strain],
    highlight: [],
    case: null,
    question: { prompt: 'What follows a strain?', answer: inflammation, choices: [inflammation, lifting] },
    relations: [relation(lifting, 'CAUSES', strain, ['a.txt']), relation(strain, 'LEADS_TO', inflammation, ['c.txt'], true)],
  },
];

