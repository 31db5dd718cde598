import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { missingTools, startLocalServer, stopProcess, type LocalServer } from '../../../neo4j/local-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's own Neo4j server, or why the Neo4j tests cannot run here. */
    neo4j: { uri: string; password: string } | { skip: string };
  }
}

interface RunServer {
  readonly server: Promise<LocalServer & { home: string; password: string }>;
  users: number;
}

/**
 * Global setups run in vitest's main process. The Neo4j and browser projects both list this
 * file; holding the server here makes them share one server per run.
 */
const holder = globalThis as typeof globalThis & { spasmAtlasTestNeo4j?: RunServer };

/**
 * Starts a Neo4j of its own for this test run: a free port, a fresh data directory, a random
 * password, stopped at the end (or when vitest dies). Without java or mvn the Neo4j tests skip
 * and say why; on CI (CI=true) that is a failure.
 */
export default async function setup(project: TestProject) {
  const reason = missingTools();
  if (reason) {
    if (process.env.CI === 'true') throw new Error(`The Neo4j tests are mandatory on CI: ${reason}.`);
    console.warn(`Neo4j tests skipped: ${reason}.`);
    project.provide('neo4j', { skip: reason });
    return;
  }
  holder.spasmAtlasTestNeo4j ??= { server: startServer(), users: 0 };
  const shared = holder.spasmAtlasTestNeo4j;
  shared.users += 1;
  const server = await shared.server;
  project.provide('neo4j', { uri: server.uri, password: server.password });
  return async () => {
    shared.users -= 1;
    if (shared.users > 0) return;
    holder.spasmAtlasTestNeo4j = undefined;
    await stopProcess(server.pid);
    rmSync(server.home, { recursive: true, force: true });
  };
}

async function startServer() {
  const home = mkdtempSync(join(tmpdir(), 'spasm-atlas-neo4j-'));
  const password = randomBytes(12).toString('hex');
  const server = await startLocalServer({ home, port: 0, password, stopWithThisProcess: true });
  console.info(`Neo4j ${server.version} for this test run at ${server.uri}, up in ${(server.startMillis / 1000).toFixed(1)} s.`);
  return { ...server, home, password };
}
