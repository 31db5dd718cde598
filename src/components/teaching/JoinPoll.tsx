'use client';

import { useState } from 'react';
import { vote, type PollChoice, type PollView } from './poll-api';
import { usePollUpdates } from './use-poll-updates';
import { voterToken } from './voter-token';
import './teaching.css';
import { messageOf } from '../../domain';

/**
 * A student's side of a class poll, made for a phone: the question, a big button per choice,
 * the answer given (which can change until the reveal), then the right answer.
 */
export function JoinPoll({ code }: { code: string }) {
  const feed = usePollUpdates(code);
  const [mine, setMine] = useState<PollChoice | null>(null);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { poll } = feed;

  async function choose(choice: PollChoice) {
    setSending(true);
    setError(null);
    try {
      await vote(code, await voterToken(code), choice.id);
      setMine(choice);
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setSending(false);
    }
  }

  if (!poll) {
    return (
      <>
        <p className="join-code">Class poll {code}</p>
        {feed.error ? (
          <p role="alert" className="join-problem">
            {sentence(feed.error)}
          </p>
        ) : (
          <p role="status">Joining the poll…</p>
        )}
      </>
    );
  }

  const expired = feed.ended && !poll.closed;
  const open = !poll.closed && !expired;
  return (
    <>
      <p className="join-code">Class poll {poll.code}</p>
      <h1 className="join-prompt">{poll.prompt}</h1>
      <div className="join-choices" role="group" aria-label="Your answer">
        {poll.choices.map((choice) => (
          <button
            key={choice.id}
            type="button"
            className={choiceClass(choice, mine, poll)}
            aria-pressed={mine?.id === choice.id}
            disabled={!open || sending}
            onClick={() => void choose(choice)}
          >
            {choice.name}
          </button>
        ))}
      </div>
      <div role="status" className="join-status" data-testid="join-status">
        {poll.closed && poll.answer ? (
          <Revealed answer={poll.answer} mine={mine} />
        ) : expired ? (
          'This poll has expired without a reveal. Ask the presenter for a new code.'
        ) : mine ? (
          `Your answer: ${mine.name} — you can change it until the presenter reveals`
        ) : (
          'Tap your answer.'
        )}
      </div>
      {error ? (
        <p role="alert" className="join-problem">
          {sentence(error)}
        </p>
      ) : null}
    </>
  );
}

function Revealed({ answer, mine }: { answer: PollChoice; mine: PollChoice | null }) {
  return (
    <>
      <p className="join-answer">
        The answer: <strong>{answer.name}</strong>
      </p>
      <p>{mine === null ? 'You did not vote this time.' : mine.id === answer.id ? 'You got it right.' : `You answered ${mine.name}.`}</p>
    </>
  );
}

function choiceClass(choice: PollChoice, mine: PollChoice | null, poll: PollView): string {
  return ['join-choice', mine?.id === choice.id ? 'is-mine' : '', poll.answer?.id === choice.id ? 'is-answer' : ''].filter(Boolean).join(' ');
}

/** Server messages start in lower case, to be quoted; shown alone, they read as a sentence. */
function sentence(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}
