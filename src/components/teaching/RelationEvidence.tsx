import { EvidenceList } from '../explorer/EvidenceList';
import { relationPhrase } from '../../domain';
import { pointsToUnnamed, UNNAMED_CONDITION } from '../explorer/red-flags';
import type { EvidencedRelation } from '../../client/fragments';
import './relation-evidence.css';

/** Relations as sentences ("Muscle strain leads to Inflammation", "… may lead to …" when every quote hedges), each followed by the quotes behind it. */
export function RelationEvidence({ relations }: { relations: EvidencedRelation[] }) {
  return (
    <ul className="relation-evidence">
      {relations.map((relation) => (
        <li key={relation.id}>
          <p className="relation-sentence">
            {pointsToUnnamed(relation) ? (
              <>
                <strong>{relation.from.name}</strong>: {UNNAMED_CONDITION.toLowerCase()} it suggests
              </>
            ) : (
              <>
                <strong>{relation.from.name}</strong> {relationPhrase(relation.type, relation.hedged)} <strong>{relation.to.name}</strong>
              </>
            )}
          </p>
          <EvidenceList evidence={relation.evidence} />
        </li>
      ))}
    </ul>
  );
}
