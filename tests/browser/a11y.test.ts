import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { mapReady, skipReason, useBrowser } from './browser';

if (skipReason) console.info(`Accessibility browser tests skipped: ${skipReason}`);

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TOUR = 'heavy-lifting-to-sciatica';
const PAGES = ['/', '/concepts', '/tours', `/tours/${TOUR}/1`, '/join/ZZZZZZ', `/quiz?tour=${TOUR}`, `/tours/${TOUR}/handout`];

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

describe.skipIf(Boolean(skipReason))('accessibility (axe-core) in Chromium', () => {
  const openPage = useBrowser();

  it.each(PAGES)('%s has no critical or serious violations', async (path) => {
    const { page, close } = await openPage(path);
    if (path === '/') await mapReady(page);
    await page.waitForLoadState('networkidle');
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context?: unknown, options?: unknown): Promise<{ violations: Violation[] }> } }).axe;
      return (await axe.run(document, { resultTypes: ['violations'] })).violations;
    });
    const grave = violations.filter((v) => v.impact === 'critical' || v.impact === 'serious').map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.length}× e.g. ${v.nodes[0]?.target.join(' ')})`);
    expect(grave).toEqual([]);
    await close();
  });

  it('keeps the search box’s active descendant pointing at an option that exists', async () => {
    const { page, close } = await openPage('/');
    await mapReady(page);
    const box = page.getByRole('combobox', { name: 'Find a concept' });
    await box.fill('heavy');
    await page.getByRole('option').first().waitFor();
    const valid = () => page.evaluate(() => {
      const input = document.querySelector('[data-testid="main-search"] input')!;
      const id = input.getAttribute('aria-activedescendant');
      return id === null || document.getElementById(id) !== null;
    });
    await expect(valid()).resolves.toBe(true);
    await box.press('Enter');
    await page.waitForURL(/focus=/);
    await expect(valid()).resolves.toBe(true);
    await close();
  });

  it('offers a skip link, moves focus to the details panel when it opens, and announces changes politely', async () => {
    const { page, close } = await openPage('/');
    await mapReady(page);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to the outline of the map');
    await page.getByTestId('outline').getByRole('button', { name: /^Details of / }).first().click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('detail-panel');
    await expect(page.getByTestId('announcer').getAttribute('aria-live')).resolves.toBe('polite');
    await expect(page.getByTestId('announcer').textContent()).resolves.toMatch(/^Map focused on Back muscle spasm: \d+ concepts drawn/);
    await expect(page.locator('[data-testid="outline"] [aria-live]').count()).resolves.toBe(0);
    await close();
  });
});
