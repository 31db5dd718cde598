import { describe, expect, it } from 'vitest';
import { skipReason, useBrowser } from '../browser/browser';
import { choose, expectOnScreen } from './person';

const PHONE = { width: 390, height: 844 };

describe.skipIf(skipReason)('a student on a phone', () => {
  const openPage = useBrowser();

  it('gets a one-row header, finds a concept, and reaches the quiz through the menu', async () => {
    const { page, errors, close } = await openPage('/', PHONE);
    const header = await page.locator('.explorer-header').boundingBox();
    expect(header!.height).toBeLessThanOrEqual(60);
    await expectOnScreen(page.getByRole('combobox', { name: 'Find a concept' }));
    await expect(page.getByRole('button', { name: 'PNG (whole map)' }).isVisible()).resolves.toBe(false);

    await choose(page, 'Find a concept', 'sciatica', /^Sciatica/);
    await expect.poll(() => page.url()).toMatch(/focus=sciatica/);

    await page.getByRole('button', { name: 'Menu' }).click();
    const nav = page.getByRole('navigation', { name: 'Site' });
    await expectOnScreen(nav.getByRole('link', { name: 'Quiz' }));
    await expectOnScreen(page.getByRole('button', { name: 'PNG (whole map)' }));
    await page.keyboard.press('Escape');
    await expect(nav.getByRole('link', { name: 'Quiz' }).isVisible()).resolves.toBe(false);
    await page.getByRole('button', { name: 'Menu' }).click();
    await nav.getByRole('link', { name: 'Quiz' }).click();

    await page.getByRole('link', { name: 'herniated disc and sciatica' }).click();
    await expectOnScreen(page.locator('.quiz-prompt').first());
    await page.getByRole('radio').first().click();
    await page.getByRole('button', { name: 'Check' }).click();
    const feedback = page.getByTestId('quiz-feedback');
    await expectOnScreen(feedback.locator('.quiz-verdict'));
    await feedback.locator('.evidence-badge').first().scrollIntoViewIfNeeded();
    await expectOnScreen(feedback.locator('.evidence-badge').first());
    expect(errors).toEqual([]);
    await close();
  });
});
