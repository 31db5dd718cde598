import { CONCEPT_KIND_NAMES, CONCEPT_KINDS, type ConceptKind } from '../../domain';
import { ConceptIndex, type IndexedConcept } from '../../components/concept-index';
import { queryApi } from '../query-api';

export const dynamic = 'force-dynamic';

/** One aliased connection per kind, built from the domain table: a single request for the whole index. */
const INDEX_QUERY = `query ConceptIndex {
  stats { concepts relations evidence sources store }
  ${CONCEPT_KIND_NAMES.map((kind) => `${kind}: concepts(kind: ${kind}, first: 100) { totalCount nodes { id name description urgent synonyms } }`).join('\n  ')}
}`;

type IndexData = {
  stats: { concepts: number; relations: number; evidence: number; sources: number; store: string };
} & Record<ConceptKind, { totalCount: number; nodes: IndexedConcept[] }>;

export default async function ConceptsPage() {
  const data = await queryApi<IndexData>(INDEX_QUERY);
  const groups = CONCEPT_KIND_NAMES.map((kind) => ({ kind, description: CONCEPT_KINDS[kind].description, ...data[kind] }));
  return (
    <main className="index-page">
      <header>
        <h1>Spasm Atlas: every concept</h1>
        <p>
          What causes back muscle spasms, through which mechanisms, with which symptoms, what helps, and which signs
          are urgent. Every link in the graph is backed by the exact words of a source.
        </p>
        <p className="index-stats">
          {data.stats.concepts} concepts · {data.stats.relations} relations · {data.stats.evidence} quotes from{' '}
          {data.stats.sources} sources · <a href="/api/graphql">Open the GraphQL explorer (GraphiQL)</a>
        </p>
      </header>
      <ConceptIndex groups={groups} />
    </main>
  );
}
