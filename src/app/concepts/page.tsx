import { CONCEPT_KIND_NAMES, CONCEPT_KINDS, type ConceptKind } from '../../domain';
import { graphiqlLink } from '../../client/graphiql-link';
import { graphql } from '../../client/graphql';
import { ConceptIndex, INDEX_PAGE_SIZE, KIND_QUERY, type ConceptGroup } from '../../components/concept-index';
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

/**
 * Every kind's first page of concepts; or, with ?kind=Cause (and ?after=<cursor>), one kind a
 * page at a time, so an atlas of thousands of concepts is never listed whole.
 */
export default async function ConceptsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const paged = CONCEPT_KIND_NAMES.find((kind) => kind === params.kind);
  const after = paged && typeof params.after === 'string' ? params.after : undefined;
  const shown: ConceptKind[] = paged ? [paged] : [...CONCEPT_KIND_NAMES];
  const [{ stats }, ...kinds] = await Promise.all([queryApi(STATS_QUERY, {}), ...shown.map((kind) => queryApi(KIND_QUERY, { kind, first: INDEX_PAGE_SIZE, after }))]);
  const groups: ConceptGroup[] = shown.map((kind, index) => {
    const page = kinds[index]!.concepts;
    const next = `/concepts?kind=${kind}&after=${encodeURIComponent(page.pageInfo.endCursor ?? '')}`;
    const more = page.pageInfo.hasNextPage ? { href: next, label: `Next ${INDEX_PAGE_SIZE} of ${page.totalCount.toLocaleString('en')} ${kind} concepts →` } : undefined;
    return { kind, description: CONCEPT_KINDS[kind].description, ...page, more };
  });
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
            {stats.concepts.toLocaleString('en')} concepts · {stats.relations.toLocaleString('en')} relations ·{' '}
            {stats.evidence.toLocaleString('en')} quotes from {stats.sources} sources · <a href={graphiqlLink()}>Open the GraphQL explorer (GraphiQL)</a>
          </p>
        </header>
        {paged ? (
          <p>
            <a href="/concepts">← Every kind</a>
          </p>
        ) : null}
        <ConceptIndex groups={groups} />
      </main>
    </>
  );
}
