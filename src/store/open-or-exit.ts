import { readConfig } from '../config';
import { getProcessStore } from './process-store';
import type { GraphStore } from './store';

/**
 * The process's store, opened at start-up; when configuration, graph or database is wrong,
 * the problem is printed as it is written for people (one line, or the graph's problem list)
 * and the process exits 1. Shared by `npm run api` and `next start`.
 */
export async function openProcessStoreOrExit(): Promise<GraphStore> {
  try {
    readConfig();
    return await getProcessStore();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
