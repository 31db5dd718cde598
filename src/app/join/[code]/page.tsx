import type { Metadata } from 'next';
import { JoinPoll } from '../../../components/teaching/JoinPoll';

export const metadata: Metadata = {
  title: 'Class poll · Spasm Atlas',
  description: 'Predict the answer to your teacher’s question, then see it revealed.',
};

/** Where a join link leads: the student's page for one class poll, made for a phone. */
export default async function JoinPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return (
    <main className="join-page">
      <JoinPoll code={code.toUpperCase()} />
    </main>
  );
}
