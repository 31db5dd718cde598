import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/graph';
import { seedNeo4j } from '../../src/store/neo4j/seed';
import { neo4jSkipReason, neo4jStarted, testNeo4jConfig } from '../store/neo4j/test-server';
import { mapReady, mapState, skipReason as browserSkipReason, useBrowser } from './browser';
import { freePort } from '../../scripts/free-port';
import { waitForReady } from './global-setup';

const skipReason = browserSkipReason ?? neo4jSkipReason;
if (skipReason) console.info(`Explorer on Neo4j skipped: ${skipReason}`);

/** The built app started a second time, with STORE=neo4j against the run's Neo4j seeded with graph/. */
describe.skipIf(Boolean(skipReason))('the explorer on the Neo4j store', () => {
  let app: ChildProcess | undefined;
  let appUrl = '';
  let log = '';
  const openPage = useBrowser(() => appUrl);

  beforeAll(async () => {
    await neo4jStarted();
    const config = testNeo4jConfig();
    await seedNeo4j(config, loadGraph('graph'));
    const port = await freePort();
    app = spawn('npx', ['next', 'start', '-p', String(port)], {
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', STORE: 'neo4j', NEO4J_URI: config.uri, NEO4J_PASSWORD: config.password },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    app.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    appUrl = `http://127.0.0.1:${port}`;
    await waitForReady(app, `${appUrl}/api/graphql`);
  });
  afterAll(() => {
    if (app?.pid) process.kill(-app.pid, 'SIGTERM');
  });

  it('draws the map around back muscle spasm from Neo4j, with no console errors', async () => {
    const { page, errors, close } = await openPage('/');
    await mapReady(page);
    const map = await mapState(page);
    expect(map.focus).toEqual(['back-spasm']);
    expect(map.nodes.length).toBeGreaterThan(5);
    await expect(page.getByTestId('outline-focus').textContent()).resolves.toContain('Back muscle spasm');
    expect(log).toContain(`Spasm Atlas: neo4j store with ${loadGraph('graph').concepts.length} concepts`);
    expect(errors).toEqual([]);
    await close();
  });
});
