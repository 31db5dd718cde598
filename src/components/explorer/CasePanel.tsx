'use client';

import type { CaseExplanation, CaseResult } from '../../client/case-analysis';
import type { Request } from '../../client/use-api-query';
import { EvidenceList } from './EvidenceList';
import { STRENGTH_WORDS } from './PathFinder';
import { SearchBox } from './SearchBox';
import './case-panel.css';

interface CasePanelProps {
  /** The findings as they are in the URL: typed texts or concept ids. */
  findings: readonly string[];
  request: Request<CaseResult>;
  chosen: number;
  onChange(findings: string[]): void;
  onChoose(index: number): void;
  /** Opens a relation's quotes in the details, as clicking its line on the map does. */
  onRelation(id: string): void;
}

/**
 * A case: findings typed as chips, the red flags among them first, then the explanations the
 * sources give, ranked, each with its paths and their quotes. It says what it is: a teaching
 * ranking of what the sources state, not a diagnosis.
 */
export function CasePanel({ findings, request, chosen, onChange, onChoose, onRelation }: CasePanelProps) {
  const analysis = request.status === 'done' ? request.data.caseAnalysis : null;
  const sources = request.status === 'done' ? request.data.sources : [];
  const understood = (index: number) => analysis?.findings[index];
  const resolved = analysis?.findings.filter((finding) => finding.concept).length ?? 0;

  return (
    <section className="case-panel" aria-labelledby="case-heading" data-testid="case-panel">
      <h2 id="case-heading">Case: what explains these findings?</h2>
      <p className="case-note">
        Ranks the explanations the sources give, for teaching. It is <strong>not a diagnosis</strong>.
      </p>
      {/* a new box after each finding, so it stands empty for the next one */}
      <SearchBox
        key={findings.length}
        label="Add a finding (symptom, sign or history)"
        placeholder="e.g. back spasm, lifted a heavy box, fever"
        onChoose={(concept) => {
          if (!findings.includes(concept.id)) onChange([...findings, concept.id]);
        }}
        testId="case-add"
      />
      {findings.length > 0 ? (
        <ul className="case-chips" aria-label="Findings">
          {findings.map((finding, index) => {
            const seen = understood(index);
            return (
              <li key={finding} className={seen && !seen.concept ? 'chip unknown' : 'chip'} title={seen?.understoodAs}>
                <span>{seen?.concept?.name ?? finding}</span>
                <button type="button" aria-label={`Remove finding ${seen?.concept?.name ?? finding}`} onClick={() => onChange(findings.filter((_, i) => i !== index))}>
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="muted">Type findings one at a time; each is matched as the search box matches it, typos forgiven.</p>
      )}
      {findings.length > 0 ? (
        <button type="button" className="link" onClick={() => onChange([])}>
          Clear the case
        </button>
      ) : null}
      {request.status === 'loading' ? <p role="status">Reading the case…</p> : null}
      {request.status === 'error' ? <p role="alert">{request.message}</p> : null}
      {analysis?.findings
        .filter((finding) => !finding.concept)
        .map((finding) => (
          <p key={finding.text} role="alert" className="case-unknown">
            “{finding.text}”: {finding.understoodAs}
          </p>
        ))}
      {analysis && analysis.redFlags.length > 0 ? <CaseRedFlags redFlags={analysis.redFlags} /> : null}
      {analysis && resolved > 0 && analysis.explanations.length === 0 ? (
        <p role="status">The sources give no cause, condition or mechanism leading to these findings within 4 steps.</p>
      ) : null}
      {analysis && analysis.explanations.length > 0 ? <CaseExplanations explanations={analysis.explanations} chosen={chosen} onChoose={onChoose} onRelation={onRelation} /> : null}
      {analysis ? (
        <details className="case-sources">
          <summary>Drawn from {sources.length} sources: consumer health pages; how far to trust each</summary>
          <ul>
            {sources.map((source) => (
              <li key={source.id}>
                <cite>{source.title}</cite>: {source.reliability}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

/** The red flags among the findings, first and apart: each says why it was matched and the quote behind it. */
function CaseRedFlags({ redFlags }: { redFlags: CaseResult['caseAnalysis']['redFlags'] }) {
  return (
    <div className="case-red-flags" role="alert" data-testid="case-red-flags">
      <h3>⚠ Red flags: see a doctor now</h3>
      <ul>
        {redFlags.map((flag) => (
          <li key={flag.redFlag.id}>
            <strong>{flag.redFlag.name}</strong> <span className="case-reason">({flag.reason})</span>
            {flag.relations[0] ? <EvidenceList evidence={[flag.relations[0].evidence[0]!]} /> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The explanations the sources give, best supported first; the chosen one opens to its paths, each hop with its quotes. */
function CaseExplanations({ explanations, chosen, onChoose, onRelation }: { explanations: readonly CaseExplanation[] } & Pick<CasePanelProps, 'chosen' | 'onChoose' | 'onRelation'>) {
  return (
    <ol className="case-explanations" aria-label="Explanations the sources give, best supported first" data-testid="case-explanations">
      {explanations.map((explanation, index) => (
        <li key={explanation.concept.id} className={index === chosen ? 'chosen' : undefined}>
          <button type="button" className="link" aria-pressed={index === chosen} onClick={() => onChoose(index)}>
            {explanation.concept.name}
          </button>{' '}
          <span className="muted">
            {explanation.isFinding ? 'a finding itself; ' : ''}
            {explanation.hedged ? 'may lead' : 'leads'} to {explanation.covers.length - (explanation.isFinding ? 1 : 0)} of the findings
            {' · '}
            {STRENGTH_WORDS[explanation.strength]}
          </span>
          {index === chosen ? (
            <div className="case-paths">
              {explanation.paths.map((path) => (
                <div key={path.summary} className="case-path">
                  <p className="case-path-summary">{path.summary}</p>
                  <p className="muted">{path.provenance}</p>
                  <ol className="hops">
                    {path.edges.map((edge, hop) => (
                      <li key={edge.id}>
                        <button type="button" className="link" onClick={() => onRelation(edge.id)}>
                          {path.nodes[hop]!.name} → {path.nodes[hop + 1]!.name}
                        </button>
                        <EvidenceList evidence={edge.evidence} />
                      </li>
                    ))}
                  </ol>
                </div>
              ))}
            </div>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
