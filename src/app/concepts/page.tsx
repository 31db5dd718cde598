import { CONCEPT_KIND_NAMES, CONCEPT_KINDS } from '../../domain';
import { graphiqlLink } from '../../client/graphiql-link';
import { graphql } from '../../client/graphql';
import { ConceptIndex, KIND_QUERY } from '../../components/concept-index';
import { SiteHeader } from '../../components/SiteNav';
import { queryApi } from '../query-api';

export const dynamic = 'force-dynamic';

const STATS_QUERY = graphql(`
  query IndexStats {
    stats {
      concepts
      relations
      evidence
      sources
      store
    }
  }
`);

export default async function ConceptsPage() {
  const [{ stats }, ...kinds] = await Promise.all([queryApi(STATS_QUERY, {}), ...CONCEPT_KIND_NAMES.map((kind) => queryApi(KIND_QUERY, { kind }))]);
  const groups = CONCEPT_KIND_NAMES.map((kind, index) => ({ kind, description: CONCEPT_KINDS[kind].description, ...kinds[index]!.concepts }));
  return (
    <>
      <SiteHeader current="concepts" />
      <main className="index-page">
        <header>
          <h1>Spasm Atlas: every concept</h1>
          <p>
            What causes back muscle spasms, through which mechanisms, with which symptoms, what helps, and which signs
            are urgent. Every link in the graph is backed by the exact words of a source.
          </p>
          <p className="index-stats">
            {stats.concepts} concepts · {stats.relations} relations · {stats.evidence} quotes from{' '}
            {stats.sources} sources · <a href={graphiqlLink()}>Open the GraphQL explorer (GraphiQL)</a>
          </p>
        </header>
        <ConceptIndex groups={groups} />
      </main>
    </>
  );
}
