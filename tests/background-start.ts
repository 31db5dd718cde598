import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * vitest runs every global setup before any test file, so a service a global setup awaits
 * (a Neo4j, the built app) keeps even the files that never use it waiting. A global setup
 * starts it with startInBackground instead, provides the state file's path, and the files that
 * need the service call waitUntilStarted(state) first. The state crosses from vitest's main
 * process to its workers as a small JSON file.
 */
export interface BackgroundStart<T> {
  /** The file that says whether the service is starting, started or failed (and why). */
  readonly state: string;
  /** The service once started, or undefined when it failed (the state file says why). */
  readonly started: Promise<T | undefined>;
  /** Removes the state file, once the run is over. */
  remove(): void;
}

type State = { status: 'starting' } | { status: 'started' } | { status: 'failed'; message: string };

export function startInBackground<T>(start: () => Promise<T>): BackgroundStart<T> {
  const state = join(mkdtempSync(join(tmpdir(), 'spasm-atlas-start-')), 'state.json');
  const write = (value: State) => writeFileSync(state, JSON.stringify(value));
  write({ status: 'starting' });
  const started = start().then(
    (service) => {
      write({ status: 'started' });
      return service;
    },
    (error: Error) => {
      write({ status: 'failed', message: error.message });
      return undefined;
    },
  );
  return { state, started, remove: () => rmSync(dirname(state), { recursive: true, force: true }) };
}

/** Resolves once the service behind the state file has started; throws its failure, naming it. */
export async function waitUntilStarted(state: string, what: string): Promise<void> {
  for (;;) {
    const current = JSON.parse(readFileSync(state, 'utf8')) as State;
    if (current.status === 'started') return;
    if (current.status === 'failed') throw new Error(`${what} could not start: ${current.message}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
