import { describe, expect, it } from 'vitest';
import { skipReason, useBrowser } from '../browser/browser';
import { choose, expectOnScreen } from './person';

describe.skipIf(skipReason)('a clinician', () => {
  const openPage = useBrowser();

  it('finds a concept, reads a concept and a line of the map with their sources, and follows a path', async () => {
    const { page, errors, close } = await openPage('/');
    await choose(page, 'Find a concept', 'pinched nerve', /Nerve compression/);
    const panel = page.locator('#side-panel');
    // the concept's own card, not the outline's line for the focus, which can be drawn before the card has loaded
    await expectOnScreen(panel.locator('article').getByRole('heading', { name: 'Nerve compression' }));

    // a concept on the map, clicked where it is drawn
    const concepts = page.locator('[data-testid="concept-map"] svg[data-screen="measured"] g.map-picture-node:not([data-id^="lane-control"])');
    await concepts.first().waitFor({ timeout: 60_000 });
    const clicked = concepts.nth(1);
    const id = (await clicked.getAttribute('data-id'))!;
    await clicked.click();
    await page.waitForURL(new RegExp(`select=${id}`), { timeout: 60_000 });
    await expectOnScreen(panel.locator('article h2').first());
    await page.waitForSelector('[data-testid="concept-map"][data-engine="cytoscape"][data-layout-ready="true"]', { timeout: 120_000 });

    // a line: clicked where it is drawn on the interactive map, the relation and its quotes appear
    const line = await page.evaluate(() => {
      const cy = (window as unknown as { spasmAtlasMap: import('cytoscape').Core }).spasmAtlasMap;
      const box = cy.container()!.getBoundingClientRect();
      const edge = cy.edges('[type = "CAUSES"]').filter((candidate) => {
        const at = candidate.renderedMidpoint();
        return at.x > 20 && at.y > 20 && at.x < cy.width() - 20 && at.y < cy.height() - 20;
      })[0];
      if (!edge) return null;
      const at = edge.renderedMidpoint();
      return { x: box.left + at.x, y: box.top + at.y };
    });
    expect(line, 'a causal line is drawn inside the map').not.toBeNull();
    await page.mouse.click(line!.x, line!.y);
    await expectOnScreen(panel.getByText('Relation', { exact: true }));
    await expectOnScreen(panel.locator('.evidence-badge').first());
    await expect(panel.locator('.evidence cite').first().textContent()).resolves.toMatch(/\w/);

    await choose(page, 'From (a cause)', 'herniated', /Herniated disc/);
    await choose(page, 'To (a symptom)', 'sciatica', /^Sciatica/);
    const finder = page.getByTestId('path-finder');
    await finder.getByRole('list', { name: 'Causal paths, best supported first' }).waitFor({ timeout: 60_000 });
    await expect(finder.getByTestId('path-provenance').first().textContent()).resolves.toMatch(/“[^”]+”/);
    await expect(finder.getByTestId('path-provenance').first().textContent()).resolves.not.toMatch(/source \d{3}/);
    await finder.locator('.evidence-badge').first().scrollIntoViewIfNeeded();
    await expectOnScreen(finder.locator('.evidence-badge').first());
    expect(errors).toEqual([]);
    await close();
  });

  it('opens a shared link to a relation without a false warning', async () => {
    const { page, close } = await openPage('/?select=edge:herniated-disc>CAUSES>nerve-compression');
    await expectOnScreen(page.locator('#side-panel').getByText('Relation', { exact: true }));
    await page.waitForLoadState('networkidle');
    await expect(page.getByTestId('link-problems').count()).resolves.toBe(0);
    await close();
  });
});
