import { describe, expect, it } from 'vitest';
import { clientAddress } from '../../../src/graphql/http/client-address';

const request = (forwarded?: string) => new Request('http://localhost/api/graphql', { headers: forwarded ? { 'x-forwarded-for': forwarded } : {} });

describe('the client address rate limits count by', () => {
  it('is the socket’s address where yoga runs on Node’s own server, whatever the headers claim', () => {
    expect(clientAddress(request('10.9.9.9'), { req: { socket: { remoteAddress: '203.0.113.20' } } })).toBe('203.0.113.20');
  });

  it('is the hop Next’s own server added under Next, not an address the client put first', () => {
    expect(clientAddress(request('10.9.9.9, 203.0.113.20'), {})).toBe('203.0.113.20');
  });

  it('is one shared "unknown" when nothing tells', () => {
    expect(clientAddress(request(), {})).toBe('unknown');
  });
});
