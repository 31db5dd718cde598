import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { lineCounts, readDrawnMap } from '../../bench/drawn-lines';
import { ARTIFACTS, mapReady, skipReason, useBrowser } from './browser';

if (skipReason) console.info(`Map line browser tests skipped: ${skipReason}`);

const HOMES = [
  // "what causes back spasms?" is answered at first sight on a laptop: at least 8 causes and conditions
  { name: 'laptop', width: 1280, height: 720, causes: 8 },
  { name: 'projector', width: 1920, height: 1080, causes: 8 },
  { name: 'phone', width: 390, height: 844, causes: 1 },
];
const SEARCHES = [
  { text: 'heavy lifting', option: /Heavy lifting/ },
  { text: 'herniated disc', option: /Herniated disc/ },
  { text: 'inflammation', option: /inflammation/i },
];

async function search(page: Page, text: string, option: RegExp) {
  const box = page.getByRole('combobox', { name: 'Find a concept' });
  await box.fill(text);
  await page.getByRole('option', { name: option }).first().waitFor();
  await box.press('Enter');
  await page.waitForFunction(() => document.querySelector('main')?.getAttribute('aria-busy') === 'true', undefined, { timeout: 2_000 }).catch(() => undefined);
  await mapReady(page);
}

/**
 * The bounds a picture is held to: no strong line behind a box it does not touch, at most one
 * crossing for every four strong lines among them, and at most one per line among all lines.
 */
async function expectHonestLines(page: Page) {
  const map = await readDrawnMap(page);
  const counts = lineCounts(map);
  expect(counts.behindExamples).toEqual([]);
  expect(counts.strongCrossings).toBeLessThanOrEqual(0.25 * counts.strongLines);
  expect(counts.allCrossings).toBeLessThanOrEqual(counts.allLines);
  return map;
}

describe.skipIf(Boolean(skipReason))('the lines on the map in Chromium', () => {
  const openPage = useBrowser();

  it.each(HOMES)('draws no strong line behind a concept or title it does not touch, and few crossings, at home on a $name ($width×$height)', async (size) => {
    const { page, close } = await openPage('/', size);
    await mapReady(page);
    const map = await expectHonestLines(page);
    expect(map.causesInside).toBeGreaterThanOrEqual(size.causes);
    await close();
  });

  it.each(SEARCHES)('keeps the lines honest after searching "$text"', async ({ text, option }) => {
    const { page, close } = await openPage('/');
    await mapReady(page);
    await search(page, text, option);
    await expectHonestLines(page);
    await page.screenshot({ path: `${ARTIFACTS}/lines-search-${text.replace(/\s+/g, '-')}.png` });
    await close();
  });

  it('keeps the lines honest on a case, every finding and explanation drawn', async () => {
    const { page, close } = await openPage('/?case=back+spasm|lifted+a+heavy+box|pain+down+the+leg');
    await page.getByTestId('case-explanations').locator('li').first().waitFor();
    await mapReady(page);
    await expectHonestLines(page);
    await page.screenshot({ path: `${ARTIFACTS}/lines-case.png` });
    await close();
  });

  it('keeps the focus on the map after a "+N more" lane is opened', async () => {
    const { page, close } = await openPage('/');
    await mapReady(page);
    const control = await page.evaluate(() => {
      const cy = window.spasmAtlasMap!;
      const node = cy.nodes('.lane-control').filter((item) => String(item.data('label')).startsWith('+'))[0]!;
      const frame = cy.container()!.getBoundingClientRect();
      return { x: frame.left + node.renderedPosition().x, y: frame.top + node.renderedPosition().y };
    });
    await page.mouse.click(control.x, control.y);
    await page.waitForFunction(() => {
      const cy = window.spasmAtlasMap!;
      return cy.nodes('.lane-control').some((item) => /Show fewer/.test(String(item.data('label'))));
    });
    await mapReady(page);
    expect((await expectHonestLines(page)).focusInside).toBe(true);
    await page.screenshot({ path: `${ARTIFACTS}/lines-lane-opened.png` });
    await close();
  });

  it('selects the relation whose middle is clicked, not a concept near it', async () => {
    const { page, close } = await openPage('/');
    await mapReady(page);
    // the middle of a stretch of line that runs clear of every other line, where a reader would click it
    const target = await page.evaluate(() => {
      const cy = window.spasmAtlasMap!;
      const frame = cy.container()!.getBoundingClientRect();
      const lines = cy
        .edges(':not(.aside)')
        .map((edge) => ({ id: edge.id(), points: [edge.renderedSourceEndpoint(), ...(edge.renderedSegmentPoints() ?? []), edge.renderedTargetEndpoint()] }));
      type P = { x: number; y: number };
      const distance = (p: P, a: P, b: P) => {
        const [dx, dy] = [b.x - a.x, b.y - a.y];
        const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy)));
        return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
      };
      let best = { id: '', at: { x: 0, y: 0 }, clearance: -1 };
      for (const line of lines) {
        for (let i = 1; i < line.points.length; i++) {
          const [a, b] = [line.points[i - 1]!, line.points[i]!];
          if (Math.hypot(b.x - a.x, b.y - a.y) < 30) continue;
          const at = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
          const clearance = Math.min(
            ...lines.filter((other) => other.id !== line.id).flatMap((other) => other.points.slice(1).map((q, j) => distance(at, other.points[j]!, q))),
          );
          if (clearance > best.clearance) best = { id: line.id, at, clearance };
        }
      }
      return { id: best.id, clearance: best.clearance, x: frame.left + best.at.x, y: frame.top + best.at.y };
    });
    expect(target.clearance).toBeGreaterThan(8);
    await page.mouse.click(target.x, target.y);
    await page.waitForFunction((id) => new URLSearchParams(location.search).get('select') === `edge:${id}`, target.id, { timeout: 10_000 });
    await close();
  });
});
