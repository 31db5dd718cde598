import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { wakeMap } from '../../bench/first-picture';
import { waitUntilStarted } from '../background-start';

export const ARTIFACTS = 'test-artifacts';

/** How a Content-Security-Policy violation starts in the errors a page collects. */
const VIOLATION = 'Content-Security-Policy violation:';

const app = inject('browserApp');
/** Why the browser tests skip here, or undefined when they run. */
export const skipReason = 'skip' in app ? app.skip : undefined;
export const baseUrl = 'url' in app ? app.url : '';

/**
 * The run's one Chromium (started by global-setup.ts), opening pages of the app at baseUrl (or at
 * appUrl()); each test gets a fresh context and page whose console errors and page errors are
 * collected, so a test can assert there were none.
 */
export function useBrowser(appUrl: () => string = () => baseUrl) {
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (!('chromium' in app)) return;
    mkdirSync(ARTIFACTS, { recursive: true });
    // global-setup.ts builds the app while the unit and Neo4j files run
    await waitUntilStarted(app.state, 'The app for the browser tests');
    browser = await chromium.connect(app.chromium);
  });
  afterAll(async () => {
    // closes this file's contexts and leaves the run's Chromium to the others
    await browser?.close();
  });

  return async function openPage(path = '/', viewport = { width: 1280, height: 720 }, { javaScriptEnabled = true } = {}) {
    const context = await browser!.newContext({ viewport, acceptDownloads: true, javaScriptEnabled });
    // Chromium fires securitypolicyviolation for everything the Content-Security-Policy refuses;
    // each one is reported as a console error, so a test asserting no errors asserts no violations.
    await context.addInitScript((prefix) => {
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(`${prefix} ${event.effectiveDirective} refused ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`),
      );
    }, VIOLATION);
    const page = await context.newPage();
    const errors: string[] = [];
    const violations: string[] = [];
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      errors.push(message.text());
      if (message.text().startsWith(VIOLATION)) violations.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${appUrl()}${path}`);
    return { page, errors, violations, close: () => context.close() };
  };
}

/**
 * Resolves once no request for the map is pending and the interactive map has drawn and laid
 * out its elements. The explorer's first picture is plain SVG; the pointer moving onto it, as a
 * reader's would, brings in the interactive map (Cytoscape), which the tests then read.
 */
export async function mapReady(page: Page) {
  try {
    await page.waitForSelector('main[aria-busy="false"] [data-testid="concept-map"][data-layout-ready="true"]', { timeout: 60_000 });
    await wakeMap(page);
  } catch (error) {
    await page.screenshot({ path: `${ARTIFACTS}/map-not-ready.png` });
    const state = await page.evaluate(() => {
      const cy = window.spasmAtlasMap;
      return { url: location.href, nodes: cy?.nodes().length, status: document.querySelector('.map-status')?.textContent };
    });
    throw new Error(`the map did not finish its layout within 60 s: ${JSON.stringify(state)}`, { cause: error });
  }
}

/**
 * A download's bytes, started by clicking the button named. Read as a stream: the run's Chromium
 * is shared over a connection, where a download has no local path.
 */
export async function download(page: Page, button: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByRole('button', { name: button }).click()]);
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** What the map currently draws, read from Cytoscape itself. */
export async function mapState(page: Page) {
  return page.evaluate(() => {
    const cy = window.spasmAtlasMap!;
    return {
      nodes: cy.nodes('.concept').map((n) => n.id()),
      edges: cy.edges().map((e) => e.id()),
      kinds: Object.fromEntries(cy.nodes('.concept').map((n) => [n.id(), n.data('kind') as string])),
      controls: cy.nodes('.lane-control').map((n) => n.id()),
      focus: cy.$('node.focus').map((n) => n.id()),
      path: cy.$('.path').map((e) => e.id()),
      highlighted: cy.$('node.highlighted').map((n) => n.id()),
    };
  });
}

/** Clicks a node where it is drawn on the canvas, as a user would. */
export async function clickNode(page: Page, id: string) {
  const point = await page.evaluate((nodeId) => {
    const cy = window.spasmAtlasMap!;
    const node = cy.getElementById(nodeId);
    cy.center(node);
    const box = cy.container()!.getBoundingClientRect();
    const at = node.renderedPosition();
    return { x: box.left + at.x, y: box.top + at.y };
  }, id);
  await page.mouse.click(point.x, point.y);
}

/** What a person can read of the map: concepts fully inside it and the smallest label on screen (font size × zoom). */
export async function mapLegibility(page: Page) {
  return page.evaluate(() => {
    const cy = window.spasmAtlasMap!;
    const concepts = cy.nodes('.concept');
    const inside = concepts.filter((node) => {
      const box = node.renderedBoundingBox({ includeLabels: true });
      return box.x1 >= 0 && box.y1 >= 0 && box.x2 <= cy.width() && box.y2 <= cy.height();
    });
    const labels = cy.nodes().map((node) => parseFloat(node.style('font-size')) * cy.zoom());
    // a name taller than its box spills over its border, onto the boxes and lines around it
    const spilling = concepts
      .filter((node) => {
        const body = node.boundingBox({ includeLabels: false, includeOverlays: false });
        const label = node.boundingBox({ includeNodes: false, includeLabels: true, includeOverlays: false });
        return label.y1 < body.y1 - 1 || label.y2 > body.y2 + 1;
      })
      .map((node) => node.data('label') as string);
    return { drawn: concepts.length, inside: inside.length, smallestLabel: Math.min(...labels), zoom: cy.zoom(), spilling };
  });
}

/** Clicks a map node (a concept or a lane's control) where it is drawn, as a user would. */
export async function clickDrawn(page: Page, id: string) {
  const point = await page.evaluate((nodeId) => {
    const cy = window.spasmAtlasMap!;
    const at = cy.getElementById(nodeId).renderedPosition();
    const box = cy.container()!.getBoundingClientRect();
    return { x: box.left + at.x, y: box.top + at.y };
  }, id);
  await page.mouse.click(point.x, point.y);
}

/**
 * Opens the details and outline sheet as a person on a phone does: the header folds its actions
 * behind "Menu" there, so the sheet's button is reached through it. On a wide screen the panel is
 * always shown and nothing is clicked.
 */
export async function openDetailsSheet(page: Page) {
  const sheet = page.getByRole('button', { name: 'Details & outline' });
  if (await sheet.isVisible()) return sheet.click();
  const menu = page.getByRole('button', { name: 'Menu' });
  if (!(await menu.isVisible())) return;
  await menu.click();
  await sheet.click();
}
