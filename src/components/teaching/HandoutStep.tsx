'use client';

import dynamic from 'next/dynamic';
import { useMemo } from 'react';
import type { CitedSource } from './cited-sources';
import type { TourStep as Step } from './tour-query';
import { RelationEvidence } from './RelationEvidence';
import { stepSnapshot } from './step-snapshot';

/** Cytoscape touches `window` when loaded, so the pictures are drawn in the browser only. */
const StepSnapshot = dynamic(() => import('./StepSnapshot').then((module) => module.StepSnapshot), {
  ssr: false,
  loading: () => (
    <p className="snapshot-status" role="status">
      Loading the map…
    </p>
  ),
});

interface HandoutStepProps {
  step: Step;
  total: number;
  sources: CitedSource[];
  onSnapshotSettled(index: number): void;
}

/** One step of the handout: its heading, its map, the narration, the question with its answer, and the evidence. */
export function HandoutStep({ step, total, sources, onSnapshotSettled }: HandoutStepProps) {
  const spec = useMemo(() => stepSnapshot(step), [step]);
  const number = step.index + 1;
  const cited = sources.filter((source) => source.steps.includes(number));
  return (
    <section className="handout-step" aria-labelledby={`step-${number}-title`} data-testid="handout-step">
      <h2 id={`step-${number}-title`}>
        Step {number} of {total}: {step.title}
      </h2>
      <StepSnapshot spec={spec} onSettled={() => onSnapshotSettled(step.index)} />
      <p className="handout-narration">{step.narration}</p>
      {step.question ? (
        <div className="handout-question">
          <h3>Question</h3>
          <p>{step.question.prompt}</p>
          <p>
            <strong>Answer:</strong> {step.question.answer.name}
          </p>
        </div>
      ) : null}
      <h3>Says who?</h3>
      {step.relations.length > 0 ? <RelationEvidence relations={step.relations} /> : <p className="muted">This step draws no relation, so it quotes no source.</p>}
      {cited.length > 0 ? (
        <p className="handout-step-sources">
          Sources:{' '}
          {cited.map((source, index) => (
            <span key={source.id}>
              {index > 0 ? ', ' : null}
              <a href={`#source-${source.number}`}>
                [{source.number}] {source.title}
              </a>
            </span>
          ))}
        </p>
      ) : null}
    </section>
  );
}
