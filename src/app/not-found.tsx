import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Page not found · Spasm Atlas' };

/**
 * The app's own not-found page: Next's built-in one styles itself with an inline style element
 * that carries no nonce, which the pages' Content-Security-Policy refuses.
 */
export default function NotFound() {
  return (
    <main className="index-page">
      <h1>This page could not be found</h1>
      <p>
        The address names no page of Spasm Atlas. Start from the <a href="/">explorer</a>, the <a href="/concepts">list of every concept</a> or the{' '}
        <a href="/tours">guided tours</a>.
      </p>
    </main>
  );
}
