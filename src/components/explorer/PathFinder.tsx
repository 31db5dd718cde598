'use client';

import { chainSentence, relationSentence } from '../../domain';
import type { MapNode } from '../../map/model';
import type { ResultOf } from '../../client/graphql';
import type { Request } from '../../client/use-api-query';
import { EvidenceList } from './EvidenceList';
import { RelationScope } from './RelationScope';
import type { PATH_QUERY } from './queries';
import { SearchBox } from './SearchBox';

export type PathResult = ResultOf<typeof PATH_QUERY>['paths'][number];

interface PathFinderProps {
  from: MapNode | null;
  to: MapNode | null;
  request: Request<ResultOf<typeof PATH_QUERY>>;
  chosen: number;
  onFrom(concept: MapNode): void;
  onTo(concept: MapNode): void;
  onChoose(index: number): void;
  onClear(): void;
}

export const STRENGTH_WORDS: Record<PathResult['strength'], string> = {
  attested: 'stated by a source',
  strong: 'inferred, well supported',
  inferred: 'inferred by the graph',
};

/**
 * Pick two concepts; the causal paths between them are listed in words, each hop with its own
 * verb ("may lead to" where every quote hedges) and evidence, and drawn on the map.
 */
export function PathFinder({ from, to, request, chosen, onFrom, onTo, onChoose, onClear }: PathFinderProps) {
  return (
    <section className="path-finder" aria-labelledby="path-heading" data-testid="path-finder">
      <h2 id="path-heading">Path finder</h2>
      <SearchBox label="From (a cause)" placeholder="e.g. heavy lifting" value={from?.name ?? ''} onChoose={onFrom} testId="path-from" />
      <SearchBox label="To (a symptom)" placeholder="e.g. sciatica" value={to?.name ?? ''} onChoose={onTo} testId="path-to" />
      {from || to ? (
        <button type="button" onClick={onClear}>
          Clear path
        </button>
      ) : null}
      {request.status === 'loading' ? <p role="status">Finding paths…</p> : null}
      {request.status === 'error' ? <p role="alert">{request.message}</p> : null}
      {request.status === 'done' && request.data.paths.length === 0 ? (
        <p role="status">The sources connect {from?.name} to {to?.name} by no causal path of up to 6 steps.</p>
      ) : null}
      {request.status === 'done' && request.data.paths.length > 0 ? (
        <ol className="paths" aria-label="Causal paths, best supported first">
          {request.data.paths.map((path, index) => (
            <li key={path.summary} className={index === chosen ? 'chosen' : undefined}>
              <button type="button" className="link" aria-pressed={index === chosen} onClick={() => onChoose(index)}>
                {chainSentence(path.nodes.map((node) => node.name), path.edges)}
              </button>{' '}
              <span className="muted">
                ({path.hops} step{path.hops > 1 ? 's' : ''}, {STRENGTH_WORDS[path.strength]})
              </span>
              <p className="muted" data-testid="path-provenance">
                {path.provenance}
              </p>
              {index === chosen ? (
                <ol className="hops">
                  {path.edges.map((edge, hop) => (
                    <li key={edge.id}>
                      <strong>{relationSentence(path.nodes[hop]!.name, edge, path.nodes[hop + 1]!.name)}</strong>
                      <RelationScope scope={edge.scope} />
                      <EvidenceList evidence={edge.evidence} />
                      {path.steps[hop]?.attestedWithNext === false ? <p className="muted">↓ joined to the next step by the graph, not by one passage</p> : null}
                    </li>
                  ))}
                </ol>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
