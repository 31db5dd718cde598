import { chainSentence, relationPhrase } from '../../domain';
import type { MapData, MapNode } from '../../map/model';
import type { PathResult } from './PathFinder';
import { namesNoCondition, UNNAMED_CONDITION } from './red-flags';
import { relationGroups } from './relation-groups';

interface OutlineProps {
  data: MapData;
  focus: string | null;
  path: PathResult | null;
  onFocus(id: string): void;
  onSelect(id: string): void;
}

/**
 * The map as text, kept in step with it: the focused concept, its relations grouped by type,
 * the red flags, and the current path. The canvas cannot be read by a screen reader or
 * reached by keyboard; this can.
 */
export function Outline({ data, focus, path, onFocus, onSelect }: OutlineProps) {
  const byId = new Map(data.nodes.map((node) => [node.id, node]));
  const focused = focus ? byId.get(focus) : undefined;
  const touching = focused ? data.edges.filter((edge) => edge.from === focused.id || edge.to === focused.id) : [];
  const groups = relationGroups(touching);
  const redFlags = data.nodes.filter((node) => node.kind === 'RedFlag');
  const concept = (node: MapNode | undefined, id: string) => (
    <span>
      <button type="button" className="link" onClick={() => onFocus(id)}>
        {node?.name ?? id}
      </button>{' '}
      <span className="muted">({node?.kind ?? 'unknown'})</span>{' '}
      <button type="button" className="link small" onClick={() => onSelect(id)} aria-label={`Details of ${node?.name ?? id}`}>
        details
      </button>
    </span>
  );

  return (
    <nav className="outline" id="outline" tabIndex={-1} aria-labelledby="outline-heading" data-testid="outline">
      <h2 id="outline-heading">Outline</h2>
      <div>
        {focused ? (
          <>
            <h3 data-testid="outline-focus">
              {focused.urgent ? '⚠ ' : ''}
              {focused.name} <span className="muted">({focused.kind})</span>
            </h3>
            {groups.length === 0 ? <p>No relations shown with the current filters.</p> : null}
            {groups.map(({ type, hedged, members: edges }) => (
              <section key={`${type}:${hedged}`}>
                <h4>{relationPhrase(type, hedged)}</h4>
                <ul>
                  {edges.map((edge) => {
                    const otherId = edge.from === focused.id ? edge.to : edge.from;
                    return (
                      <li key={edge.id}>
                        {edge.from === focused.id ? '→ ' : '← '}
                        {concept(byId.get(otherId), otherId)}
                      </li>
                    );
                  })}
                </ul>
              </section>
            ))}
          </>
        ) : (
          <p>No concept is in focus. Search for one to start.</p>
        )}
      </div>
      {path ? (
        <section>
          <h3>Current path</h3>
          <p data-testid="outline-path-sentence">{chainSentence(path.nodes.map((node) => node.name), path.edges)}.</p>
          <ol>
            {path.nodes.map((node) => (
              <li key={node.id}>{concept(node, node.id)}</li>
            ))}
          </ol>
        </section>
      ) : null}
      <section>
        <h3>Red flags (always shown)</h3>
        <ul>
          {redFlags.map((flag) => (
            <li key={flag.id}>
              {concept(flag, flag.id)}
              {namesNoCondition(flag.id, data.edges, (id) => byId.get(id)?.unspecified === true) ? <span className="unnamed-condition"> — {UNNAMED_CONDITION.toLowerCase()}</span> : null}
            </li>
          ))}
        </ul>
      </section>
    </nav>
  );
}
