import { readConfig } from '../config';
import { createStore } from './index';
import type { GraphStore } from './store';

/**
 * Next bundles each route separately, so a module-level variable would give every route its
 * own store; the process keeps one on globalThis instead.
 */
const holder = globalThis as typeof globalThis & { spasmAtlasStore?: Promise<GraphStore> };

/**
 * The one store of this process, created on first use and announced in the log with its
 * size, so an operator sees at start which data the app serves.
 */
export function getProcessStore(): Promise<GraphStore> {
  holder.spasmAtlasStore ??= createStore(readConfig()).then(async (store) => {
    const stats = await store.stats();
    console.info(`Spasm Atlas: ${store.name} store with ${stats.concepts} concepts and ${stats.relations} relations.`);
    return store;
  });
  holder.spasmAtlasStore.catch(() => {
    holder.spasmAtlasStore = undefined;
  });
  return holder.spasmAtlasStore;
}
