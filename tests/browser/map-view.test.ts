import { readFileSync, readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_PICTURE, measureFirstPicture } from '../../bench/first-picture';
import { ARTIFACTS, mapLegibility, mapReady, mapState, openDetailsSheet, skipReason, useBrowser } from './browser';

/** The one cookbook query whose answer holds no concepts (counts and sources). */
const WITHOUT_CONCEPTS = 'what-the-graph-holds.graphql';

if (skipReason) console.info(`Map view browser tests skipped: ${skipReason}`);

const SIZES = [
  { name: 'laptop', width: 1280, height: 720 },
  { name: 'projector', width: 1920, height: 1080 },
  { name: 'phone', width: 390, height: 844 },
];
const CAUSAL = ['CAUSES', 'LEADS_TO', 'RISK_FACTOR_FOR'];

/** Share of causal arrows pointing the way causes flow: right, or down on a phone. */
async function forwardShare(page: Page, down: boolean) {
  return page.evaluate(
    ({ causal, down }) => {
      const cy = window.spasmAtlasMap!;
      // an arrow closing a stated loop is drawn bending back on purpose
      const edges = cy.edges().filter((e) => causal.includes(e.data('type') as string) && !e.hasClass('loop'));
      const forward = edges.filter((e) => {
        const edge = e as import('cytoscape').EdgeSingular;
        return down ? edge.target().position('y') > edge.source().position('y') : edge.target().position('x') > edge.source().position('x');
      });
      return edges.length === 0 ? 1 : forward.length / edges.length;
    },
    { causal: CAUSAL, down },
  );
}

async function search(page: Page, text: string, option: RegExp) {
  const box = page.getByRole('combobox', { name: 'Find a concept' });
  await box.fill(text);
  await page.getByRole('option', { name: option }).first().waitFor();
  await box.press('Enter');
}

describe.skipIf(Boolean(skipReason))('the focus-centred map in Chromium', () => {
  const openPage = useBrowser();

  it.each(SIZES)('paints a first picture with the HTML, before any script runs, every concept inside and labels of 11 px or more, on a $name ($width×$height)', async (size) => {
    const { page, close } = await openPage('/', size, { javaScriptEnabled: false });
    const first = await measureFirstPicture(page);
    expect(first.screen).not.toBe('measured');
    expect(first.drawn).toBeGreaterThan(5);
    expect(first.inside).toBe(first.drawn);
    expect(first.smallestLabel).toBeGreaterThanOrEqual(11);
    await page.screenshot({ path: `${ARTIFACTS}/home-server-picture-${size.width}x${size.height}.png` });
    await close();
  });

  it.each(SIZES)('shows every drawn concept inside the map with labels of 11 px or more inside their boxes on a $name ($width×$height), first without the map engine', async (size) => {
    const { page, errors, close } = await openPage('/', size);
    await page.waitForSelector(`${FIRST_PICTURE} svg[data-screen="measured"]`);
    const first = await measureFirstPicture(page);
    expect(first.engineLoaded).toBe(false);
    expect(first.drawn).toBeGreaterThan(5);
    expect(first.inside).toBe(first.drawn);
    expect(first.smallestLabel).toBeGreaterThanOrEqual(11);
    await page.screenshot({ path: `${ARTIFACTS}/home-first-picture-${size.width}x${size.height}.png` });
    await mapReady(page);
    const seen = await mapLegibility(page);
    expect(seen.drawn).toBe(first.drawn);
    expect(seen.inside).toBe(seen.drawn);
    expect(seen.smallestLabel).toBeGreaterThanOrEqual(11);
    expect(seen.spilling).toEqual([]);
    expect(await forwardShare(page, size.width < 640)).toBeGreaterThanOrEqual(0.95);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(size.width);
    await page.screenshot({ path: `${ARTIFACTS}/home-${size.width}x${size.height}.png` });
    expect(errors).toEqual([]);
    await close();
  });

  it('frames each searched concept readably, pinched nerve then heavy lifting included, whatever the zoom before', async () => {
    const { page, close } = await openPage('/');
    await mapReady(page);
    for (const [text, option, id] of [
      ['pinched nerve', /Nerve compression/, 'nerve-compression'],
      ['heavy lifting', /Heavy lifting/, 'heavy-lifting'],
      ['inflammation', /^Muscle and tendon inflammation/, 'inflammation'],
    ] as const) {
      await search(page, text, option);
      await expect.poll(async () => (await mapState(page)).focus, { timeout: 60_000 }).toEqual([id]);
      await mapReady(page);
      const seen = await mapLegibility(page);
      expect(seen.drawn, text).toBeGreaterThan(1);
      expect(seen.inside, text).toBe(seen.drawn);
      expect(seen.smallestLabel, text).toBeGreaterThanOrEqual(11);
    }
    await page.screenshot({ path: `${ARTIFACTS}/search-inflammation.png` });
    await close();
  });

  it('opens a crowded lane in place with its "+N more" control', async () => {
    const { page, close } = await openPage('/');
    await mapReady(page);
    const before = await mapState(page);
    const more = before.controls.find((id) => id !== 'lane-control:urgent' && id !== 'lane-control:assessment');
    expect(more).toBeDefined();
    // a block body: the collection emit() returns would be serialised back to the test, which takes seconds
    await page.evaluate((id) => {
      window.spasmAtlasMap!.getElementById(id).emit('tap');
    }, more!);
    await expect.poll(async () => (await mapState(page)).nodes.length, { timeout: 10_000 }).toBeGreaterThan(before.nodes.length);
    expect((await mapLegibility(page)).smallestLabel).toBeGreaterThanOrEqual(11);
    await close();
  });

  it('lays the explorer out for a phone: full-width map, filters in a drawer, details in a sheet', async () => {
    const { page, close } = await openPage('/', { width: 390, height: 844 });
    await mapReady(page);
    const map = (await page.getByTestId('concept-map').boundingBox())!;
    expect(map.width).toBeGreaterThanOrEqual(388);
    expect(map.height).toBeGreaterThan(400);
    const search = (await page.getByRole('combobox', { name: 'Find a concept' }).boundingBox())!;
    expect(search.width).toBeGreaterThan(200);
    await expect(page.getByRole('checkbox', { name: 'Cause', exact: true }).isVisible()).resolves.toBe(false);
    // the phone's header folds its actions behind one Menu button
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('button', { name: 'Filters & legend' }).click();
    await expect(page.getByRole('checkbox', { name: 'Cause', exact: true }).isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Close filters' }).click();
    await openDetailsSheet(page);
    await expect(page.getByTestId('outline').isVisible()).resolves.toBe(true);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBe(390);
    await close();
  });

  it('draws a tour step in the presenter with every causal arrow pointing the same way', async () => {
    const { page, errors, close } = await openPage('/tours/heavy-lifting-to-sciatica/5', { width: 1920, height: 1080 });
    await page.waitForSelector('[data-testid="concept-map"][data-layout-ready="true"]', { timeout: 60_000 });
    const seen = await mapLegibility(page);
    expect(seen.inside).toBe(seen.drawn);
    expect(seen.smallestLabel).toBeGreaterThanOrEqual(11);
    expect(await forwardShare(page, false)).toBe(1);
    await page.screenshot({ path: `${ARTIFACTS}/tour-step-5-1920x1080.png` });
    expect(errors).toEqual([]);
    await close();
  });

  it('runs the free layout off the page with a Cancel that stops it, leaving the lanes and a page that still answers', async () => {
    const { page, errors, close } = await openPage('/');
    // the layout engine's code (fcose) is held on its way to the worker, as over a stalled
    // connection, so the layout is still running when Cancel is chosen: it could finish first
    await page.context().route(/\/_next\/static\/chunks\/.+\.js$/, async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      if (body.includes('fcose')) return;
      await route.fulfill({ response, body });
    });
    await page.goto(new URL('/?depth=3&layout=force', page.url()).href);
    await page.getByRole('status').getByRole('button', { name: 'Cancel' }).click({ timeout: 60_000 });
    await page.getByText('The free layout was cancelled').waitFor();
    await mapReady(page);
    expect((await mapState(page)).nodes.length).toBeGreaterThan(5);
    const box = page.getByRole('combobox', { name: 'Find a concept' });
    await box.fill('sciatica');
    await page.getByRole('option', { name: /Sciatica/ }).first().waitFor();
    expect(errors).toEqual([]);
    await close();
  });

  it('opens GraphiQL with the query and its variables, and the query runs', async () => {
    const { page, close } = await openPage('/');
    await mapReady(page);
    await page.getByRole('button', { name: 'Query' }).click();
    const [graphiql] = await Promise.all([page.context().waitForEvent('page'), page.getByRole('link', { name: 'Open in GraphiQL' }).click()]);
    await graphiql.waitForLoadState();
    await graphiql.getByText('"back-spasm"').first().waitFor({ timeout: 30_000 });
    await graphiql.getByRole('button', { name: 'Execute query (Ctrl-Enter)' }).click();
    await graphiql.locator('.graphiql-response').getByText('"focus"').first().waitFor({ timeout: 30_000 });
    await expect(graphiql.locator('.graphiql-response').textContent()).resolves.not.toMatch(/Variable "\$\w+" of required type/);
    await close();
  });

});

