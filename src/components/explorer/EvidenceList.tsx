import { evidenceWeight } from '../../domain';
import type { EvidencedRelationFragment } from '../../client/fragments';
import type { ResultOf } from '../../client/graphql';

type EvidenceItem = ResultOf<typeof EvidencedRelationFragment>['evidence'][number];

/**
 * The quotes behind a relation, each with its source: the answer to "says who?". Beside each
 * quote, its source's title and a badge saying what weight it bears (a consumer page, an
 * anecdote, an expert's words); the source's own reliability note is the title's tooltip.
 */
export function EvidenceList({ evidence }: { evidence: EvidenceItem[] }) {
  return (
    <ul className="evidence">
      {evidence.map((item, index) => {
        const weight = evidenceWeight(item.kind, item.source.kind);
        return (
          <li key={index}>
            <blockquote>“{item.quote}”</blockquote>
            <p className="evidence-source">
              — <cite title={item.source.reliability}>{item.source.title}</cite>{' '}
              <span className={`evidence-badge weight-${weight.level}`} title={weight.meaning}>
                {weight.label}
              </span>
              {item.hedged ? <span className="evidence-hedged"> · the source hedges</span> : null}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
