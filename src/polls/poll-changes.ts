import type { PubSub } from 'graphql-yoga';
import { POLL_TOPIC, type Poll, type PollTopics } from './poll-store';

/**
 * One poll's changes from a yoga PubSub, listening from the moment this resolves: yoga's
 * subscribe starts on the first next(), which is asked for here, before `subscribed` confirms.
 */
export async function pollChanges(pubsub: PubSub<PollTopics>, code: string, subscribed: () => Promise<unknown>): Promise<AsyncIterator<Poll | null>> {
  const iterator = pubsub.subscribe(POLL_TOPIC, code)[Symbol.asyncIterator]();
  let first: Promise<IteratorResult<Poll | null>> | null = iterator.next();
  await subscribed();
  return {
    next() {
      const pending = first ?? iterator.next();
      first = null;
      return pending;
    },
    return: () => iterator.return?.() ?? Promise.resolve({ done: true, value: undefined }),
  };
}
