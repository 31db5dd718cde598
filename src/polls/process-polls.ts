import { PollRegistry } from './poll-registry';

/**
 * Next bundles each route separately, so a module-level registry would give the API route
 * and the pages polls of their own; the process keeps one on globalThis instead.
 */
const holder = globalThis as typeof globalThis & { spasmAtlasPolls?: PollRegistry };

/** The one poll registry of this process, created on first use. */
export function getProcessPolls(): PollRegistry {
  holder.spasmAtlasPolls ??= new PollRegistry();
  return holder.spasmAtlasPolls;
}
