import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromium } from 'playwright-core';
import { writeSyntheticGraph } from './synthetic-graph';

/**
 * npm run bench:ui — in Chromium, the time from navigation to a drawn, laid-out map, and the
 * layout time alone (layered and force), for the real graph and synthetic graphs of 1,000 and
 * 5,000 concepts. Each graph is served by the built app (`next build` first if needed).
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TIMEOUT_MS = 15 * 60_000;

interface Case {
  name: string;
  graphDir: string;
  path: string;
}

const cases: Case[] = [
  { name: 'real graph, default view', graphDir: 'graph', path: '/' },
  { name: 'real graph, all kinds, 3 steps out', graphDir: 'graph', path: '/?depth=3&kinds=Cause,Condition,Mechanism,Symptom,Treatment,Diagnostic,RedFlag,BodyRegion' },
  { name: 'synthetic 1,000 concepts', graphDir: writeSyntheticGraph(1000), path: '/?focus=s-0&depth=2&select=s-0' },
  { name: 'synthetic 5,000 concepts', graphDir: writeSyntheticGraph(5000), path: '/?focus=s-0&depth=2&select=s-0' },
];

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function startApp(graphDir: string) {
  const port = await freePort();
  const server = spawn('npx', ['next', 'start', '-p', String(port)], {
    env: { ...process.env, GRAPH_DIR: graphDir, STORE: 'embedded', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  for (let tries = 0; tries < 240; tries++) {
    const ok = await fetch(`${url}/api/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ stats { concepts } }"}' })
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return { url, stop: () => server.pid && process.kill(-server.pid, 'SIGTERM') };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the app did not start for ${graphDir}`);
}

async function main() {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium, or set CHROMIUM_PATH.`);
  if (!existsSync('.next/BUILD_ID')) {
    console.log('Building the app first (next build)…');
    if (spawnSync('npx', ['next', 'build'], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } }).status !== 0) throw new Error('next build failed');
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const rows: string[][] = [];
  try {
    for (const bench of cases) {
      const app = await startApp(bench.graphDir);
      try {
        const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
        const ready = 'main[aria-busy="false"] [data-testid="concept-map"][data-layout-ready="true"]';
        const started = Date.now();
        await page.goto(`${app.url}${bench.path}`);
        await page.waitForSelector(ready, { timeout: TIMEOUT_MS });
        const firstDraw = Date.now() - started;
        const map = page.getByTestId('concept-map');
        const layered = Number(await map.getAttribute('data-layout-ms'));
        const size = await page.evaluate(() => {
          const cy = (window as unknown as { spasmAtlasMap: import('cytoscape').Core }).spasmAtlasMap;
          return { nodes: cy.nodes().length, edges: cy.edges().length };
        });
        await page.getByRole('radio', { name: /force-directed/ }).check({ timeout: TIMEOUT_MS });
        await page.waitForSelector('[data-testid="concept-map"][data-layout-ready="false"]', { timeout: 5_000 }).catch(() => undefined);
        await page.waitForSelector(ready, { timeout: TIMEOUT_MS });
        const force = Number(await map.getAttribute('data-layout-ms'));
        rows.push([bench.name, String(size.nodes), String(size.edges), seconds(firstDraw), seconds(layered), seconds(force), `${(size.nodes / (layered / 1000)).toFixed(0)}`]);
        console.log(`  measured: ${bench.name}`);
        await page.close();
      } finally {
        app.stop();
      }
    }
  } finally {
    await browser.close();
  }
  const header = ['view', 'nodes', 'edges', 'first drawn map', 'layered layout', 'force layout', 'nodes/s (layered)'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  console.log(`bench:ui — Chromium ${browser.version()}, 1280×720, production build, embedded store`);
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
