import { readConfig } from '../config';
import { createStore } from './index';
import type { GraphStore } from './store';

let shared: Promise<GraphStore> | undefined;

/**
 * The one store of this process, created on first use and announced in the log with its
 * size, so an operator sees at start which data the app serves.
 */
export function getProcessStore(): Promise<GraphStore> {
  shared ??= createStore(readConfig()).then(async (store) => {
    const stats = await store.stats();
    console.info(`Spasm Atlas: ${store.name} store with ${stats.concepts} concepts and ${stats.relations} relations.`);
    return store;
  });
  shared.catch(() => {
    shared = undefined;
  });
  return shared;
}
