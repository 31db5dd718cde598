import type { EvidencedRelationFragment } from '../../client/fragments';
import type { ResultOf } from '../../client/graphql';

type EvidenceItem = ResultOf<typeof EvidencedRelationFragment>['evidence'][number];

/** The quotes behind a relation, each with its source and whether it hedges: the answer to "says who?". */
export function EvidenceList({ evidence }: { evidence: EvidenceItem[] }) {
  return (
    <ul className="evidence">
      {evidence.map((item, index) => (
        <li key={index}>
          <blockquote>“{item.quote}”</blockquote>
          <p className="evidence-source">
            — <cite title={item.source.reliability}>{item.source.title}</cite>
            {item.kind !== 'statement' ? <span className={`evidence-kind evidence-${item.kind}`}> ({item.kind})</span> : null}
            {item.hedged ? <span className="evidence-hedged"> · the source hedges</span> : null}
          </p>
        </li>
      ))}
    </ul>
  );
}
