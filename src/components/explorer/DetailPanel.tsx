'use client';

import { useEffect, useRef } from 'react';
import type { ConceptCardFragment, EvidencedRelation } from '../../client/fragments';
import type { ResultOf } from '../../client/graphql';
import { useApiQuery } from '../../client/use-api-query';
import { RELATION_TYPES, relationPhrase } from '../../domain';
import { namesNoCondition, pointsToUnnamed, UNNAMED_CONDITION } from './red-flags';
import { relationGroups } from './relation-groups';
import { EvidenceList } from './EvidenceList';
import { RelationScope } from './RelationScope';
import { CONCEPT_QUERY, RELATION_QUERY } from './queries';

type ConceptCard = ResultOf<typeof ConceptCardFragment>;

interface DetailPanelProps {
  selection: { group: 'nodes' | 'edges'; id: string } | null;
  onFocus(id: string): void;
  onExpand(id: string): void;
  onCollapse(id: string): void;
  isExpanded(id: string): boolean;
  onClose(): void;
}

/** The side panel: a clicked concept's description, synonyms and evidenced relations, or a clicked relation's evidence. */
export function DetailPanel({ selection, onFocus, onExpand, onCollapse, isExpanded, onClose }: DetailPanelProps) {
  const panel = useRef<HTMLElement>(null);
  const shown = useRef(selection ? `${selection.group}:${selection.id}` : null);
  // When the panel opens on a new selection, keyboard and screen-reader users land in it.
  useEffect(() => {
    const key = selection ? `${selection.group}:${selection.id}` : null;
    if (key && key !== shown.current) panel.current?.focus();
    shown.current = key;
  }, [selection]);
  const concept = useApiQuery(CONCEPT_QUERY, selection?.group === 'nodes' ? { id: selection.id } : null);
  const relation = useApiQuery(RELATION_QUERY, selection?.group === 'edges' ? { id: selection.id } : null);
  if (!selection) {
    return (
      <aside className="detail-panel" aria-label="Details">
        <p className="hint">Click a concept or a link on the map, or pick one in the outline, to see what the sources say.</p>
      </aside>
    );
  }
  const request = selection.group === 'nodes' ? concept : relation;
  return (
    <aside ref={panel} tabIndex={-1} className="detail-panel" aria-label="Details" data-testid="detail-panel">
      <button type="button" className="close" onClick={onClose} aria-label="Close details">
        ×
      </button>
      {request.status === 'loading' || request.status === 'idle' ? <p role="status">Loading…</p> : null}
      {request.status === 'error' ? <p role="alert">Could not load the details: {request.message}</p> : null}
      {concept.status === 'done' && selection.group === 'nodes' ? (
        concept.data.concept ? (
          <ConceptView concept={concept.data.concept} onFocus={onFocus} onExpand={onExpand} onCollapse={onCollapse} expanded={isExpanded(selection.id)} />
        ) : (
          <p role="alert">No concept has the id “{selection.id}”: it may have been renamed or removed since the link was made.</p>
        )
      ) : null}
      {relation.status === 'done' && selection.group === 'edges' ? (
        relation.data.relation ? (
          <RelationView relation={relation.data.relation} onFocus={onFocus} />
        ) : (
          <p role="alert">This relation is no longer in the graph.</p>
        )
      ) : null}
    </aside>
  );
}

function ConceptView({ concept, onFocus, onExpand, onCollapse, expanded }: { concept: ConceptCard; onFocus(id: string): void; onExpand(id: string): void; onCollapse(id: string): void; expanded: boolean }) {
  const groups = relationGroups(concept.relations);
  const relationEnds = concept.relations.map((relation) => ({ type: relation.type, from: relation.from.id, to: relation.to.id }));
  const unspecified = new Set(concept.relations.filter((relation) => relation.to.unspecified).map((relation) => relation.to.id));
  return (
    <article>
      <p className={`kind-badge kind-${concept.kind}`}>{concept.kind}</p>
      <h2>
        {concept.urgent ? <span className="urgent-mark">⚠ Urgent · </span> : null}
        {concept.name}
      </h2>
      <p>{concept.description}</p>
      {concept.kind === 'RedFlag' && namesNoCondition(concept.id, relationEnds, (id) => unspecified.has(id)) ? (
        <p className="unnamed-condition" data-testid="unnamed-condition">
          {UNNAMED_CONDITION} this sign points to; the quotes below list it as a reason to see a doctor.
        </p>
      ) : null}
      {concept.synonyms.length > 0 ? (
        <p className="synonyms">
          <strong>Also called:</strong> {concept.synonyms.join(', ')}
        </p>
      ) : null}
      <div className="detail-actions">
        <button type="button" onClick={() => onFocus(concept.id)}>
          Focus the map here
        </button>
        {expanded ? (
          <button type="button" onClick={() => onCollapse(concept.id)}>
            Collapse neighbours
          </button>
        ) : (
          <button type="button" onClick={() => onExpand(concept.id)}>
            Expand neighbours
          </button>
        )}
      </div>
      {groups.map(({ type, hedged, members: relations }) => (
        <section key={`${type}:${hedged}`} className={hedged ? 'relation-group hedged' : 'relation-group'}>
          <h3>
            {RELATION_TYPES[type].role === 'caution' ? '⚠ ' : ''}
            {relationPhrase(type, hedged)}
          </h3>
          <ul>
            {relations.map((relation) => {
              const other = relation.from.id === concept.id ? relation.to : relation.from;
              const arrow = relation.from.id === concept.id ? '→' : '←';
              return (
                <li key={relation.id}>
                  {relation.from.id === concept.id && pointsToUnnamed(relation) ? (
                    <p className="relation-line unnamed-condition">→ {UNNAMED_CONDITION}</p>
                  ) : (
                    <p className="relation-line">
                      {arrow}{' '}
                      <button type="button" className="link" onClick={() => onFocus(other.id)}>
                        {other.name}
                      </button>{' '}
                      <span className="muted">({other.kind})</span>
                      <RelationScope scope={relation.scope} />
                    </p>
                  )}
                  <EvidenceList evidence={relation.evidence} />
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </article>
  );
}

function RelationView({ relation, onFocus }: { relation: EvidencedRelation; onFocus(id: string): void }) {
  return (
    <article>
      <p className="kind-badge">Relation</p>
      <h2>
        <button type="button" className="link" onClick={() => onFocus(relation.from.id)}>
          {relation.from.name}
        </button>{' '}
        <span className="muted">{relationPhrase(relation.type, relation.hedged)}</span>{' '}
        <button type="button" className="link" onClick={() => onFocus(relation.to.id)}>
          {relation.to.name}
        </button>
        <RelationScope scope={relation.scope} />
      </h2>
      {relation.hedged ? <p className="hedge-note">Every source hedges this (“may”, “can”, “some”): none states it plainly.</p> : null}
      <h3>Says who?</h3>
      <EvidenceList evidence={relation.evidence} />
    </article>
  );
}
