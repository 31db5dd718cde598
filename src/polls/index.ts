import { MemoryPollStorage } from './memory/memory-poll-storage';
import { PollRules, type PollRulesOptions } from './poll-rules';
import type { PollStorage, PollStore } from './poll-store';

export type * from './poll-store';
export { echo } from './poll-errors';

/** The poll store the configuration asks for: Redis when REDIS_URL is set, else this process's memory. */
export async function createPollStore(config: { readonly redisUrl?: string }, options: PollRulesOptions = {}): Promise<PollStore> {
  return new PollRules(await createPollStorage(config), options);
}

async function createPollStorage(config: { readonly redisUrl?: string }): Promise<PollStorage> {
  if (!config.redisUrl) return new MemoryPollStorage();
  const { RedisPollStorage } = await import('./redis/redis-poll-storage');
  return RedisPollStorage.connect(config.redisUrl);
}
