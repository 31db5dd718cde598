import type { Metadata } from 'next';
import { Quiz, type QuizSource } from '../../components/teaching/Quiz';
import { QuizChooser } from '../../components/teaching/QuizChooser';
import { SiteHeader } from '../../components/SiteNav';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Quiz · Spasm Atlas' };

type Params = Record<string, string | string[] | undefined>;

/** /quiz?tour=ID or /quiz?from=ID&to=ID starts a quiz; anything else offers the choice. */
export default async function QuizPage({ searchParams }: { searchParams: Promise<Params> }) {
  const params = await searchParams;
  const [tour, from, to] = (['tour', 'from', 'to'] as const).map((name) => first(params[name]));
  const source: QuizSource | null = tour ? { tour } : from && to ? { from, to } : null;
  return (
    <>
      <SiteHeader current="quiz" />
      <main className="quiz-page">
        {source ? (
          // A new source is a new quiz: the key starts it from its first question.
          <Quiz key={JSON.stringify(source)} source={source} />
        ) : (
          <QuizChooser notice={from || to ? 'A causal-chain quiz needs both ends: choose where it starts and where it ends.' : undefined} />
        )}
      </main>
    </>
  );
}

function first(value: string | string[] | undefined): string | undefined {
  return (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
}
