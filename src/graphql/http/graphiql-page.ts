import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { Plugin } from 'graphql-yoga';
import { contentSecurityPolicy, DOCUMENT_CONTENT_SECURITY_POLICY } from '../../content-security-policy';
import { siteHeaderHtml } from '../../site-sections';
import { readCookbook, type Recipe } from './cookbook';

/** The site's top bar above GraphiQL, which fills the rest of the window (the app's own stylesheet is not on this page). */
const SITE_HEADER_STYLE = `
body { display: flex; flex-direction: column; height: 100vh; }
#root { flex: 1; min-height: 0; }
.site-header { display: flex; flex-wrap: wrap; align-items: center; gap: 0.3rem 1.5rem; padding: 0.4rem 1rem; font: 15px system-ui, sans-serif; background: #fff; border-bottom: 1px solid #d9dcd6; }
.site-header a { color: #0b5cad; }
.site-brand { font-weight: 700; font-size: 1.1rem; color: #1b1f24 !important; text-decoration: none; }
.site-nav { display: flex; flex-wrap: wrap; gap: 0.2rem 1rem; }
.site-nav a[aria-current='page'] { color: #1b1f24; font-weight: 700; text-decoration: none; border-bottom: 3px solid #0b5cad; }
.site-header a:focus-visible, .cookbook-menu summary:focus-visible { outline: 3px solid #0b5cad; outline-offset: 2px; }
.cookbook-menu { position: relative; margin-left: auto; }
.cookbook-menu summary { cursor: pointer; font-weight: 600; color: #0b5cad; }
.cookbook-menu ul { position: absolute; right: 0; z-index: 100; width: min(34rem, 90vw); max-height: 70vh; overflow: auto; margin: 0.3rem 0 0; padding: 0.4rem 0; list-style: none; background: #fff; border: 1px solid #d9dcd6; border-radius: 6px; box-shadow: 0 6px 16px rgb(0 0 0 / 18%); }
.cookbook-menu li a { display: block; padding: 0.35rem 0.9rem; }
`;

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
export function useGraphiQLPage(endpoint: string, options: GraphiQLPageOptions): Plugin {
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

interface GraphiQLPageOptions {
  readonly title: string;
  /** The first tab's query. */
  readonly defaultQuery: string;
  /** The folder of ready queries, each opened in a tab of its own with its variables. */
  readonly cookbookDir: string;
}

/**
 * The first visit opens the default query and one tab per cookbook recipe. GraphiQL takes its
 * default tabs instead of a linked query (`?query=`, "Open in GraphiQL") when it has no tabs
 * stored, so in the page a linked query is put in front of them.
 */
const LINKED_QUERY_FIRST = `function withLinkedQuery(options) {
  var params = new URLSearchParams(window.location.search);
  var query = params.get('query');
  if (query) options.defaultTabs.unshift({ query: query, variables: params.get('variables') });
  return options;
}`;

/**
 * The cookbook as links above GraphiQL, each opening its recipe, with its variables, as the
 * tab shown: GraphiQL (5) does not switch between its default tabs on a first visit (it does
 * once it has stored them), so a recipe is always one click away.
 */
function cookbookMenuHtml(endpoint: string, recipes: readonly Recipe[]): string {
  const items = recipes.map((recipe) => {
    const params = new URLSearchParams({ query: recipe.query });
    const variables = tabVariables(recipe);
    if (variables) params.set('variables', variables);
    return `<li><a href="${escapeHtml(`${endpoint}?${params.toString()}`)}">${escapeHtml(recipe.title)}</a></li>`;
  });
  return `<details class="cookbook-menu"><summary>Cookbook: ${recipes.length} ready queries</summary><ul>${items.join('')}</ul></details>`;
}

function tabVariables(recipe: Recipe): string | null {
  return Object.keys(recipe.variables).length > 0 ? JSON.stringify(recipe.variables, null, 2) : null;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!);
}

function renderPage({ title, defaultQuery, cookbookDir, endpoint }: GraphiQLPageOptions & { endpoint: string }): GraphiQLPage {
  const recipes = readCookbook(cookbookDir);
  const defaultTabs = [{ query: defaultQuery }, ...recipes.map((recipe) => ({ query: recipe.query, variables: tabVariables(recipe) }))];
  const options = { title, endpoint, defaultTabs };
  const rendered = renderGraphiQL(options);
  const json = JSON.stringify(options);
  if (rendered.split(json).length !== 2) throw new Error('The GraphiQL page does not hold its options once: @graphql-yoga/render-graphiql has changed how it writes them; update renderPage.');
  const text = rendered
    .replace(json, () => `withLinkedQuery(${json})`)
    .replace('<script>', () => `<script>\n${LINKED_QUERY_FIRST}\n`)
    .replace(/<body[^>]*>/, (body) => `${body}${siteHeaderHtml('graphql', cookbookMenuHtml(endpoint, recipes))}<style>${SITE_HEADER_STYLE}</style>`);
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
