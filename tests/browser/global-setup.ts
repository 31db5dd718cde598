import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { freePort } from '../../scripts/free-port';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The app's base URL, or why the browser tests cannot run. */
    browserApp: { url: string } | { skip: string };
  }
}

interface RunApp {
  readonly app: Promise<{ url: string; server: ChildProcess }>;
  users: number;
}

/**
 * Global setups run in vitest's main process. Every project that drives the built app (browser,
 * journeys) lists this file; holding the app here makes them share one build and one server
 * per run.
 */
const holder = globalThis as typeof globalThis & { spasmAtlasTestApp?: RunApp };

/**
 * Builds the app and starts it on a free port once for all browser tests and journeys. Without
 * Chromium the tests skip and say why; on CI (CI=true) a missing browser is a failure.
 */
export default async function setup(project: TestProject) {
  if (!existsSync(CHROMIUM)) {
    const reason = `Chromium not found at ${CHROMIUM}: install it (apt-get install -y chromium) or set CHROMIUM_PATH.`;
    if (process.env.CI === 'true') throw new Error(`Browser tests are mandatory on CI. ${reason}`);
    console.warn(`Browser tests skipped. ${reason}`);
    project.provide('browserApp', { skip: reason });
    return;
  }
  holder.spasmAtlasTestApp ??= { app: startApp(), users: 0 };
  const shared = holder.spasmAtlasTestApp;
  shared.users += 1;
  const { url, server } = await shared.app;
  project.provide('browserApp', { url });
  return () => {
    shared.users -= 1;
    if (shared.users > 0) return;
    holder.spasmAtlasTestApp = undefined;
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  };
}

async function startApp() {
  // NEXT_PUBLIC_TEST_HOOKS: the build hands the live map to the tests (src/components/map/test-hook.ts)
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NEXT_PUBLIC_TEST_HOOKS: '1', STORE: 'embedded' };
  if (process.env.SKIP_NEXT_BUILD !== '1') {
    const build = spawnSync('npx', ['next', 'build'], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    if (build.status !== 0) throw new Error(`next build failed:\n${build.stdout}\n${build.stderr}`);
  }
  const port = await freePort();
  const server = spawn('npx', ['next', 'start', '-p', String(port)], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  await waitForReady(server, `http://127.0.0.1:${port}/api/graphql`);
  return { url: `http://127.0.0.1:${port}`, server };
}

export async function waitForReady(server: ChildProcess, url: string) {
  let output = '';
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}:\n${output}`);
    try {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ stats { concepts } }"}' });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the app did not answer at ${url} within 60 s:\n${output}`);
}
