import type { ConceptKind } from '../domain';

export interface IndexedConcept {
  id: string;
  name: string;
  description: string;
  urgent: boolean;
  synonyms: string[];
}

export interface ConceptGroup {
  kind: ConceptKind;
  description: string;
  totalCount: number;
  nodes: IndexedConcept[];
}

/** The concepts grouped by kind, each linking to the map focused on it and to its GraphQL query. */
export function ConceptIndex({ groups }: { groups: ConceptGroup[] }) {
  return (
    <div className="concept-index">
      {groups.map((group) => (
        <section key={group.kind} aria-labelledby={`kind-${group.kind}`}>
          <h2 id={`kind-${group.kind}`}>
            {group.kind} <span className="count">({group.totalCount})</span>
          </h2>
          <p className="kind-description">{group.description}</p>
          <ul>
            {group.nodes.map((concept) => (
              <li key={concept.id} id={concept.id}>
                <a href={`/?focus=${concept.id}&select=${concept.id}`} title={concept.description}>
                  {concept.name}
                </a>{' '}
                <a className="muted small" href={graphiqlLink(concept.id)} aria-label={`query ${concept.name} in GraphiQL`}>
                  query
                </a>
                {concept.urgent ? <strong className="urgent"> urgent</strong> : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function graphiqlLink(id: string): string {
  const query = `{\n  concept(id: "${id}") {\n    name kind description synonyms\n    relations { type from { name } to { name } evidence { quote kind source { title } } }\n  }\n}`;
  return `/api/graphql?query=${encodeURIComponent(query)}`;
}
