'use client';

import { useRef, type KeyboardEvent } from 'react';
import type { ConceptRef } from '../../client/fragments';

interface ChoiceGroupProps {
  /** The id of the element that asks the question: the group's accessible name. */
  labelledBy: string;
  choices: ConceptRef[];
  chosen: string | null;
  onChoose(id: string): void;
  /** Once checked, the choices are locked and each says whether it was the answer or the pick. */
  checked: { answer: string } | null;
}

/**
 * The choices as buttons with radio-group semantics (ARIA radio group pattern): one tab stop,
 * arrow keys move and choose, Space or Enter chooses. After the check, the right answer and a
 * wrong pick are named in words and marked with a sign, not by colour alone.
 */
export function ChoiceGroup({ labelledBy, choices, chosen, onChoose, checked }: ChoiceGroupProps) {
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  // A roving tab stop: Tab enters the group at the chosen choice (the first before any), arrows do the rest.
  const tabStop = Math.max(0, choices.findIndex((choice) => choice.id === chosen));

  const move = (event: KeyboardEvent, to: (from: number) => number) => {
    event.preventDefault();
    const from = buttons.current.findIndex((button) => button === event.target);
    const index = (to(from) + choices.length) % choices.length;
    onChoose(choices[index]!.id);
    buttons.current[index]?.focus();
  };

  return (
    <div
      role="radiogroup"
      aria-labelledby={labelledBy}
      className="choices"
      onKeyDown={(event) => {
        if (checked) return;
        if (event.key === 'ArrowDown' || event.key === 'ArrowRight') move(event, (from) => from + 1);
        else if (event.key === 'ArrowUp' || event.key === 'ArrowLeft') move(event, (from) => from - 1);
        else if (event.key === 'Home') move(event, () => 0);
        else if (event.key === 'End') move(event, () => choices.length - 1);
      }}
    >
      {choices.map((choice, index) => {
        const isChosen = choice.id === chosen;
        const isAnswer = checked?.answer === choice.id;
        const verdict = !checked ? null : isAnswer ? 'answer' : isChosen ? 'wrong' : null;
        return (
          <button
            key={choice.id}
            ref={(button) => {
              buttons.current[index] = button;
            }}
            type="button"
            role="radio"
            aria-checked={isChosen}
            tabIndex={index === tabStop ? 0 : -1}
            disabled={checked !== null}
            className={['choice', isChosen && 'chosen', verdict && `verdict-${verdict}`].filter(Boolean).join(' ')}
            onClick={() => onChoose(choice.id)}
          >
            <span className="choice-mark" aria-hidden="true">
              {verdict === 'answer' ? '✓' : verdict === 'wrong' ? '✗' : isChosen ? '●' : '○'}
            </span>
            <span className="choice-name">{choice.name}</span>
            {verdict === 'answer' ? <span className="choice-verdict">{isChosen ? 'the answer, your pick' : 'the answer'}</span> : null}
            {verdict === 'wrong' ? <span className="choice-verdict">your pick</span> : null}
          </button>
        );
      })}
    </div>
  );
}
