import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { forcePositions } from '../src/components/map/force-positions';
import { FORCE_MAX_NODES } from '../src/components/map/layouts';
import { CAUSAL_RELATION_TYPES } from '../src/domain';
import { LANE_GEOMETRY, NARROW_WIDTH, laneLayout } from '../src/map/lane-layout';
import type { MapData } from '../src/map/model';
import { loadGraph } from '../src/graph';
import { freePort } from '../scripts/free-port';
import { lineCounts, readDrawnMap } from './drawn-lines';
import { FIRST_PICTURE_TIMER, firstPictureTimes, measureFirstPicture, wakeMap } from './first-picture';
import { writeSyntheticGraph } from './synthetic-graph';

/**
 * npm run bench:ui — what a person sees, measured in Chromium on the production build:
 * per scenario (home at three screen sizes, and the map after searching concepts) the
 * concepts drawn and how many lie fully inside the map, the smallest and median label size
 * on screen (font size × zoom), overlapping boxes, the share of causal arrows pointing the
 * way causes flow, and the time from navigation to a drawn map; then the home route's
 * JavaScript on the wire, and layout times for the real graph and synthetic graphs. The first
 * picture is plain SVG (no map engine) that the server draws for each class of map size, so it
 * paints with the HTML; it is measured as first shown (saying which class, or "measured" once
 * the page has drawn it for its own map), then the pointer moves onto it, which loads the
 * interactive map (Cytoscape), and the rest is read from Cytoscape. What the lines claim is
 * counted along each drawn line's points (bends included): lines at full strength that pass
 * behind a concept, control or lane title that is not one of their ends, crossings among strong
 * lines and among all drawn lines (pairs that share an end left out), the causes and conditions
 * drawn inside the map, and whether the focus is inside it.
 * Screenshots of each scenario go to test-artifacts/bench-*.png.
 * `-- --graph <dir>` serves another graph folder (e.g. the real graph plus 100,000 synthetic
 * concepts, written by bench/synthetic-graph.ts) for the same scenarios.
 */
const { values: args } = parseArgs({ options: { graph: { type: 'string', default: 'graph' } }, strict: true });
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = 'test-artifacts';
const READY = 'main[aria-busy="false"] [data-testid="concept-map"][data-layout-ready="true"]';

interface Scenario {
  name: string;
  viewport: { width: number; height: number };
  /** Concept names typed into the search box one after another, each chosen from the suggestions. */
  searches: string[];
  /** The page's address after the host, when not the home page. */
  address?: string;
  /** Opens the first "+N more" lane once the map is drawn. */
  openLane?: boolean;
}

const scenarios: Scenario[] = [
  { name: 'home 1280×720', viewport: { width: 1280, height: 720 }, searches: [] },
  { name: 'home 1920×1080', viewport: { width: 1920, height: 1080 }, searches: [] },
  { name: 'home 390×844', viewport: { width: 390, height: 844 }, searches: [] },
  { name: 'search heavy lifting', viewport: { width: 1280, height: 720 }, searches: ['heavy lifting'] },
  { name: 'search herniated disc', viewport: { width: 1280, height: 720 }, searches: ['herniated disc'] },
  { name: 'search inflammation', viewport: { width: 1280, height: 720 }, searches: ['inflammation'] },
  { name: 'pinched nerve → heavy lifting', viewport: { width: 1280, height: 720 }, searches: ['pinched nerve', 'heavy lifting'] },
  { name: 'path heavy lifting → sciatica', viewport: { width: 1280, height: 720 }, searches: [], address: '/?from=heavy-lifting&to=sciatica' },
  { name: 'case: spasm, heavy box, leg pain', viewport: { width: 1280, height: 720 }, searches: [], address: '/?case=back+spasm|lifted+a+heavy+box|pain+down+the+leg' },
  { name: 'home 1280×720, "+N more" opened', viewport: { width: 1280, height: 720 }, searches: [], openLane: true },
];

