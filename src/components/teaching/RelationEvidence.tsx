import { EvidenceList } from '../explorer/EvidenceList';
import { RELATION_STYLES } from '../map/map-styles';
import type { EvidencedRelation } from '../../client/fragments';
import './relation-evidence.css';

/** Relations as sentences ("Muscle strain leads to Inflammation"), each followed by the quotes behind it. */
export function RelationEvidence({ relations }: { relations: EvidencedRelation[] }) {
  return (
    <ul className="relation-evidence">
      {relations.map((relation) => (
        <li key={relation.id}>
          <p className="relation-sentence">
            <strong>{relation.from.name}</strong> {RELATION_STYLES[relation.type].label} <strong>{relation.to.name}</strong>
          </p>
          <EvidenceList evidence={relation.evidence} />
        </li>
      ))}
    </ul>
  );
}
