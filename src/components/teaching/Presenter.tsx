'use client';

import dynamic from 'next/dynamic';
import { useCallback, useMemo, useState } from 'react';
import { laneLayout } from '../../map/lane-layout';
import { planMap } from '../../map/plan';
import { toElements } from '../map/elements';
import type { ResultOf } from '../../client/graphql';
import { useApiQuery } from '../../client/use-api-query';
import { CaseReveal } from './CaseReveal';
import { PollPanel } from './PollPanel';
import { useClassPoll } from './use-class-poll';
import { usePresenterKeys } from './use-presenter-keys';
import { RelationEvidence } from './RelationEvidence';
import { stepMapData, TOUR_QUERY } from './tour-query';

/** A step shows a handful of concepts to a room: they may be drawn up to this zoom (labels about 34 px), filling the projected map. */
const PROJECTED_ZOOM = 2.4;

const ConceptMap = dynamic(() => import('../map/ConceptMap').then((module) => module.ConceptMap), { ssr: false });

export function stepPath(tourId: string, step: number): string {
  return `/tours/${tourId}/${step + 1}`;
}

/**
 * The presenter view of a tour: large type on a dark stage, one step at a time, each with
 * its own URL. "Next" on a question step first reveals the answer (after the class has
 * guessed), then moves on; the map fades in what each step adds.
 */
export function Presenter({ tourId, initialStep }: { tourId: string; initialStep: number }) {
  const request = useApiQuery(TOUR_QUERY, { id: tourId });
  const [step, setStep] = useState(initialStep);
  const [revealed, setRevealed] = useState<ReadonlySet<number>>(new Set());
  const tour = request.status === 'done' ? request.data.tour : null;
  const current = tour?.steps[step];

  const goTo = useCallback(
    (next: number) => {
      if (!tour || next < 0 || next >= tour.steps.length) return;
      setStep(next);
      window.history.pushState(null, '', stepPath(tour.id, next));
    },
    [tour],
  );

  const classPoll = useClassPoll(tourId, step);
  const { close: closePoll } = classPoll;
  // Every way of revealing (key, clicker, top-bar button, panel button) comes here and closes the poll.
  const reveal = useCallback(() => {
    setRevealed((done) => new Set(done).add(step));
    closePoll();
  }, [step, closePoll]);

  const forward = useCallback(() => {
    if ((current?.question || current?.case) && !revealed.has(step)) reveal();
    else goTo(step + 1);
  }, [current, revealed, step, goTo, reveal]);

  usePresenterKeys({ step, steps: tour?.steps.length, forward, goTo, onHistory: setStep });

  const [mapSize, setMapSize] = useState({ width: 900, height: 600 });
  const elements = useMemo(() => {
    if (!current) return [];
    const isRevealed = revealed.has(step);
    const data = stepMapData(current, isRevealed);
    const highlighted = new Set([...current.highlight.map((h) => h.id), ...(isRevealed && current.question ? [current.question.answer.id] : [])]);
    return toElements(planMap(laneLayout(data, { focus: null, viewport: mapSize, open: 'all' }), { highlighted }, { sayOnce: false }));
  }, [current, revealed, step, mapSize]);

  if (request.status === 'loading' || request.status === 'idle') return <p className="presenter-status" role="status">Loading the tour…</p>;
  if (request.status === 'error') return <p className="presenter-status" role="alert">The tour could not be loaded: {request.message}</p>;
  if (!tour) {
    return (
      <p className="presenter-status" role="alert">
        No tour has the id “{tourId}”. <a href="/tours">See all tours</a>.
      </p>
    );
  }
  if (!current) {
    return (
      <p className="presenter-status" role="alert">
        “{tour.title}” has {tour.steps.length} steps; there is no step {step + 1}. <a href={stepPath(tour.id, 0)}>Start at step 1</a>.
      </p>
    );
  }

  const isRevealed = revealed.has(step);
  return (
    <div className="presenter" data-testid="presenter">
      <header className="presenter-header">
        <p className="presenter-tour">{tour.title}</p>
        <p className="presenter-counter" aria-live="polite" data-testid="step-counter">
          Step {step + 1} of {tour.steps.length}
        </p>
        <nav className="presenter-controls" aria-label="Tour controls">
          <button type="button" onClick={() => goTo(step - 1)} disabled={step === 0}>
            ← Back
          </button>
          <button type="button" onClick={forward} disabled={step === tour.steps.length - 1 && ((!current.question && !current.case) || isRevealed)}>
            {(current.question || current.case) && !isRevealed ? 'Reveal answer' : 'Next →'}
          </button>
          <button type="button" onClick={() => void document.documentElement.requestFullscreen?.()}>
            Full screen
          </button>
          <a href={`/tours/${tour.id}/handout`}>Handout</a>
          <a href={`/quiz?tour=${tour.id}`}>Quiz</a>
          <a href="/tours">All tours</a>
        </nav>
      </header>
      <div className="presenter-stage">
        <section className="presenter-text" aria-labelledby="step-title">
          <h1 id="step-title">{current.title}</h1>
          <p className="presenter-narration">{current.narration}</p>
          {current.case ? <CaseReveal tourCase={current.case} revealed={isRevealed} /> : null}
          {current.question ? <PresenterQuestion question={current.question} revealed={isRevealed} /> : null}
          <details className="presenter-evidence">
            <summary>Says who? The quotes behind this step</summary>
            <RelationEvidence
              relations={current.relations.filter(
                (r) => isRevealed || !current.question || (r.from.id !== current.question.answer.id && r.to.id !== current.question.answer.id),
              )}
            />
          </details>
        </section>
        {/* the poll sits under the map, so its start button and join code are on screen however long the narration */}
        <div className="presenter-side">
          <div className="presenter-map">
            <ConceptMap
              elements={elements}
              layout="layered"
              label={`Map of step ${step + 1}: ${current.show.map((c) => c.name).join(', ')}`}
              onSelect={() => undefined}
              onResize={setMapSize}
              maxFrameZoom={PROJECTED_ZOOM}
            />
          </div>
          {current.question ? <PollPanel classPoll={classPoll} onReveal={reveal} /> : null}
        </div>
      </div>
    </div>
  );
}

type Question = NonNullable<NonNullable<ResultOf<typeof TOUR_QUERY>['tour']>['steps'][number]['question']>;

/** A question step: the class predicts, then the answer is revealed among the choices. */
function PresenterQuestion({ question, revealed }: { question: Question; revealed: boolean }) {
  return (
    <div className="presenter-question">
      <h2>Predict: {question.prompt}</h2>
      <ol className="presenter-choices">
        {question.choices.map((choice) => (
          <li key={choice.id} className={revealed && choice.id === question.answer.id ? 'right' : undefined}>
            {choice.name}
            {revealed && choice.id === question.answer.id ? <strong> ✓ the answer</strong> : null}
          </li>
        ))}
      </ol>
      {revealed ? (
        <p className="presenter-answer" role="status">
          Answer: <strong>{question.answer.name}</strong>
        </p>
      ) : null}
    </div>
  );
}
