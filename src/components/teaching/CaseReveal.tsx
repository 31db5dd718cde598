import { STRENGTH_WORDS } from '../explorer/PathFinder';
import type { TourStep } from './tour-query';

type TourCase = NonNullable<TourStep['case']>;

/**
 * A tour step's case on the presenter's stage: the findings and "what explains this?", then,
 * once revealed, the explanations the graph ranks with why (what each leads to, and how well a
 * source states it), red flags first.
 */
export function CaseReveal({ tourCase, revealed }: { tourCase: TourCase; revealed: boolean }) {
  const { findings, analysis } = tourCase;
  return (
    <div className="presenter-case" data-testid="presenter-case">
      <h2>
        Case: {findings.map((finding) => finding.name).join(' + ')}. {tourCase.prompt}
      </h2>
      {revealed ? (
        <>
          {analysis.redFlags.length > 0 ? (
            <ul className="presenter-case-flags" role="alert">
              {analysis.redFlags.map((flag) => (
                <li key={flag.redFlag.id}>
                  ⚠ {flag.redFlag.name}: see a doctor now ({flag.reason})
                </li>
              ))}
            </ul>
          ) : null}
          <ol className="presenter-case-explanations" aria-label="The explanations the sources give, ranked">
            {analysis.explanations.map((explanation) => (
              <li key={explanation.concept.id}>
                <strong>{explanation.concept.name}</strong>: {explanation.isFinding ? 'one of the findings, and ' : ''}
                {explanation.hedged ? 'may lead' : 'leads'} to {explanation.covers.length - (explanation.isFinding ? 1 : 0)} of{' '}
                {findings.length} findings, {STRENGTH_WORDS[explanation.strength]}
                {explanation.paths.map((path) => (
                  <p key={path.summary} className="presenter-case-why">
                    {path.summary}. {path.provenance}
                  </p>
                ))}
              </li>
            ))}
          </ol>
          <p className="presenter-case-note">A ranking of what the sources state, for teaching: not a diagnosis.</p>
        </>
      ) : null}
    </div>
  );
}
