import { Presenter } from '../../../../components/teaching/Presenter';
import '../../../../components/teaching/presenter.css';

export const dynamic = 'force-dynamic';

/** A tour's presenter view at one step; /tours/ID/3 is step 3, so a teacher can jump back to it. */
export default async function TourStepPage({ params }: { params: Promise<{ id: string; step: string }> }) {
  const { id, step } = await params;
  const number = Number.parseInt(step, 10);
  return <Presenter tourId={id} initialStep={Number.isInteger(number) && number > 0 ? number - 1 : 0} />;
}