/** Clicks the first "+N more" box on the interactive map, as a reader would. */
async function openFirstLane(page: Page) {
  const at = await page.evaluate(() => {
    const cy = window.spasmAtlasMap!;
    const control = cy.nodes('.lane-control').filter((node) => String(node.data('label')).startsWith('+'))[0];
    if (!control) return null;
    const frame = cy.container()!.getBoundingClientRect();
    const { x, y } = control.renderedPosition();
    return { x: frame.left + x, y: frame.top + y };
  });
  if (!at) throw new Error('no "+N more" box on the map to open');
  await page.mouse.click(at.x, at.y);
  await page.waitForFunction(() => document.querySelector('main')?.getAttribute('aria-busy') === 'true', undefined, { timeout: 2_000 }).catch(() => undefined);
  await page.waitForSelector(READY);
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
    if (ok) {
      // a fresh `next start` loads a page's modules on its first request; a deployed server has
      // served pages before, so that once-only cost is not counted as time to the map
      await fetch(url);
      return { url, stop: () => server.pid && process.kill(-server.pid, 'SIGTERM') };
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the app did not start for ${graphDir}`);
}

/** The first picture as the server sent it, read with scripts off: what paints before any script has run. */
async function serverPicture(browser: Browser, url: string, viewport: { width: number; height: number }) {
  const context = await browser.newContext({ viewport, javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(url);
    return await measureFirstPicture(page);
  } finally {
    await context.close();
  }
}

/** Reads the drawn map from Cytoscape itself: what a person can see of it. */
export async function measureMap(page: Page, causalTypes: readonly string[], flowsDown: boolean) {
  return page.evaluate(
    ({ causalTypes, flowsDown }) => {
      const cy = window.spasmAtlasMap!;
      const width = cy.width();
      const height = cy.height();
      const concepts = cy.nodes('.concept');
      const inside = concepts.filter((node) => {
        const box = node.renderedBoundingBox({ includeLabels: true });
        return box.x1 >= 0 && box.y1 >= 0 && box.x2 <= width && box.y2 <= height;
      });
      const labels = cy
        .nodes()
        .filter((node) => Boolean(node.data('label')))
        .map((node) => (node.visible() && node.style('label') ? parseFloat(node.style('font-size')) * cy.zoom() : 0))
        .sort((a, b) => a - b);
      const boxes = cy.nodes().map((node) => node.boundingBox({ includeLabels: false, includeOverlays: false }));
      const ids = cy.nodes().map((node) => node.id());
      const overlapping: string[] = [];
      let overlaps = 0;
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i]!, boxes[j]!];
          if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) {
            overlaps++;
            overlapping.push(`${ids[i]} × ${ids[j]}`);
          }
        }
      }
      // arrows closing a stated loop are drawn bending back on purpose: counted apart
      const causalAll = cy.edges().filter((edge) => causalTypes.includes(edge.data('type') as string));
      const causal = causalAll.filter((edge) => !edge.hasClass('loop'));
      const forward = causal.filter((element) => {
        const edge = element as import('cytoscape').EdgeSingular;
        const [from, to] = [edge.source().position(), edge.target().position()];
        return flowsDown ? to.y > from.y : to.x > from.x;
      });
      return {
        drawn: concepts.length,
        inside: inside.length,
        smallestLabel: labels[0] ?? 0,
        medianLabel: labels[Math.floor(labels.length / 2)] ?? 0,
        overlaps,
        overlapping,
        causal: causal.length,
        forward: forward.length,
        loops: causalAll.length - causal.length,
        layoutMs: Number(cy.container()!.dataset.layoutMs),
      };
    },
    { causalTypes, flowsDown },
  );
}

async function search(page: Page, text: string) {
  const box = page.getByTestId('main-search').getByRole('combobox');
  await box.fill(text);
  await page.getByTestId('main-search').getByRole('option').first().waitFor();
  await box.press('Enter');
  await page.waitForFunction(() => document.querySelector('main')?.getAttribute('aria-busy') === 'true', undefined, { timeout: 2_000 }).catch(() => undefined);
  await page.waitForSelector(READY);
}

/** Every concept of a graph with its relations and their evidence, as the map would receive them. */
function wholeGraph(dir: string): MapData {
  const graph = loadGraph(dir);
  return {
    nodes: graph.concepts.map(({ id, name, kind, urgent, unspecified }) => ({ id, name, kind, urgent, unspecified })),
    edges: graph.relations.map(({ id, type, from, to, evidence }) => ({ id, type, from, to, evidence: evidence.map(({ kind, source }) => ({ kind, source })) })),
  };
}

/** The lane layout with every lane open (every concept placed), and the force layout as the page's worker runs it (headless Cytoscape). */
async function layoutTimes(name: string, data: MapData) {
  const started = performance.now();
  const lanes = laneLayout(data, { focus: data.nodes[0]?.id ?? null, viewport: { width: 1280, height: 720 }, open: 'all' });
  const laneMs = performance.now() - started;
  let force: string;
  if (data.nodes.length > FORCE_MAX_NODES) {
    force = `refused: the page limits the free layout to ${FORCE_MAX_NODES.toLocaleString('en')} concepts`;
  } else {
    const forceStarted = performance.now();
    const G = LANE_GEOMETRY;
    await forcePositions({
      nodes: data.nodes.map((node) => ({ id: node.id, width: G.nodeWidth, height: G.nodeHeight })),
      edges: data.edges.map((edge) => ({ id: edge.id, source: edge.from, target: edge.to })),
    });
    force = seconds(performance.now() - forceStarted);
  }
  return [name, String(data.nodes.length), String(lanes.nodes.length), seconds(laneMs), force];
}

async function main() {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium, or set CHROMIUM_PATH.`);
  if (!existsSync('.next/BUILD_ID')) {
    console.log('Building the app first (next build)…');
    if (spawnSync('npx', ['next', 'build'], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NEXT_PUBLIC_TEST_HOOKS: '1' } }).status !== 0) throw new Error('next build failed');
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const rows: string[][] = [];
  let homeScripts = 0;
  let withEngine = 0;
  const overlapNotes: string[] = [];
  const claims: string[][] = [];
  const behindNotes: string[] = [];
  const app = await startApp(args.graph);
  try {
    for (const scenario of scenarios) {
      const context = await browser.newContext({ viewport: scenario.viewport });
      const page = await context.newPage();
      let scriptBytes = 0;
      page.on('response', (response) => {
        if (response.request().resourceType() !== 'script') return;
        void response.request().sizes().then((sizes) => (scriptBytes += sizes.responseBodySize + sizes.responseHeadersSize));
      });
      await page.addInitScript({ content: FIRST_PICTURE_TIMER });
      const address = `${app.url}${scenario.address ?? ''}`;
      await page.goto(address);
      await page.waitForSelector(READY);
      const times = await firstPictureTimes(page);
      const first = scenario.searches.length === 0 && !scenario.openLane ? await serverPicture(browser, address, scenario.viewport) : null;
      if (scenario.name === 'home 1280×720') {
        await page.waitForLoadState('networkidle');
        homeScripts = scriptBytes;
      }
      await wakeMap(page);
      for (const text of scenario.searches) await search(page, text);
      if (scenario.openLane) await openFirstLane(page);
      const flowsDown = scenario.viewport.width < NARROW_WIDTH;
      const m = await measureMap(page, CAUSAL_RELATION_TYPES, flowsDown);
      const drawnMap = await readDrawnMap(page);
      const lines = lineCounts(drawnMap);
      claims.push([
        scenario.name,
        `${lines.behind} of ${lines.strongLines}`,
        `${lines.strongCrossings} (${(lines.strongCrossings / Math.max(1, lines.strongLines)).toFixed(2)}/line)`,
        `${lines.allCrossings} (${(lines.allCrossings / Math.max(1, lines.allLines)).toFixed(2)}/line)`,
        String(drawnMap.causesInside),
        drawnMap.focusInside === null ? 'no focus' : drawnMap.focusInside ? 'yes' : 'NO',
      ]);
      if (lines.behindExamples.length > 0) behindNotes.push(`${scenario.name}: ${lines.behindExamples.join('; ')}`);
      const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      await page.screenshot({ path: `${ARTIFACTS}/bench-${scenario.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png` });
      if (scenario.name === 'home 1280×720') {
        await page.waitForLoadState('networkidle');
        withEngine = scriptBytes;
      }
      rows.push([
        scenario.name,
        String(m.drawn),
        String(m.inside),
        `${m.smallestLabel.toFixed(1)} px`,
        `${m.medianLabel.toFixed(1)} px`,
        String(m.overlaps),
        m.causal === 0 ? 'no causal edges' : `${((100 * m.forward) / m.causal).toFixed(0)}% of ${m.causal}${m.loops > 0 ? ` (+${m.loops} loop)` : ''}`,
        first ? `${first.inside}/${first.drawn}, ${first.smallestLabel.toFixed(1)} px, ${first.screen}` : '—',
        first ? `${seconds(times.shown.at)} (${times.shown.screen}), ${seconds(times.interactive)}` : '—',
        `${m.layoutMs} ms`,
        `${pageWidth} px`,
      ]);
      if (m.overlapping.length > 0) overlapNotes.push(`${scenario.name}: ${m.overlapping.slice(0, 4).join('; ')}`);
      await context.close();
    }
  } finally {
    app.stop();
    await browser.close();
  }
  const timings = [
    await layoutTimes('real graph (whole)', wholeGraph('graph')),
    await layoutTimes('synthetic 1,000 concepts', wholeGraph(writeSyntheticGraph(1000))),
    await layoutTimes('synthetic 5,000 concepts', wholeGraph(writeSyntheticGraph(5000))),
  ];
  console.log(`bench:ui — Chromium ${browser.version()}, production build, embedded store serving ${args.graph}`);
  table(['scenario', 'drawn', 'inside', 'smallest label', 'median label', 'overlaps', 'causal edges forward', 'server picture: inside, smallest, class', 'nav → picture shown, interactive', 'layout+frame', 'page width'], rows);
  if (overlapNotes.length > 0) console.log(`overlapping boxes (first few):\n  ${overlapNotes.join('\n  ')}`);
  console.log('\nwhat the lines claim (along each drawn line; goals: 0 behind, strong crossings ≤ 0.25 per strong line, all ≤ 1 per line, ≥ 8 causes at home 1280×720, focus on the map)');
  table(['scenario', 'strong lines behind a box', 'crossings, strong', 'crossings, all', 'causes & conditions inside', 'focus inside'], claims);
  if (behindNotes.length > 0) console.log(`lines behind boxes (first few):\n  ${behindNotes.join('\n  ')}`);
  console.log(`\nhome route JavaScript on the wire: ${(homeScripts / 1024).toFixed(0)} kB for the first picture (target ≤ 250 kB); ${(withEngine / 1024).toFixed(0)} kB once the pointer reaches the map and Cytoscape loads\n`);
  console.log('layout times (Node, same code as the page; lanes place every concept with all lanes open)');
  table(['graph', 'concepts', 'placed', 'lane layout', 'force layout (fcose)'], timings);
}

function table(header: string[], rows: string[][]) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
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
