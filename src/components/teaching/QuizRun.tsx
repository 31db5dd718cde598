'use client';

import { useEffect, useRef, useState, type ReactNode } from 'react';
import { QuestionCard } from './QuestionCard';
import { scoreOf, type QuizQuestion } from './quiz-questions';

interface QuizRunProps {
  questions: QuizQuestion[];
  /** Shown with the score, when the answers can no longer be given away, e.g. the whole causal path. */
  recap?: string;
  /** Links offered beside "Try again" at the end, e.g. another quiz or the tour's handout. */
  after: ReactNode;
}

/** Asks the questions one at a time and ends with the score; everything lives in React state, nothing is sent anywhere. */
export function QuizRun({ questions, recap, after }: QuizRunProps) {
  const [attempt, setAttempt] = useState(1);
  const [position, setPosition] = useState(0);
  const [picks, setPicks] = useState<(string | null)[]>(() => questions.map(() => null));
  const scoreHeading = useRef<HTMLHeadingElement>(null);
  const finished = position === questions.length;

  useEffect(() => {
    if (finished) scoreHeading.current?.focus();
  }, [finished]);

  if (finished) {
    const score = scoreOf(questions, picks);
    return (
      <section className="quiz-score" aria-labelledby="quiz-score-heading" data-testid="quiz-score">
        <h2 id="quiz-score-heading" ref={scoreHeading} tabIndex={-1}>
          You scored {score} of {questions.length}
        </h2>
        {recap ? <p className="quiz-recap">{recap}</p> : null}
        <ol className="quiz-review" aria-label="Your answers">
          {questions.map((question, index) => {
            const right = picks[index] === question.answer.id;
            const picked = question.choices.find((choice) => choice.id === picks[index])?.name;
            return (
              <li key={question.key} className={right ? 'right' : 'wrong'}>
                <span className="quiz-review-mark">{right ? '✓ Right' : '✗ Wrong'}</span> {question.prompt}{' '}
                <span className="muted">
                  Answer: {question.answer.name}
                  {right ? '' : ` (you picked ${picked ?? 'nothing'})`}
                </span>
              </li>
            );
          })}
        </ol>
        <div className="quiz-actions">
          <button
            type="button"
            className="primary"
            onClick={() => {
              setPicks(questions.map(() => null));
              setPosition(0);
              setAttempt((n) => n + 1);
            }}
          >
            Try again
          </button>
          {after}
        </div>
      </section>
    );
  }

  const question = questions[position]!;
  return (
    <QuestionCard
      key={`${attempt}:${question.key}`}
      question={question}
      position={position + 1}
      total={questions.length}
      takeFocus={attempt > 1 || position > 0}
      onCheck={(pick) => setPicks((current) => current.map((old, index) => (index === position ? pick : old)))}
      onNext={() => setPosition((n) => n + 1)}
    />
  );
}
