import { SITE_SECTIONS, type SiteSection } from '../site-sections';

/** The links to every part of the site; the page shown is marked for screen readers and by style. */
export function SiteNav({ current }: { current: SiteSection }) {
  return (
    <nav className="site-nav" aria-label="Site">
      {SITE_SECTIONS.map(({ key, href, label }) => (
        <a key={key} href={href} aria-current={key === current ? 'page' : undefined}>
          {label}
        </a>
      ))}
    </nav>
  );
}

/** A page's top bar: the site's name and its navigation. */
export function SiteHeader({ current }: { current: SiteSection }) {
  return (
    <header className="site-header">
      <a className="site-brand" href="/">
        Spasm Atlas
      </a>
      <SiteNav current={current} />
    </header>
  );
}
