import { describe, expect, it } from 'vitest';
import { newNonce, pageContentSecurityPolicy } from '../src/content-security-policy';

function directive(policy: string, name: string): string[] {
  const found = policy.split('; ').find((part) => part.startsWith(`${name} `));
  return found ? found.split(' ').slice(1) : [];
}

describe('the pages’ Content-Security-Policy', () => {
  it('draws a different 128-bit nonce each time', () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
  });

  it('runs scripts by the nonce only in production, with nothing inline and no eval', () => {
    const policy = pageContentSecurityPolicy('abc');
    expect(directive(policy, 'script-src')).toEqual(["'self'", "'strict-dynamic'", "'nonce-abc'"]);
    expect(directive(policy, 'style-src')).toEqual(["'self'", "'nonce-abc'", expect.stringMatching(/^'sha256-[A-Za-z0-9+/]{43}='$/)]);
    expect(directive(policy, 'frame-ancestors')).toEqual(["'none'"]);
    expect(directive(policy, 'object-src')).toEqual(["'none'"]);
  });

  it('allows eval and inline styles in development only, where React and Next’s overlay need them', () => {
    const policy = pageContentSecurityPolicy('abc', { development: true });
    expect(directive(policy, 'script-src')).toEqual(["'self'", "'strict-dynamic'", "'nonce-abc'", "'unsafe-eval'"]);
    expect(directive(policy, 'style-src')).toContain("'unsafe-inline'");
  });
});
