import type { ConceptKind, RelationType } from '../../domain';
import type { EvidenceItem } from '../explorer/EvidenceList';

/** The selections the quiz and the handout ask for on concepts and relations, and what they answer with. */
export const CONCEPT_FIELDS = `id name kind urgent`;
export const RELATION_FIELDS = `id type from { id name } to { id name } evidence { quote kind source { id title url reliability } }`;

export interface ConceptRef {
  id: string;
  name: string;
  kind: ConceptKind;
  urgent: boolean;
}

/** A relation with its ends named and the quotes behind it: what "says who?" shows. */
export interface EvidencedRelation {
  id: string;
  type: RelationType;
  from: Pick<ConceptRef, 'id' | 'name'>;
  to: Pick<ConceptRef, 'id' | 'name'>;
  evidence: (EvidenceItem & { source: { id: string; title: string; url: string | null; reliability: string } })[];
}