describe.skipIf(Boolean(skipReason))('the cookbook drawn on the map in Chromium', () => {
  const openPage = useBrowser();
  // one explorer, as a person trying the recipes one after another; each drawn link is opened afresh
  let explorer: Awaited<ReturnType<typeof openPage>>;
  beforeAll(async () => {
    explorer = await openPage('/');
    await mapReady(explorer.page);
  });
  afterAll(() => explorer.close());

  it.each(readdirSync('cookbook').filter((file) => file.endsWith('.graphql')))('draws the answer of the cookbook query %s when it holds concepts, and keeps it in the URL', async (file) => {
    const { page } = explorer;
    const query = readFileSync(`cookbook/${file}`, 'utf8');
    await page.getByRole('button', { name: 'Query' }).click();
    const dialog = page.getByTestId('query-dialog');
    await dialog.getByLabel('Paste a GraphQL query').fill(query);
    await dialog.getByRole('button', { name: 'Draw on the map' }).click();
    if (file === WITHOUT_CONCEPTS) {
      await expect(dialog.getByRole('alert').textContent()).resolves.toMatch(/holds no concepts/);
      await page.keyboard.press('Escape');
      return;
    }
    // the link holds this recipe, not the one drawn before it
    await page.waitForURL((url) => url.searchParams.get('query') === query);
    await page.getByText('The map shows the result of your query.').waitFor();
    await expect.poll(async () => (await mapState(page)).nodes.length, { timeout: 30_000 }).toBeGreaterThan(0);
    const reopened = await openPage(new URL(page.url()).pathname + new URL(page.url()).search);
    await reopened.page.getByText('The map shows the result of your query.').waitFor();
    await mapReady(reopened.page);
    await expect.poll(async () => (await mapState(reopened.page)).nodes.length, { timeout: 30_000 }).toBeGreaterThan(0);
    await reopened.close();
  });
});
