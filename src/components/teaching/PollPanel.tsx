'use client';

import { useId } from 'react';
import type { PollView } from './poll-api';
import type { ClassPoll } from './use-class-poll';
import './teaching.css';

interface PollPanelProps {
  /** The step's poll, which the presenter view owns so every way of revealing closes it. */
  classPoll: ClassPoll;
  /** Reveals the answer, closing the poll. */
  onReveal(): void;
}

/**
 * The presenter's side of a "predict, then reveal" question: opens a class poll on the step's
 * question, shows the join code and the votes as they come in, and reveals the answer. The
 * question itself is on the step, once.
 */
export function PollPanel({ classPoll, onReveal }: PollPanelProps) {
  const headingId = useId();
  const { poll, expired, busy, problem, start } = classPoll;
  return (
    <section className="poll-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Class poll</h2>
      {poll && !expired ? (
        <PollResults poll={poll} busy={busy} onReveal={onReveal} />
      ) : (
        <div className="poll-start">
          <button type="button" className="poll-action" onClick={start} disabled={busy}>
            {busy ? 'Starting…' : 'Start class poll'}
          </button>
          <p>{expired ? 'That poll has expired. Start a new one to vote again.' : 'The class predicts the answer on their phones before you reveal it.'}</p>
        </div>
      )}
      {problem ? (
        <p role="alert" className="poll-problem">
          {problem}
        </p>
      ) : null}
    </section>
  );
}

function PollResults({ poll, busy, onReveal }: { poll: PollView; busy: boolean; onReveal(): void }) {
  const joinUrl = `${window.location.origin}/join/${poll.code}`;
  const names = new Map(poll.choices.map((choice) => [choice.id, choice.name]));
  return (
    <div className="poll-live">
      <div className="poll-join">
        <p>
          Students join at{' '}
          <a href={joinUrl} target="_blank" rel="noreferrer">
            {joinUrl}
          </a>
        </p>
        <p className="poll-code" data-testid="poll-code">
          <span className="visually-hidden">Join code: </span>
          {poll.code}
        </p>
      </div>
      <div className="poll-progress">
        <div aria-live="polite">
          <ul className="poll-counts" aria-label="Votes per choice">
            {poll.counts.map(({ choice, votes }) => {
              const isAnswer = poll.answer?.id === choice.id;
              return (
                <li key={choice.id} className={isAnswer ? 'poll-count is-answer' : 'poll-count'}>
                  <span className="poll-choice">
                    {names.get(choice.id)}
                    {isAnswer ? ' — the answer' : ''}
                  </span>
                  <span className="poll-bar" aria-hidden="true">
                    <span style={{ width: `${poll.total === 0 ? 0 : Math.round((votes / poll.total) * 100)}%` }} />
                  </span>
                  <span className="poll-votes">
                    {votes} {votes === 1 ? 'vote' : 'votes'}
                  </span>
                </li>
              );
            })}
          </ul>
          <p className="poll-total">
            {poll.total} {poll.total === 1 ? 'student has' : 'students have'} voted
          </p>
        </div>
        {poll.closed ? (
          <p className="poll-revealed">
            Answer revealed: <strong>{poll.answer?.name}</strong>
          </p>
        ) : (
          <button type="button" className="poll-action" onClick={onReveal} disabled={busy}>
            {busy ? 'Revealing…' : 'Reveal answer'}
          </button>
        )}
      </div>
    </div>
  );
}
