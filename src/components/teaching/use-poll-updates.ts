'use client';

import { useEffect, useState } from 'react';
import { watchPoll, type PollView } from './poll-api';

/** What is known of a poll: its latest state, whether it can still change, and any error to show. */
export interface PollFeed {
  poll: PollView | null;
  /** Closed or expired: nothing more will come. */
  ended: boolean;
  error: string | null;
}

const NOTHING_YET: PollFeed = { poll: null, ended: false, error: null };

/** Follows the poll with this code while the component is shown; null follows none. */
export function usePollUpdates(code: string | null): PollFeed {
  // Kept with the code it belongs to, so a new code starts from nothing rather than from another poll.
  const [feed, setFeed] = useState<PollFeed & { code: string | null }>({ ...NOTHING_YET, code: null });
  useEffect(() => {
    if (code === null) return;
    const update = (change: Partial<PollFeed>) => setFeed((current) => ({ ...(current.code === code ? current : NOTHING_YET), ...change, code }));
    return watchPoll(code, {
      poll: (poll) => update({ poll, error: null }),
      end: () => update({ ended: true }),
      error: (error) => update({ error }),
    });
  }, [code]);
  return feed.code === code ? feed : NOTHING_YET;
}
