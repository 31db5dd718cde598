import { graphiqlLink } from '../client/graphiql-link';
import { graphql, type ResultOf } from '../client/graphql';
import type { ConceptKind } from '../domain';

/** How many concepts of a kind the index lists at once: a large atlas pages through the rest. */
export const INDEX_PAGE_SIZE = 100;

/** One page of a kind's concepts as the index lists them; the index page asks it once per kind in the domain table. */
export const KIND_QUERY = graphql(`
  query ConceptsOfKind($kind: ConceptKind!, $first: Int!, $after: String) {
    concepts(kind: $kind, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        description
        urgent
        synonyms
      }
    }
  }
`);

export type ConceptGroup = ResultOf<typeof KIND_QUERY>['concepts'] & {
  kind: ConceptKind;
  description: string;
  /** Where the rest of the kind's concepts are, when this page is not all of them. */
  more?: { href: string; label: string };
};

/** The concepts grouped by kind, each linking to the map focused on it and to its GraphQL query. */
export function ConceptIndex({ groups }: { groups: ConceptGroup[] }) {
  return (
    <div className={groups.length === 1 ? 'concept-index one-kind' : 'concept-index'}>
      {groups.map((group) => (
        <section key={group.kind} aria-labelledby={`kind-${group.kind}`}>
          <h2 id={`kind-${group.kind}`}>
            {group.kind} <span className="count">({group.totalCount.toLocaleString('en')})</span>
          </h2>
          <p className="kind-description">{group.description}</p>
          <ul>
            {group.nodes.map((concept) => (
              <li key={concept.id} id={concept.id}>
                <a href={`/?focus=${concept.id}&select=${concept.id}`} title={concept.description}>
                  {concept.name}
                </a>{' '}
                <a className="muted small" href={graphiqlLink(conceptQuery(concept.id))} aria-label={`query ${concept.name} in GraphiQL`}>
                  query
                </a>
                {concept.urgent ? <strong className="urgent"> urgent</strong> : null}
              </li>
            ))}
          </ul>
          {group.more ? (
            <p>
              <a href={group.more.href}>{group.more.label}</a>
            </p>
          ) : null}
        </section>
      ))}
    </div>
  );
}

/** The query a concept's GraphiQL link opens: the concept and every relation with its quotes. */
function conceptQuery(id: string): string {
  return `{\n  concept(id: "${id}") {\n    name kind description synonyms\n    relations { type from { name } to { name } evidence { quote kind source { title } } }\n  }\n}`;
}
