import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { Plugin } from 'graphql-yoga';
import { contentSecurityPolicy, DOCUMENT_CONTENT_SECURITY_POLICY } from '../../content-security-policy';

/** What the server hosting yoga tells it: Next compresses every response itself and drops a route's Content-Encoding. */
export type HostContext = {
  readonly hostCompresses?: boolean;
};

interface GraphiQLPage {
  readonly html: Uint8Array<ArrayBuffer>;
  readonly gzip: Uint8Array<ArrayBuffer>;
  readonly etag: string;
  readonly policy: string;
}

/**
 * GraphiQL, served from the package (no CDN) as a page rendered and gzipped once per process:
 * the page is 9 MB, and rendering and compressing it per request cost half a second of CPU
 * each. Next drops a route's own Content-Encoding and compresses again, so there the page is
 * sent plain but cached by the browser for an hour and revalidated by ETag (304, no body).
 * Its inline script is allowed by its hash, not by 'unsafe-inline'; GraphiQL and Monaco write
 * their styles inline at run time, and Monaco's editor workers start from blob: URLs.
 */
export function useGraphiQLPage(endpoint: string, options: { title: string; defaultQuery: string }): Plugin {
  let page: GraphiQLPage | undefined;
  return {
    onRequest({ request, url, endResponse, serverContext }) {
      const wantsPage = request.method === 'GET' && (request.headers.get('accept') ?? '').includes('text/html');
      if (!wantsPage || (url.pathname !== endpoint && url.pathname !== `${endpoint}/`)) return;
      page ??= renderPage({ ...options, endpoint });
      const headers = {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': page.policy,
        'cache-control': 'public, max-age=3600',
        etag: page.etag,
        vary: 'accept-encoding',
      };
      if (request.headers.get('if-none-match') === page.etag) return endResponse(new Response(null, { status: 304, headers }));
      const gzip = !(serverContext as HostContext).hostCompresses && /\bgzip\b/.test(request.headers.get('accept-encoding') ?? '');
      endResponse(new Response(gzip ? page.gzip : page.html, { headers: gzip ? { ...headers, 'content-encoding': 'gzip' } : headers }));
    },
  };
}

function renderPage(options: { title: string; defaultQuery: string; endpoint: string }): GraphiQLPage {
  const text = renderGraphiQL(options);
  const scriptHashes = [...text.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => `'sha256-${createHash('sha256').update(match[1]!).digest('base64')}'`);
  const html = new TextEncoder().encode(text);
  return {
    html,
    gzip: new Uint8Array(gzipSync(html)),
    etag: `"${createHash('sha256').update(html).digest('base64url').slice(0, 27)}"`,
    policy: contentSecurityPolicy({
      ...DOCUMENT_CONTENT_SECURITY_POLICY,
      'script-src': scriptHashes,
      'style-src': ["'self'", "'unsafe-inline'"],
      'worker-src': ['blob:'],
      'base-uri': ["'none'"],
    }),
  };
}
