'use client';

import { useCallback, useState } from 'react';
import { closePoll, startPoll, type PollView, type StartedPoll } from './poll-api';
import { usePollUpdates } from './use-poll-updates';
import { messageOf } from '../../domain';

/** The presenter's poll on one tour step: what the panel shows, and what every reveal closes. */
export interface ClassPoll {
  /** The latest state: the close's own answer first, then the live feed, then the start. */
  poll: PollView | null;
  /** The poll ended without a reveal. */
  expired: boolean;
  busy: boolean;
  problem: string | null;
  start(): void;
  /** Closes the open poll, if any, so the class sees the answer; the presenter's secret goes with it. */
  close(): void;
}

interface StepState {
  key: string;
  started: StartedPoll | null;
  revealed: PollView | null;
  busy: boolean;
  error: string | null;
}

/** Follows the poll of one step; moving to another step starts afresh, as a poll belongs to one step. */
export function useClassPoll(tourId: string, step: number): ClassPoll {
  const key = `${tourId}#${step}`;
  const fresh: StepState = { key, started: null, revealed: null, busy: false, error: null };
  const [stored, setStored] = useState<StepState>(fresh);
  const state = stored.key === key ? stored : fresh;
  const feed = usePollUpdates(state.started?.poll.code ?? null);
  const poll = state.revealed ?? feed.poll ?? state.started?.poll ?? null;

  const update = useCallback(
    (change: Partial<StepState>) => setStored((current) => ({ ...(current.key === key ? current : { key, started: null, revealed: null, busy: false, error: null }), ...change })),
    [key],
  );

  const run = useCallback(
    async (action: () => Promise<Partial<StepState>>) => {
      update({ busy: true, error: null });
      try {
        update({ ...(await action()), busy: false });
      } catch (failure) {
        update({ busy: false, error: messageOf(failure) });
      }
    },
    [update],
  );

  const start = useCallback(() => void run(async () => ({ started: await startPoll(tourId, step), revealed: null })), [run, tourId, step]);

  const started = state.started;
  const open = started !== null && state.revealed === null;
  const close = useCallback(() => {
    if (!open) return;
    void run(async () => ({ revealed: await closePoll(started.poll.code, started.presenterSecret) }));
  }, [open, run, started]);

  return { poll, expired: feed.ended && !poll?.closed, busy: state.busy, problem: state.error ?? feed.error, start, close };
}
