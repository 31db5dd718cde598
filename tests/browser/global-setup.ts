import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { freePort } from '../../scripts/free-port';
import { startInBackground, type BackgroundStart } from '../background-start';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/**
 * Features Playwright turns off in Chromium (playwright-core's chromiumSwitches.ts). Chromium reads
 * only the last --disable-features it is given, and ours comes after Playwright's, so it repeats them.
 */
const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
];

/**
 * The flags this machine's Chromium is driven with: no sandbox, no GPU, nothing fetched in the
 * background. The rest spare CPU on a 2-core machine where page loads are most of the suite's
 * time, without changing what a page does: no omnibox popups (Chromium otherwise loads two
 * WebUIs, the omnibox's and its AI-mode popup, each in a renderer of its own beside every page,
 * about 1.3 CPU-seconds a page between them), no spare renderer started ahead of a navigation
 * that a fresh context never makes (0.15), and no optimising JIT for pages that live a few
 * seconds (--max-opt=1 stops at Sparkplug). Together they take a page load from about 4.8 to 2.6
 * CPU-seconds here.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, 'WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'SpareRendererForSitePerProcess'].join(',')}`,
  '--js-flags=--max-opt=1',
];

declare module 'vitest' {
  export interface ProvidedContext {
    /**
     * The app's base URL, the run's one Chromium and the file that says when the app is up
     * (background-start.ts), or why the browser tests cannot run.
     */
    browserApp: { url: string; chromium: string; state: string } | { skip: string };
  }
}

interface RunApp {
  readonly url: string;
  readonly browser: BrowserServer;
  /** The app being built and started (background-start.ts). */
  readonly app: BackgroundStart<ChildProcess>;
  users: number;
}

/**
 * Global setups run in vitest's main process. Every project that drives the built app (browser,
 * journeys) lists this file; holding the app here makes them share one build, one server and
 * one Chromium per run.
 */
const holder = globalThis as typeof globalThis & { spasmAtlasTestApp?: Promise<RunApp> };

/**
 * Starts Chromium, and builds and starts the app on a free port once for all browser tests and
 * journeys. The build runs in the background: vitest runs every global setup before any test,
 * so awaiting it here would leave the unit and Neo4j files waiting on it too. The browser
 * files wait for it instead (browser.ts). Without Chromium the tests skip and say why; on CI
 * (CI=true) a missing browser is a failure.
 */
export default async function setup(project: TestProject) {
  if (!existsSync(CHROMIUM)) {
    const reason = `Chromium not found at ${CHROMIUM}: install it (apt-get install -y chromium) or set CHROMIUM_PATH.`;
    if (process.env.CI === 'true') throw new Error(`Browser tests are mandatory on CI. ${reason}`);
    console.warn(`Browser tests skipped. ${reason}`);
    project.provide('browserApp', { skip: reason });
    return;
  }
  holder.spasmAtlasTestApp ??= startRun();
  const run = await holder.spasmAtlasTestApp;
  run.users += 1;
  project.provide('browserApp', { url: run.url, chromium: run.browser.wsEndpoint(), state: run.app.state });
  return async () => {
    run.users -= 1;
    if (run.users > 0) return;
    holder.spasmAtlasTestApp = undefined;
    const server = await run.app.started;
    if (server?.pid) process.kill(-server.pid, 'SIGTERM');
    run.app.remove();
    await run.browser.close();
  };
}

async function startRun(): Promise<RunApp> {
  const browser = await chromium.launchServer({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const port = await freePort();
  return { url: `http://127.0.0.1:${port}`, browser, app: startInBackground(() => buildAndStart(port)), users: 0 };
}

async function buildAndStart(port: number) {
  // NEXT_PUBLIC_TEST_HOOKS: the build hands the live map to the tests (src/components/map/test-hook.ts).
  // NEXT_BUILD_TYPECHECK=0: npm test has type-checked already. NEXT_BUILD_CACHE=0: a fresh clone's one
  // build writes no cache it will never read (next.config.js).
  const env = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_PUBLIC_TEST_HOOKS: '1',
    STORE: 'embedded',
    NEXT_BUILD_TYPECHECK: '0',
    ...(process.env.CI === 'true' ? { NEXT_BUILD_CACHE: '0' } : {}),
  };
  if (process.env.SKIP_NEXT_BUILD !== '1') await run('npx', ['next', 'build'], env);
  const server = spawn('npx', ['next', 'start', '-p', String(port)], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  await waitForReady(server, `http://127.0.0.1:${port}/api/graphql`);
  return server;
}

/** Runs a command to its end without blocking vitest's process, failing with its output. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (exit ${code}):\n${output}`))));
  });
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
