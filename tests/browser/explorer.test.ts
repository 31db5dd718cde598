import { describe, expect, it } from 'vitest';
import { ARTIFACTS, clickDrawn, clickNode, download, mapLegibility, mapReady, mapState, openDetailsSheet, skipReason, useBrowser } from './browser';

if (skipReason) console.info(`Explorer browser tests skipped: ${skipReason}`);

describe.skipIf(Boolean(skipReason))('the explorer in Chromium', () => {
  const openPage = useBrowser();

  it('loads with a drawn map focused on back muscle spasm and no console errors', async () => {
    const { page, errors, close } = await openPage('/');
    await mapReady(page);
    const map = await mapState(page);
    expect(map.focus).toEqual(['back-spasm']);
    expect(map.nodes.length).toBeGreaterThan(8);
    expect(map.edges.length).toBeGreaterThan(8);
    await expect(page.getByTestId('outline-focus').textContent()).resolves.toContain('Back muscle spasm');
    await page.screenshot({ path: `${ARTIFACTS}/explorer-start.png` });
    expect(errors).toEqual([]);
    await close();
  });

  it('focuses, centres and highlights the concept chosen in the search box, and suggests again for words typed at once after', async () => {
    const { page, close } = await openPage('/');
    await mapReady(page);
    const search = page.getByRole('combobox', { name: 'Find a concept' });
    await search.fill('pinched nerve');
    await page.getByRole('option', { name: /Nerve compression/ }).waitFor();
    // a quick typist is back in the box before the page's next timer runs: the page's clock stands still until they are
    await page.clock.install();
    await page.clock.pauseAt(Date.now() + 1000);
    await search.press('Enter');
    await search.fill('heavy lifting');
    await page.clock.resume();
    await page.getByRole('option', { name: /Heavy lifting/ }).waitFor({ timeout: 10_000 });
    await page.waitForURL(/focus=nerve-compression/);
    await expect.poll(async () => (await mapState(page)).focus, { timeout: 60_000 }).toEqual(['nerve-compression']);
    await mapReady(page);
    const map = await mapState(page);
    expect(map.focus).toEqual(['nerve-compression']);
    expect(map.highlighted).toContain('nerve-compression');
    expect(map.highlighted.length).toBeGreaterThan(1);
    await expect(page.getByTestId('outline-focus').textContent()).resolves.toContain('Nerve compression');
    await close();
  });

  it('opens the side panel with description, grouped relations and evidence when a node is clicked', async () => {
    const { page, close } = await openPage('/?focus=heavy-lifting');
    await mapReady(page);
    await clickNode(page, 'heavy-lifting');
    const panel = page.getByTestId('detail-panel');
    await panel.getByRole('heading', { name: 'Heavy lifting' }).waitFor();
    await expect(panel.locator('blockquote').first().textContent()).resolves.toMatch(/lift/i);
    await expect(panel.locator('cite').first().textContent()).resolves.toBeTruthy();
    await expect(panel.getByRole('heading', { name: 'causes', exact: true }).count()).resolves.toBe(1);
    // what every source only hedges is grouped and said as such, its quotes marked
    await expect(panel.getByRole('heading', { name: 'may cause', exact: true }).count()).resolves.toBe(1);
    await expect(panel.locator('.relation-group.hedged .evidence-hedged').first().textContent()).resolves.toBe(' · the source hedges');
    await page.screenshot({ path: `${ARTIFACTS}/explorer-panel.png` });
    await close();
  });

  it('says of a red flag whose condition no source names that the sources do not name it, its quotes still there', async () => {
    for (const viewport of [{ width: 1280, height: 720 }, { width: 390, height: 844 }]) {
      const { page, close } = await openPage('/?focus=fever-with-back-spasm&select=fever-with-back-spasm', viewport);
      // on a phone, details and outline are a bottom sheet a person opens
      await openDetailsSheet(page);
      const panel = page.getByTestId('detail-panel');
      await panel.getByRole('heading', { name: /Fever with back spasms/ }).waitFor();
      await expect(panel.getByTestId('unnamed-condition').textContent()).resolves.toMatch(/^The sources do not name the condition/);
      await expect(panel.locator('.relation-line.unnamed-condition').textContent()).resolves.toBe('→ The sources do not name the condition');
      await expect(panel.getByRole('button', { name: 'Serious underlying condition' }).count()).resolves.toBe(0);
      await expect(panel.locator('blockquote').first().textContent()).resolves.toContain('fever');
      await expect(page.getByTestId('outline').locator('li', { hasText: 'Fever with back spasms' }).first().textContent()).resolves.toContain('the sources do not name the condition');
      await page.screenshot({ path: `${ARTIFACTS}/red-flag-unnamed-${viewport.width}.png` });
      await close();
    }
  });

  it('shows a relation’s evidence when an edge is chosen, saying it no more strongly than its quotes', async () => {
    const { page, close } = await openPage('/?focus=heavy-lifting&select=edge:heavy-lifting>CAUSES>muscle-strain');
    const panel = page.getByTestId('detail-panel');
    await panel.getByRole('heading', { name: 'Says who?' }).waitFor();
    await expect(panel.locator('blockquote').count()).resolves.toBeGreaterThan(0);
    await expect(panel.getByRole('heading', { level: 2 }).textContent()).resolves.toBe('Heavy lifting may cause Muscle strain (overstretch or tear)');
    await expect(panel.locator('.hedge-note').isVisible()).resolves.toBe(true);
    await close();
  });

  it.each([
    [1280, 720],
    [1920, 1080],
    [390, 844],
  ])('sets the condition the quotes attach beside a relation in its evidence view, in sight at %i×%i', async (width, height) => {
    const { page, close } = await openPage('/?focus=nsaids&select=edge:nsaids>RELIEVES>back-spasm', { width, height });
    // On a phone the panel is a bottom sheet, opened as a person would open it.
    await openDetailsSheet(page);
    const panel = page.getByTestId('detail-panel');
    await panel.getByRole('heading', { name: 'Says who?' }).waitFor();
    const scope = panel.getByRole('heading', { level: 2 }).locator('.relation-scope');
    await expect(scope.textContent()).resolves.toBe(' — combined with a muscle relaxer');
    await scope.scrollIntoViewIfNeeded();
    const box = await scope.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(width);
    expect(box!.y + box!.height).toBeLessThanOrEqual(height);
    await page.screenshot({ path: `${ARTIFACTS}/explorer-scope-evidence-${width}.png` });
    await close();
  });

  it('sets the condition beside the relation in a concept’s panel and on a path finder hop', async () => {
    const { page, close } = await openPage('/?focus=nsaids');
    await mapReady(page);
    await clickNode(page, 'nsaids');
    const panel = page.getByTestId('detail-panel');
    await panel.getByRole('heading', { name: 'NSAIDs' }).waitFor();
    await expect(panel.locator('.relation-line', { hasText: 'Back muscle spasm' }).first().textContent()).resolves.toMatch(/— combined with a muscle relaxer$/);
    await close();

    const finder = await openPage('/?from=poor-posture&to=upper-back-spasm');
    const hops = finder.page.getByTestId('path-finder').locator('ol.hops > li');
    await hops.first().waitFor();
    await expect(hops.first().textContent()).resolves.toMatch(/^Poor posture (?:may cause|causes) Upper and middle back spasm — sitting improperly for long periods/);
    await finder.page.screenshot({ path: `${ARTIFACTS}/explorer-scope-path.png` });
    await finder.close();
  });

  it('expands and collapses a node’s neighbours', async () => {
    const { page, close } = await openPage('/?focus=heavy-lifting&select=inflammation');
    await mapReady(page);
    const before = await mapState(page);
    await page.getByRole('button', { name: 'Expand neighbours' }).click();
    await page.waitForURL(/expand=inflammation/);
    await expect.poll(async () => (await mapState(page)).nodes.length, { timeout: 60_000 }).toBeGreaterThan(before.nodes.length);
    await page.getByRole('button', { name: 'Collapse neighbours' }).click();
    await page.waitForURL((url) => !url.search.includes('expand='));
    await expect.poll(async () => (await mapState(page)).nodes.length, { timeout: 60_000 }).toBe(before.nodes.length);
    await close();
  });

  it('filters by kind while the red flags stay on the map as one group that opens in place, every name inside its box', async () => {
    const { page, close } = await openPage('/');
    await mapReady(page);
    expect((await mapState(page)).controls).toContain('lane-control:urgent');
    await page.getByRole('button', { name: 'Filters & legend' }).click();
    for (const kind of ['Condition', 'Cause']) await page.getByRole('checkbox', { name: kind, exact: true }).uncheck();
    await expect(page.getByRole('checkbox', { name: 'RedFlag', exact: true }).count()).resolves.toBe(0);
    await page.waitForURL(/kinds=/);
    await expect.poll(async () => Object.values((await mapState(page)).kinds).filter((kind) => kind === 'Cause').length, { timeout: 60_000 }).toBe(0);
    await mapReady(page);
    await page.getByRole('button', { name: 'Close filters' }).click();
    expect((await mapState(page)).controls).toContain('lane-control:urgent');
    await clickDrawn(page, 'lane-control:urgent');
    await expect.poll(async () => Object.values((await mapState(page)).kinds).filter((kind) => kind === 'RedFlag').length, { timeout: 10_000 }).toBeGreaterThan(5);
    await mapReady(page);
    // the longest red flag ("Spasms not improving after 1-2 weeks or recurring in the same spot") takes six lines
    expect((await mapLegibility(page)).spilling).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}/explorer-red-flags-open.png` });
    await close();
  });

  it('finds causal paths between two concepts, lists them with evidence and highlights them on the map', async () => {
    const { page, close } = await openPage('/');
    await mapReady(page);
    const finder = page.getByTestId('path-finder');
    await finder.getByRole('combobox', { name: 'From (a cause)' }).fill('heavy lifting');
    await page.getByRole('option', { name: /Heavy lifting/ }).first().click();
    await finder.getByRole('combobox', { name: 'To (a symptom)' }).fill('sciatica');
    await page.getByRole('option', { name: /^Sciatica/ }).first().click();
    await page.waitForURL(/from=heavy-lifting.*to=sciatica|to=sciatica.*from=heavy-lifting/);
    const paths = finder.getByRole('list', { name: 'Causal paths, best supported first' });
    await paths.waitFor();
    await expect(paths.locator('> li').first().textContent()).resolves.toMatch(/^Heavy lifting (causes|may cause) .*, which (leads|may lead) to Sciatica/);
    await expect(finder.locator('blockquote').count()).resolves.toBeGreaterThan(1);
    await expect(finder.getByTestId('path-provenance').first().textContent()).resolves.toMatch(/^Inferred by the graph, not stated as one chain: linked through ‘Back muscle spasm’/);
    await expect.poll(async () => (await mapState(page)).path, { timeout: 60_000 }).toContain('sciatica');
    await mapReady(page);
    const map = await mapState(page);
    expect(map.path).toContain('heavy-lifting');
    expect(map.path).toContain('sciatica');
    expect(map.path.some((id) => id.includes('>'))).toBe(true);
    await page.screenshot({ path: `${ARTIFACTS}/explorer-path.png` });
    await close();
  });

  it('reproduces a view from its URL: focus, filters, layout and path', async () => {
    const url = '/?focus=inflammation&depth=2&kinds=Cause,Mechanism,Symptom,Treatment&layout=force&from=heavy-lifting&to=back-spasm';
    const { page, errors, close } = await openPage(url);
    await mapReady(page);
    const map = await mapState(page);
    expect(map.focus).toEqual(['inflammation']);
    expect(map.nodes.filter((id) => map.kinds[id] === 'Diagnostic')).toEqual([]);
    expect(map.path).toContain('heavy-lifting');
    await page.getByRole('button', { name: 'Filters & legend' }).click();
    await expect(page.getByRole('radio', { name: /force-directed/ }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('checkbox', { name: 'Diagnostic', exact: true }).isChecked()).resolves.toBe(false);
    await expect(page.getByRole('combobox', { name: 'Reach' }).inputValue()).resolves.toBe('2');
    expect(new URL(page.url()).searchParams.get('v')).toMatch(/^[0-9a-f]{12}$/);
    expect(errors).toEqual([]);
    await close();
  });

  it('says what changed when an old link names a removed concept and another graph version', async () => {
    const { page, close } = await openPage('/?focus=no-longer-here&v=000000000000');
    const problems = page.getByTestId('link-problems');
    await problems.waitFor();
    await expect(problems.textContent()).resolves.toMatch(/made for graph version 000000000000; the graph has changed since/);
    await expect(problems.textContent()).resolves.toMatch(/not in the graph \(renamed or removed\): no-longer-here/);
    await close();
  });

  it('keeps the outline in step with the focus and works by keyboard alone', async () => {
    const { page, close } = await openPage('/');
    await mapReady(page);
    const outline = page.getByTestId('outline');
    const target = outline.getByRole('button', { name: 'Heavy lifting', exact: true });
    await target.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/focus=heavy-lifting/);
    await expect.poll(() => page.getByTestId('outline-focus').textContent(), { timeout: 60_000 }).toContain('Heavy lifting');
    await page.getByRole('combobox', { name: 'Find a concept' }).focus();
    await page.keyboard.type('sciat');
    await page.getByRole('option', { name: /Sciatica/ }).first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.waitForURL(/focus=sciatica/);
    await expect.poll(() => page.getByTestId('outline-focus').textContent(), { timeout: 60_000 }).toContain('Sciatica');
    await close();
  });

  it('exports an SVG with every shape and PNGs at slide size', async () => {
    const { page, errors, close } = await openPage('/');
    await mapReady(page);
    const viewBytes = await download(page, 'PNG (this view)');
    expect(viewBytes.subarray(1, 4).toString()).toBe('PNG');
    const mapWidth = (await page.getByTestId('concept-map').boundingBox())!.width;
    expect(viewBytes.readUInt32BE(16)).toBe(Math.round(mapWidth * 2));
    expect((await download(page, 'PNG (whole map)')).readUInt32BE(16)).toBeLessThanOrEqual(1920);
    const text = (await download(page, 'SVG')).toString('utf8');
    expect(text).toMatch(/<svg[\s\S]*<\/svg>/);
    // every drawn concept's name is in the picture, the focus (a Symptom) included
    const names = await page.evaluate(() => window.spasmAtlasMap!.nodes('.concept').map((n) => n.data('label') as string));
    const drawnText = [...text.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
    expect((text.match(/<path/g) ?? []).length).toBeGreaterThanOrEqual(names.length);
    for (const word of names.flatMap((name) => name.split(' ')).filter((word) => /^[A-Za-z]{5,}$/.test(word))) expect(drawnText).toContain(word);
    expect(errors).toEqual([]);
    await close();
  });

  it('shows the query behind the view and draws a pasted query’s result', async () => {
    const { page, close } = await openPage('/');
    await mapReady(page);
    await page.getByRole('button', { name: 'Query' }).click();
    const dialog = page.getByTestId('query-dialog');
    await expect(dialog.getByTestId('view-query').textContent()).resolves.toContain('query MapView');
    await expect(dialog.getByRole('link', { name: 'Open in GraphiQL' }).getAttribute('href')).resolves.toMatch(/^\/api\/graphql\?query=/);
    await dialog.getByLabel('Paste a GraphQL query').fill('{ neighborhood(ids: ["dehydration"], depth: 1) { nodes { id name kind urgent } edges { id type from { id } to { id } } } }');
    await dialog.getByRole('button', { name: 'Draw on the map' }).click();
    await page.getByText('The map shows the result of your query.').waitFor();
    await expect.poll(async () => (await mapState(page)).nodes.length, { timeout: 60_000 }).toBeLessThan(15);
    const map = await mapState(page);
    expect(map.nodes).toContain('dehydration');
    expect(map.nodes.length).toBeLessThan(15);
    await close();
  });

  it('is usable on a 1280×720 projector: controls visible, labelled and reachable', async () => {
    const { page, close } = await openPage('/', { width: 1280, height: 720 });
    await mapReady(page);
    for (const name of ['Query', 'PNG (this view)', 'SVG', 'Copy link']) await expect(page.getByRole('button', { name }).isVisible()).resolves.toBe(true);
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll('input, select, textarea')].filter((el) => {
        const input = el as HTMLInputElement;
        return !input.labels?.length && !input.getAttribute('aria-label');
      }).length,
    );
    expect(unlabelled).toBe(0);
    const box = await page.getByTestId('concept-map').boundingBox();
    expect(box!.width).toBeGreaterThan(600);
    expect(box!.height).toBeGreaterThan(550);
    await close();
  });
});
