import { redirect } from 'next/navigation';

/** A tour's address without a step starts at step 1. */
export default async function TourPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  redirect(`/tours/${encodeURIComponent(id)}/1`);
}
