import type { Metadata } from 'next';
import { Handout } from '../../../../components/teaching/Handout';
import { HANDOUT_TITLE_QUERY, type HandoutTitleResult } from '../../../../components/teaching/handout-query';
import { queryApi } from '../../../query-api';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

/** The tour's title names the saved PDF and heads each printed page. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const { tour } = await queryApi<HandoutTitleResult>(HANDOUT_TITLE_QUERY, { id });
  return { title: tour ? `${tour.title}: handout · Spasm Atlas` : 'No such tour · Spasm Atlas' };
}

/** A tour as a printable handout; the browser's print dialog saves it as a PDF. */
export default async function HandoutPage({ params }: Props) {
  const { id } = await params;
  return <Handout id={id} />;
}
