import { RELATION_TYPE_NAMES } from '../../domain';
import type { MapData, MapNode } from '../../map/model';
import { RELATION_STYLES } from '../map/map-styles';
import type { PathResult } from './PathFinder';

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
  const groups = RELATION_TYPE_NAMES.map((type) => ({ type, edges: touching.filter((edge) => edge.type === type) })).filter((g) => g.edges.length > 0);
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
            {groups.map(({ type, edges }) => (
              <section key={type}>
                <h4>{RELATION_STYLES[type].label}</h4>
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
            <li key={flag.id}>{concept(flag, flag.id)}</li>
          ))}
        </ul>
      </section>
    </nav>
  );
}
