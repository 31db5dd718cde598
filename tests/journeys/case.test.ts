import { describe, expect, it } from 'vitest';
import { ARTIFACTS, mapLegibility, mapReady, mapState, openDetailsSheet, skipReason, useBrowser } from '../browser/browser';

if (skipReason) console.info(`Case journey skipped: ${skipReason}`);

/** Types a finding into the case panel as a person would and takes the first suggestion. */
async function addFinding(page: import('playwright-core').Page, text: string, suggestion: RegExp) {
  const box = page.getByRole('combobox', { name: /Add a finding/ });
  await box.fill(text);
  await page.getByRole('option', { name: suggestion }).first().waitFor();
  await box.press('Enter');
  await page.getByRole('list', { name: 'Findings' }).getByText(suggestion).waitFor();
}

describe.skipIf(Boolean(skipReason))('a teacher builds a case and shares it', () => {
  const openPage = useBrowser();

  it('types three findings from a fresh page, reads the top explanation’s quotes and the red flag, and reopens the shared link', async () => {
    const { page, errors, close } = await openPage('/');
    await mapReady(page);
    await addFinding(page, 'back spasm', /Back muscle spasm/);
    await addFinding(page, 'lifted a heavy box', /Heavy lifting/);
    // a typo, forgiven as the search box forgives it
    await addFinding(page, 'sciatca', /Sciatica/);
    const explanations = page.getByTestId('case-explanations');
    await explanations.locator('li.chosen blockquote').first().waitFor();
    const top = explanations.locator(':scope > li').first();
    await expect(top.getByRole('button').first().textContent()).resolves.toBe('Heavy lifting');
    const quote = top.locator('blockquote').first();
    await expect(quote.isVisible()).resolves.toBe(true);
    await expect(quote.textContent()).resolves.toMatch(/lift/i);
    await expect(page.getByTestId('case-panel').getByText('not a diagnosis').isVisible()).resolves.toBe(true);

    await expect.poll(() => page.url()).toMatch(/[?&]case=/);
    await mapReady(page);
    const map = await mapState(page);
    expect(map.nodes).toEqual(expect.arrayContaining(['heavy-lifting', 'back-spasm', 'sciatica']));
    expect(map.path).toContain('heavy-lifting');
    const legibility = await mapLegibility(page);
    expect(legibility.inside).toBe(legibility.drawn);
    expect(legibility.smallestLabel).toBeGreaterThanOrEqual(11);
    await page.screenshot({ path: `${ARTIFACTS}/case-panel-1280.png` });
    const shared = page.url();
    expect(errors).toEqual([]);
    await close();

    const reopened = await openPage(shared.slice(shared.indexOf('/', 'http://'.length)));
    const again = reopened.page.getByTestId('case-explanations').locator(':scope > li').first();
    await again.getByRole('button', { name: 'Heavy lifting', exact: true }).waitFor();
    await expect(reopened.page.getByRole('list', { name: 'Findings' }).locator('li').count()).resolves.toBe(3);
    await reopened.close();
  });

  it('puts a red flag among the findings first, in the urgent style, with its quote', async () => {
    const { page, close } = await openPage('/?case=back+spasm|fever');
    const flags = page.getByTestId('case-red-flags');
    await flags.getByText('Fever with back spasms').waitFor();
    await expect(flags.locator('blockquote').first().textContent()).resolves.toContain('fever');
    const [flagsBox, explanationsBox] = await Promise.all([flags.boundingBox(), page.getByTestId('case-explanations').boundingBox()]);
    expect(flagsBox!.y).toBeLessThan(explanationsBox!.y);
    await close();
  });

  it('says which finding matched nothing and still answers for the rest', async () => {
    const { page, close } = await openPage('/?case=back+spasm|xyzzy');
    await page.getByText('no concept matches ‘xyzzy’', { exact: false }).waitFor();
    await page.getByTestId('case-explanations').locator('li').first().waitFor();
    await close();
  });

  it('runs a case in a tour: the class votes on the best explanation, and the reveal ranks the explanations with why', async () => {
    const presenter = await openPage('/tours/heavy-lifting-to-sciatica/6', { width: 1280, height: 720 });
    const stage = presenter.page.getByTestId('presenter-case');
    await stage.getByText('Back muscle spasm + Nerve compression. What explains this?', { exact: false }).waitFor();
    await presenter.page.getByRole('button', { name: 'Start class poll' }).click();
    const code = (await presenter.page.getByTestId('poll-code').textContent())!.replace('Join code: ', '').trim();
    const student = await openPage(`/join/${code}`, { width: 390, height: 844 });
    await student.page.getByRole('button', { name: 'Herniated disc', exact: true }).click();
    await presenter.page.getByText('1 student has voted').waitFor();

    await presenter.page.getByRole('button', { name: 'Reveal answer' }).first().click();
    const ranking = stage.getByRole('list', { name: 'The explanations the sources give, ranked' });
    // the question asks for a condition: the best-ranked condition is the answer (a finding such as nerve compression may rank above it)
    await expect(ranking.locator(':scope > li', { hasText: /^Herniated disc:/ }).first().textContent()).resolves.toMatch(/^Herniated disc: may lead to 2 of 2 findings, stated by a source/);
    await expect(stage.getByText('not a diagnosis', { exact: false }).isVisible()).resolves.toBe(true);
    await student.page.getByTestId('join-status').getByText('You got it right.', { exact: false }).waitFor();
    await presenter.page.screenshot({ path: `${ARTIFACTS}/case-presenter-revealed.png` });
    for (const { errors, close } of [presenter, student]) {
      expect(errors).toEqual([]);
      await close();
    }
  });

  it.each([
    [1920, 1080],
    [390, 844],
  ])('shows the case legibly at %i×%i', async (width, height) => {
    const { page, close } = await openPage('/?case=back+spasm|lifted+a+heavy+box|pain+down+the+leg', { width, height });
    await page.getByTestId('case-explanations').locator('li.chosen blockquote').first().waitFor({ state: 'attached' });
    await mapReady(page);
    const legibility = await mapLegibility(page);
    expect(legibility.inside).toBe(legibility.drawn);
    // on a phone the panel is a bottom sheet over the map: opened once the map is read
    if (width < 640) await openDetailsSheet(page);
    await page.screenshot({ path: `${ARTIFACTS}/case-panel-${width}.png` });
    await close();
  });
});
