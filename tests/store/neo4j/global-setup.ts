import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { missingTools, startLocalServer, stopProcess, type LocalServer } from '../../../neo4j/local-server';
import { freePort } from '../../../scripts/free-port';
import { startInBackground, type BackgroundStart } from '../../background-start';

declare module 'vitest' {
  export interface ProvidedContext {
    /**
     * The run's own Neo4j server and the file that says when it is up (test-server.ts), or why
     * the Neo4j tests cannot run here.
     */
    neo4j: { uri: string; password: string; state: string } | { skip: string };
  }
}

interface RunServer {
  readonly uri: string;
  readonly password: string;
  readonly home: string;
  /** The server being started (background-start.ts). */
  readonly server: BackgroundStart<LocalServer>;
  users: number;
}

/**
 * Global setups run in vitest's main process. The Neo4j and browser projects both list this
 * file; holding the server here makes them share one server per run.
 */
const holder = globalThis as typeof globalThis & { spasmAtlasTestNeo4j?: Promise<RunServer> };

/**
 * Starts a Neo4j of its own for this test run: a free port, a fresh data directory, a random
 * password, stopped at the end (or when vitest dies). It starts in the background: vitest runs
 * every global setup before any test, and the unit files need no Neo4j, so the Neo4j files
 * wait for it instead (test-server.ts). Without java or mvn the Neo4j tests skip and say why;
 * on CI (CI=true) that is a failure.
 */
export default async function setup(project: TestProject) {
  const reason = missingTools();
  if (reason) {
    if (process.env.CI === 'true') throw new Error(`The Neo4j tests are mandatory on CI: ${reason}.`);
    console.warn(`Neo4j tests skipped: ${reason}.`);
    project.provide('neo4j', { skip: reason });
    return;
  }
  holder.spasmAtlasTestNeo4j ??= startRun();
  const shared = await holder.spasmAtlasTestNeo4j;
  shared.users += 1;
  project.provide('neo4j', { uri: shared.uri, password: shared.password, state: shared.server.state });
  return async () => {
    shared.users -= 1;
    if (shared.users > 0) return;
    holder.spasmAtlasTestNeo4j = undefined;
    const server = await shared.server.started;
    if (server) await stopProcess(server.pid);
    shared.server.remove();
    rmSync(shared.home, { recursive: true, force: true });
  };
}

async function startRun(): Promise<RunServer> {
  const home = mkdtempSync(join(tmpdir(), 'spasm-atlas-neo4j-'));
  const password = randomBytes(12).toString('hex');
  const port = await freePort();
  const server = startInBackground(async () => {
    const started = await startLocalServer({ home, port, password, stopWithThisProcess: true });
    console.info(`Neo4j ${started.version} for this test run at ${started.uri}, up in ${(started.startMillis / 1000).toFixed(1)} s.`);
    return started;
  });
  return { uri: `bolt://127.0.0.1:${port}`, password, home, server, users: 0 };
}
