'use client';

import { useId, useState } from 'react';
import { closePoll, startPoll, type PollView } from './poll-api';
import { usePollUpdates } from './use-poll-updates';
import './teaching.css';

interface PollPanelProps {
  tourId: string;
  /** The tour step whose question the class votes on, from 0. */
  step: number;
  /** Called once the poll is closed, so the presenter's view can draw the answer. */
  onReveal?(): void;
}

/**
 * The presenter's side of a "predict, then reveal" question: opens a class poll on the step's
 * question, shows the join code and the votes as they come in, and closes it to reveal the answer.
 */
export function PollPanel(props: PollPanelProps) {
  // A poll belongs to one step: keyed by it, the panel starts afresh when the presenter moves on.
  return <StepPoll key={`${props.tourId}#${props.step}`} {...props} />;
}

function StepPoll({ tourId, step, onReveal }: PollPanelProps) {
  const headingId = useId();
  const [started, setStarted] = useState<PollView | null>(null);
  const [revealed, setRevealed] = useState<PollView | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const feed = usePollUpdates(started?.code ?? null);
  // The close's own answer wins over a live event still on its way; nothing changes after it.
  const poll = revealed ?? feed.poll ?? started;
  const expired = feed.ended && !poll?.closed;

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(false);
    }
  }

  const start = () =>
    run(async () => {
      const opened = await startPoll(tourId, step);
      setRevealed(null);
      setStarted(opened);
    });

  const reveal = (code: string) =>
    run(async () => {
      setRevealed(await closePoll(code));
      onReveal?.();
    });

  const problem = error ?? feed.error;
  return (
    <section className="poll-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Class poll</h2>
      {poll && !expired ? (
        <PollResults poll={poll} busy={busy} onReveal={() => reveal(poll.code)} />
      ) : (
        <>
          <p>{expired ? 'That poll has expired. Start a new one to vote again.' : 'The class predicts the answer on their phones before you reveal it.'}</p>
          <button type="button" className="poll-action" onClick={start} disabled={busy}>
            {busy ? 'Starting…' : 'Start class poll'}
          </button>
        </>
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
    <>
      <p className="poll-prompt">{poll.prompt}</p>
      <div className="poll-join">
        <p>
          Students join at{' '}
          <a href={joinUrl} target="_blank" rel="noreferrer">
            {joinUrl}
          </a>
        </p>
        <p className="poll-code" data-testid="poll-code">
          <span className="teaching-visually-hidden">Join code: </span>
          {poll.code}
        </p>
      </div>
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
    </>
  );
}
