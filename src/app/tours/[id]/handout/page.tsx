import type { Metadata } from 'next';
import { SiteHeader } from '../../../../components/SiteNav';
import { Handout } from '../../../../components/teaching/Handout';
import { graphql } from '../../../../client/graphql';
import { queryApi } from '../../../query-api';

export const dynamic = 'force-dynamic';

/** Just the title, for the page's <title>: it names the saved PDF and heads each printed page. */
const TITLE_QUERY = graphql(`
  query TourTitle($id: ID!) {
    tour(id: $id) {
      title
    }
  }
`);

type Props = { params: Promise<{ id: string }> };

/** The tour's title names the saved PDF and heads each printed page. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const { tour } = await queryApi(TITLE_QUERY, { id });
  return { title: tour ? `${tour.title}: handout · Spasm Atlas` : 'No such tour · Spasm Atlas' };
}

/** A tour as a printable handout; the browser's print dialog saves it as a PDF. */
export default async function HandoutPage({ params }: Props) {
  const { id } = await params;
  return (
    <>
      <SiteHeader current="tours" />
      <Handout id={id} />
    </>
  );
}
