'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { ChoiceGroup } from './ChoiceGroup';
import type { QuizQuestion } from './quiz-questions';
import { RelationEvidence } from './RelationEvidence';

interface QuestionCardProps {
  question: QuizQuestion;
  position: number;
  total: number;
  /** Whether to move keyboard focus to the question when it appears (not on first load). */
  takeFocus: boolean;
  onCheck(pick: string): void;
  onNext(): void;
}

/** One question: pick a choice, check it, see whether it was right, the answer and the evidence, then go on. */
export function QuestionCard({ question, position, total, takeFocus, onCheck, onNext }: QuestionCardProps) {
  const id = useId();
  const [chosen, setChosen] = useState<string | null>(null);
  const [checked, setChecked] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const feedback = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (takeFocus) heading.current?.focus();
  }, [takeFocus]);
  useEffect(() => {
    if (checked) feedback.current?.focus();
  }, [checked]);

  const right = chosen === question.answer.id;
  const chosenName = question.choices.find((choice) => choice.id === chosen)?.name;
  const last = position === total;

  return (
    <section className="quiz-question" aria-labelledby={`${id}-prompt`} data-testid="quiz-question">
      <p className="quiz-progress">
        Question {position} of {total}
      </p>
      {question.context ? (
        <div className="quiz-context">
          <p className="quiz-context-title">{question.context.title}</p>
          <p>{question.context.text}</p>
        </div>
      ) : null}
      <h2 id={`${id}-prompt`} ref={heading} tabIndex={-1} className="quiz-prompt">
        {question.prompt}
      </h2>
      {checked ? null : (
        <p className="hint" id={`${id}-hint`}>
          Pick one answer, then check it.
        </p>
      )}
      <ChoiceGroup labelledBy={`${id}-prompt`} choices={question.choices} chosen={chosen} onChoose={setChosen} checked={checked ? { answer: question.answer.id } : null} />
      {checked ? (
        <div ref={feedback} tabIndex={-1} className={`quiz-feedback ${right ? 'right' : 'wrong'}`} data-testid="quiz-feedback">
          <p className="quiz-verdict">
            <span aria-hidden="true">{right ? '✓ ' : '✗ '}</span>
            {right ? 'Right!' : 'Not quite.'}{' '}
            {right ? (
              <>
                The answer is <strong>{question.answer.name}</strong>.
              </>
            ) : (
              <>
                You picked {chosenName}; the answer is <strong>{question.answer.name}</strong>.
              </>
            )}
          </p>
          <h3>Says who?</h3>
          {question.evidence.length > 0 ? (
            <RelationEvidence relations={question.evidence} />
          ) : (
            <p className="muted">This question draws no relation, so no quote is shown for its answer.</p>
          )}
        </div>
      ) : null}
      <div className="quiz-actions">
        {checked ? (
          <button type="button" className="primary" onClick={onNext}>
            {last ? 'See your score' : 'Next question'}
          </button>
        ) : (
          <button
            type="button"
            className="primary"
            disabled={chosen === null}
            aria-describedby={`${id}-hint`}
            onClick={() => {
              setChecked(true);
              onCheck(chosen!);
            }}
          >
            Check
          </button>
        )}
      </div>
    </section>
  );
}
