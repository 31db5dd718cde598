import { API_PATH } from './graphql/http/api-path';

/**
 * The parts of the site every page links to, in the order the site navigation shows them. Plain
 * data, so the pages' navigation and the GraphiQL page (served by yoga, not React) list the same.
 */
export const SITE_SECTIONS = [
  { key: 'explorer', href: '/', label: 'Explorer' },
  { key: 'tours', href: '/tours', label: 'Guided tours' },
  { key: 'quiz', href: '/quiz', label: 'Quiz' },
  { key: 'concepts', href: '/concepts', label: 'Concept index' },
  { key: 'graphql', href: API_PATH, label: 'GraphQL' },
] as const;

export type SiteSection = (typeof SITE_SECTIONS)[number]['key'];

/** The site's top bar (SiteHeader in components/SiteNav.tsx) as HTML, for a page React does not render; `extra` (HTML) follows the links. */
export function siteHeaderHtml(current: SiteSection, extra = ''): string {
  const links = SITE_SECTIONS.map(({ key, href, label }) => `<a href="${href}"${key === current ? ' aria-current="page"' : ''}>${label}</a>`);
  return `<header class="site-header"><a class="site-brand" href="/">Spasm Atlas</a><nav class="site-nav" aria-label="Site">${links.join('')}</nav>${extra}</header>`;
}
