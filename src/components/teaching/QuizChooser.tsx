'use client';

import Form from 'next/form';
import { useState } from 'react';
import { SearchBox, type Suggestion } from '../explorer/SearchBox';
import { useApiQuery } from '../../client/use-api-query';
import { TOURS_QUERY } from './quiz-queries';
import './quiz.css';

type Chosen = Suggestion['concept'] | null;

/** A chain a source states from end to end, so its quiz has questions. */
const EXAMPLE_CHAIN = { from: 'herniated-disc', to: 'sciatica', label: 'herniated disc and sciatica' };

/** What to be quizzed on when the link names nothing: a guided tour, or any two concepts. */
export function QuizChooser({ notice }: { notice?: string }) {
  const tours = useApiQuery(TOURS_QUERY, {});
  const [from, setFrom] = useState<Chosen>(null);
  const [to, setTo] = useState<Chosen>(null);

  return (
    <div className="quiz quiz-chooser" data-testid="quiz-chooser">
      <h1>Quiz yourself</h1>
      <p className="quiz-intro">
        Predict, check, then read what the sources say. Nothing is sent or stored: your answers stay in this page.
      </p>
      {notice ? (
        <p role="alert" className="quiz-message">
          {notice}
        </p>
      ) : null}
      <section aria-labelledby="tour-quiz-heading" className="quiz-choice-panel">
        <h2 id="tour-quiz-heading">A guided tour’s questions</h2>
        {tours.status === 'loading' || tours.status === 'idle' ? <p role="status">Loading the tours…</p> : null}
        {tours.status === 'error' ? <p role="alert">The tours could not be loaded: {tours.message}</p> : null}
        {tours.status === 'done' && tours.data.tours.length === 0 ? <p role="status">The graph has no guided tours yet.</p> : null}
        {tours.status === 'done' && tours.data.tours.length > 0 ? (
          <Form action="/quiz" className="quiz-form">
            <label htmlFor="quiz-tour">Tour</label>
            <select id="quiz-tour" name="tour" defaultValue={tours.data.tours[0]!.id}>
              {tours.data.tours.map((tour) => (
                <option key={tour.id} value={tour.id}>
                  {tour.title} ({tour.stepCount} steps, for {tour.audience})
                </option>
              ))}
            </select>
            <button type="submit" className="primary">
              Start the tour quiz
            </button>
          </Form>
        ) : null}
      </section>
      <section aria-labelledby="chain-quiz-heading" className="quiz-choice-panel">
        <h2 id="chain-quiz-heading">Any causal chain</h2>
        <p className="hint" id="chain-quiz-hint">
          Pick where the chain starts and where it ends, e.g. <a href={`/quiz?from=${EXAMPLE_CHAIN.from}&to=${EXAMPLE_CHAIN.to}`}>{EXAMPLE_CHAIN.label}</a>. Each concept in between is hidden in turn.
        </p>
        <Form action="/quiz" className="quiz-form" aria-describedby="chain-quiz-hint">
          <SearchBox label="From (a cause)" placeholder="e.g. herniated disc" value={from?.name ?? ''} onChoose={setFrom} testId="quiz-from" />
          <SearchBox label="To (a symptom)" placeholder="e.g. sciatica" value={to?.name ?? ''} onChoose={setTo} testId="quiz-to" />
          {from ? <input type="hidden" name="from" value={from.id} /> : null}
          {to ? <input type="hidden" name="to" value={to.id} /> : null}
          <button type="submit" className="primary" disabled={!from || !to}>
            Start the chain quiz
          </button>
        </Form>
      </section>
    </div>
  );
}
