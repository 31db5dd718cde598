import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCookbook } from '../../src/graphql/http/cookbook';
import { download, skipReason, useBrowser } from '../browser/browser';
import { drawnConcepts, expectOnScreen, inkShare } from './person';

const EXPORTS = ['PNG (whole map)', 'PNG (this view)', 'SVG'] as const;

describe.skipIf(skipReason)('a developer', () => {
  const openPage = useBrowser();

  it.each(['/', '/?from=herniated-disc&to=sciatica'])('exports the whole picture from %s with the first click of a fresh page, each format', async (view) => {
    for (const format of EXPORTS) {
      const { page, errors, close } = await openPage(view, { width: 1920, height: 1080 });
      await page.waitForLoadState('networkidle');
      const concepts = await drawnConcepts(page);
      expect(concepts.length).toBeGreaterThan(5);
      const file = await download(page, format);
      if (format === 'SVG') {
        const svg = file.toString('utf8');
        const text = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => decodeEntities(match[1]!)).join(' ');
        // labels wrap over several lines of text: every word of every concept on screen is there
        for (const concept of concepts) for (const word of concept.split(/\s+/)) expect(text, concept).toContain(word);
        expect((svg.match(/<path/g) ?? []).length).toBeGreaterThanOrEqual(concepts.length);
      } else {
        expect(inkShare(file), `${format} of ${view} is not blank`).toBeGreaterThan(0.05);
      }
      expect(errors).toEqual([]);
      await close();
    }
  });

  it('opens GraphiQL with every cookbook recipe as a tab, picks one from the cookbook and runs it with its variables, then draws a recipe on the map', async () => {
    const { page, close } = await openPage('/concepts');
    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'GraphQL' }).click();
    const recipes = readCookbook('cookbook');
    const tabs = page.locator('.graphiql-tab');
    await tabs.first().waitFor({ timeout: 120_000 });
    await expect.poll(() => tabs.count()).toBe(recipes.length + 1);
    // a recipe picked from the cookbook opens as the tab shown, with its variables
    await page.getByText(/^Cookbook: \d+ ready queries$/).click();
    await page.getByRole('link', { name: /How does a herniated disc lead to sciatica/ }).click();
    await page.locator('.graphiql-tab-active', { hasText: 'HerniatedDiscToSciatica' }).waitFor({ timeout: 120_000 });
    await page.getByRole('button', { name: 'Execute query (Ctrl-Enter)' }).click();
    // the response editor draws spaces as non-breaking ones and wraps long strings: match one line's start
    await page.locator('.graphiql-response').getByText(/Herniated\s+disc\s+→\s+Nerve\s+compression/).first().waitFor({ timeout: 60_000 });

    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Explorer' }).click();
    await page.getByRole('button', { name: 'Query' }).click();
    await page.getByLabel('Paste a GraphQL query to draw its result on the map').fill(readFileSync('cookbook/red-flags.graphql', 'utf8'));
    await page.getByRole('button', { name: 'Draw on the map' }).click();
    await expectOnScreen(page.getByText('The map shows the result of your query.'));
    // the query asked for the red flags: they are drawn open, not folded into "⚠ 11 red flags (show)"
    await expect.poll(async () => (await drawnConcepts(page)).filter((label) => label.startsWith('⚠')).length, { timeout: 60_000 }).toBeGreaterThan(5);
    expect(await drawnConcepts(page)).toEqual(expect.arrayContaining([expect.stringContaining('Loss of bowel or bladder control')]));
    await expect(page.getByTestId('concept-map').getByText(/red flags \(show\)/).count()).resolves.toBe(0);
    await close();
  });
});

function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return text.replace(/&(#\d+|#x[0-9a-f]+|\w+);/gi, (entity, name: string) =>
    name.startsWith('#x') ? String.fromCodePoint(parseInt(name.slice(2), 16)) : name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : (named[name] ?? entity),
  );
}
