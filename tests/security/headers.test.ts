import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { testServer } from './server';

describe('headers on API answers and GraphiQL (npm run api and the Next route alike)', () => {
  const server = testServer();

  it('marks every answer nosniff, unframeable, with a referrer policy and a policy that loads nothing', async () => {
    const response = await server.post('{ stats { concepts } }');
    expect(Object.fromEntries(['x-content-type-options', 'x-frame-options', 'referrer-policy', 'content-security-policy'].map((name) => [name, response.headers.get(name)]))).toEqual({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    });
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('serves GraphiQL gzipped once with a policy that allows its own script by hash and nothing inline besides', async () => {
    const first = await server.send({ headers: { accept: 'text/html', 'accept-encoding': 'gzip, br' } });
    expect(first.status).toBe(200);
    expect(first.headers.get('content-encoding')).toBe('gzip');
    const html = gunzipSync(Buffer.from(await first.arrayBuffer())).toString('utf8');
    expect(html).toContain('<title>Spasm Atlas GraphQL</title>');
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
    const policy = first.headers.get('content-security-policy')!;
    expect(policy).toContain(`script-src 'sha256-${createHash('sha256').update(script).digest('base64')}'`);
    expect(policy).not.toMatch(/script-src[^;]*unsafe/);
    expect(policy).toContain("frame-ancestors 'none'");
    const again = await server.send({ headers: { accept: 'text/html', 'if-none-match': first.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });
});
