import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseUrl, skipReason, useBrowser } from '../../browser/browser';
import { STATS_ANSWER } from '../server';

/**
 * What only the production app shows: Next's own headers and status codes, GraphiQL served
 * through the Next route, and `next start` refusing a broken configuration. Runs in the browser
 * project, against the build its global setup made.
 */
describe.skipIf(Boolean(skipReason))('next start, probed as an outsider would', () => {
  const openPage = useBrowser();
  const post = (body: string) => fetch(`${baseUrl}/api/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' }, body });

  it('sends a strict policy, nosniff, no framing, a referrer policy and no X-Powered-By with every page', async () => {
    const response = await fetch(`${baseUrl}/concepts`);
    expect(response.status).toBe(200);
    const policy = response.headers.get('content-security-policy')!;
    expect(policy).toMatch(/default-src 'self'/);
    expect(policy).toMatch(/frame-ancestors 'none'/);
    expect(policy).toMatch(/object-src 'none'/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('answers a syntax error 400 GRAPHQL_PARSE_FAILED and a validation error 400, and keeps answering', async () => {
    const syntax = await post(JSON.stringify({ query: '{ stats { concepts ' }));
    expect(syntax.status).toBe(400);
    expect(((await syntax.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    const invalid = await post(JSON.stringify({ query: '{ nope }' }));
    expect(invalid.status).toBe(400);
    const fine = await post(JSON.stringify({ query: '{ stats { concepts } }' }));
    expect(await fine.json()).toEqual({ data: STATS_ANSWER });
  });

  it('refuses nested relations within seconds and keeps answering', async () => {
    const nested = `{ concept(id: "back-spasm") { ${'relations { to { '.repeat(5)}id${' } }'.repeat(5)} } }`;
    const response = await post(JSON.stringify({ query: nested }));
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('QUERY_TOO_COSTLY');
    expect((await post(JSON.stringify({ query: '{ stats { concepts } }' }))).status).toBe(200);
  });

  it('serves GraphiQL under its policy with no violation, runs the example query, and lets the browser keep the page', async () => {
    const { page, errors, close } = await openPage('/api/graphql');
    await page.locator('.graphiql-execute-button').click();
    await page.locator('.graphiql-response').getByText('"neighborhood"').waitFor();
    expect(errors).toEqual([]);
    await close();
    const first = await fetch(`${baseUrl}/api/graphql`, { headers: { accept: 'text/html' } });
    expect(first.headers.get('cache-control')).toBe('public, max-age=3600');
    expect(first.headers.get('content-security-policy')).toMatch(/script-src 'sha256-[^']+'; /);
    const again = await fetch(`${baseUrl}/api/graphql`, { headers: { accept: 'text/html', 'if-none-match': first.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });
});

/** Runs `next start` on a free port with the environment changed; resolves with its exit code and output. */
function startWith(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('npx', ['next', 'start', '-p', '0'], { env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', STORE: 'embedded', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe.skipIf(Boolean(skipReason))('next start refuses to run broken', () => {
  it('exits 1 with the configuration problem', async () => {
    const { code, output } = await startWith({ STORE: 'bogus' });
    expect(code).toBe(1);
    expect(output).toMatch(/STORE must be 'embedded' or 'neo4j'/);
  });

  it('exits 1 listing the graph’s problems', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spasm-broken-graph-'));
    cpSync('graph', dir, { recursive: true });
    writeFileSync(join(dir, 'relations/detects.yaml'), '');
    const { code, output } = await startWith({ GRAPH_DIR: dir });
    expect(code).toBe(1);
    expect(output).toMatch(/relations\/detects\.yaml:1: is empty/);
  });

  it('exits 1 naming the Neo4j it cannot reach', async () => {
    const { code, output } = await startWith({ STORE: 'neo4j', NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'x' });
    expect(code).toBe(1);
    expect(output).toMatch(/Cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1/);
  });
});
