import { NextResponse, type NextRequest } from 'next/server';
import { newNonce, pageContentSecurityPolicy } from './content-security-policy';

/**
 * Every page request gets its own nonce, in a Content-Security-Policy on the request (Next reads
 * the nonce from there and puts it on every script it renders) and on the response (the browser
 * enforces it). The other security headers come from next.config.js; the API and GraphiQL set
 * their own policy (src/graphql/http/security-headers.ts).
 */
export function proxy(request: NextRequest) {
  const policy = pageContentSecurityPolicy(newNonce(), { development: process.env.NODE_ENV === 'development' });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('content-security-policy', policy);
  return response;
}

export const config = {
  matcher: [
    {
      // Static files and the API need no page policy; a prefetch carries no document to protect.
      source: '/((?!api/|_next/static|_next/image|icon\\.svg|favicon\\.ico).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
