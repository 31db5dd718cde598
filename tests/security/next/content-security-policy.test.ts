import { describe, expect, it } from 'vitest';
import { baseUrl, mapReady, mapState, skipReason, useBrowser } from '../../browser/browser';

const TOUR = 'heavy-lifting-to-sciatica';
const PAGES = ['/', '/concepts', '/tours', `/tours/${TOUR}/1`, `/join/ZZZZZZ`, `/quiz?tour=${TOUR}`, `/tours/${TOUR}/handout`, '/no-such-page'];

/** A Content-Security-Policy header as directive → sources. */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!, sources]),
  );
}

async function fetchPage(path: string) {
  const response = await fetch(`${baseUrl}${path}`);
  const policy = directives(response.headers.get('content-security-policy') ?? '');
  const nonce = /^'nonce-(.+)'$/.exec(policy['script-src']?.find((source) => source.startsWith("'nonce-")) ?? '')?.[1];
  return { response, policy, nonce, html: await response.text() };
}

/**
 * The pages' policy under `next start`: scripts run only with the request's nonce (or when a
 * script that has it loads them), and each page still loads and works in Chromium with not one
 * securitypolicyviolation.
 */
describe.skipIf(Boolean(skipReason))('the pages’ Content-Security-Policy', () => {
  const openPage = useBrowser();

  it('carries a fresh nonce with every request and allows no inline script or eval', async () => {
    const [first, second] = [await fetchPage('/concepts'), await fetchPage('/concepts')];
    expect(first.nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(second.nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(second.nonce).not.toBe(first.nonce);
    expect(first.policy['script-src']).toEqual(["'self'", "'strict-dynamic'", `'nonce-${first.nonce}'`]);
    expect(first.policy['style-src']).toContain(`'nonce-${first.nonce}'`);
    expect(first.policy['style-src']).not.toContain("'unsafe-inline'");
    expect(first.policy['frame-ancestors']).toEqual(["'none'"]);
    expect(first.policy['object-src']).toEqual(["'none'"]);
    expect(first.response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(first.response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  });

  it('puts the request’s nonce on every script and style element of every page', async () => {
    for (const path of PAGES) {
      const { nonce, html } = await fetchPage(path);
      expect(nonce, path).toBeDefined();
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length, path).toBeGreaterThan(0);
      for (const tag of [...scripts, ...(html.match(/<style\b[^>]*>/g) ?? [])]) expect(tag, path).toContain(`nonce="${nonce}"`);
    }
  });

  it('keeps its own policy off the API and GraphiQL', async () => {
    const api = await fetch(`${baseUrl}/api/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ stats { concepts } }"}' });
    expect(api.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    const graphiql = await fetch(`${baseUrl}/api/graphql`, { headers: { accept: 'text/html' } });
    expect(graphiql.headers.get('content-security-policy')).not.toContain("'nonce-");
  });

  it('lets the explorer draw, lay out by force, open the query dialog and export, with no violation', async () => {
    const { page, violations, errors, close } = await openPage('/?layout=force');
    await mapReady(page);
    expect((await mapState(page)).nodes.length).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Query' }).click();
    await page.getByTestId('query-dialog').getByRole('button', { name: 'Draw on the map' }).waitFor();
    await page.keyboard.press('Escape');
    for (const format of ['SVG', 'PNG (whole map)']) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: format }).click()]);
      expect(await download.failure()).toBeNull();
    }
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it('lets the concept index, the tour list, the quiz and a missing page render with no violation', async () => {
    for (const [path, heading] of [
      ['/concepts', 'Spasm Atlas: every concept'],
      ['/tours', /tours/i],
      [`/quiz?tour=${TOUR}`, 'Quiz: From heavy lifting to sciatica'],
    ] as const) {
      const { page, violations, errors, close } = await openPage(path);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      expect(violations, path).toEqual([]);
      expect(errors, path).toEqual([]);
      await close();
    }
    const missing = await openPage('/no-such-page');
    await missing.page.getByRole('heading', { level: 1, name: 'This page could not be found' }).waitFor();
    expect(missing.violations).toEqual([]);
    await missing.close();
  });

  it('lets the presenter draw a step and run a poll that a student joins and votes in, with no violation', async () => {
    const presenter = await openPage(`/tours/${TOUR}/2`, { width: 1920, height: 1080 });
    await expect.poll(async () => (await mapState(presenter.page)).nodes.length, { timeout: 30_000 }).toBeGreaterThan(0);
    await presenter.page.getByRole('button', { name: 'Start class poll' }).click();
    const code = (await presenter.page.getByTestId('poll-code').textContent())!.replace(/^Join code: /, '').trim();
    const [choice] = await presenter.page.locator('.presenter-choices li').allTextContents();
    const student = await openPage(`/join/${code}`, { width: 390, height: 844 });
    await student.page.getByRole('button', { name: choice!, exact: true }).click();
    await presenter.page.getByText('1 student has voted').waitFor();
    await presenter.page.locator('.poll-panel').getByRole('button', { name: 'Reveal answer' }).click();
    await student.page.getByText(/The answer: /).waitFor();
    for (const { violations, errors } of [presenter, student]) {
      expect(violations).toEqual([]);
      expect(errors).toEqual([]);
    }
    await Promise.all([presenter.close(), student.close()]);
  });

  it('lets the handout draw every step’s map as a picture, with no violation', async () => {
    const { page, violations, errors, close } = await openPage(`/tours/${TOUR}/handout`);
    await page.waitForSelector('[data-testid="handout"][data-snapshots-ready="true"]', { timeout: 60_000 });
    await expect(page.locator('img.snapshot-image').count()).resolves.toBeGreaterThan(0);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });
});
