import { createHash } from 'node:crypto';
import securityHeaders from './security-headers.json';

/**
 * The Content-Security-Policy of every HTML document the app serves, from the directives in
 * security-headers.json: documentContentSecurityPolicy is shared by the pages and GraphiQL,
 * pageContentSecurityPolicy adds what the pages need (src/proxy.ts sends it with a fresh nonce).
 */
export type Directives = Record<string, readonly string[]>;

export const DOCUMENT_CONTENT_SECURITY_POLICY: Directives = securityHeaders.documentContentSecurityPolicy;

/** A Content-Security-Policy header value from directive → sources. */
export function contentSecurityPolicy(directives: Directives): string {
  return Object.entries(directives)
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ');
}

/**
 * The one stylesheet Cytoscape writes into the page's head when it first draws a map (its
 * renderer sets the container's position); allowed by its hash, since Cytoscape cannot carry the
 * nonce. A Cytoscape upgrade that changes the text shows up as a violation in the browser tests.
 */
const CYTOSCAPE_CONTAINER_STYLESHEET = '.__________cytoscape_container { position: relative; }';

const CYTOSCAPE_STYLESHEET_HASH = `'sha256-${createHash('sha256').update(CYTOSCAPE_CONTAINER_STYLESHEET).digest('base64')}'`;

/** 128 random bits, base64: unguessable and fresh for every page request. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
}

/**
 * A page's policy for one request. Scripts run only with this request's nonce, which Next puts
 * on its own scripts, or when loaded by such a script ('strict-dynamic': the lazy chunks).
 * Style elements need the nonce too (or are Cytoscape's, by hash); style attributes are allowed
 * because React renders the legend swatches, poll bars and snapshot widths as style attributes
 * in the server's HTML, and an attribute can only style its own element, never run code or load
 * from another origin. In development React evaluates server error stacks, and Next's overlay
 * injects styles without the nonce, as Next's guide notes.
 */
export function pageContentSecurityPolicy(nonce: string, { development = false } = {}): string {
  const page = securityHeaders.pageContentSecurityPolicy;
  return contentSecurityPolicy({
    ...DOCUMENT_CONTENT_SECURITY_POLICY,
    ...page,
    'script-src': [...page['script-src'], `'nonce-${nonce}'`, ...(development ? ["'unsafe-eval'"] : [])],
    'style-src': development ? [...page['style-src'], "'unsafe-inline'"] : [...page['style-src'], `'nonce-${nonce}'`, CYTOSCAPE_STYLESHEET_HASH],
  });
}
