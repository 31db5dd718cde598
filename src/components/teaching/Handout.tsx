'use client';

import { useCallback, useMemo, useState } from 'react';
import { useApiQuery } from '../../client/use-api-query';
import { citedSources } from './cited-sources';
import { HandoutStep } from './HandoutStep';
import { TOUR_QUERY } from './tour-query';
import './handout.css';

/**
 * A tour as a printable handout: every step with its map, narration, question and answer,
 * and the quotes behind each relation, then the sources. Printing waits until every map is
 * drawn as a picture.
 */
export function Handout({ id }: { id: string }) {
  const request = useApiQuery(TOUR_QUERY, { id });
  const [settled, setSettled] = useState<ReadonlySet<number>>(new Set());
  const onSnapshotSettled = useCallback((index: number) => setSettled((done) => new Set(done).add(index)), []);
  const tour = request.status === 'done' ? request.data.tour : null;
  const sources = useMemo(() => (tour ? citedSources(tour.steps) : []), [tour]);

  if (request.status === 'loading' || request.status === 'idle') {
    return (
      <main className="handout" aria-busy="true">
        <p role="status">Loading the handout…</p>
      </main>
    );
  }
  if (request.status === 'error') {
    return (
      <main className="handout">
        <p role="alert">The handout could not be loaded: {request.message}</p>
      </main>
    );
  }
  if (!tour) {
    return (
      <main className="handout">
        <h1>No such tour</h1>
        <p role="alert">No tour has the id “{id}”. Check the link, or pick the tour from the list.</p>
        <p>
          <a href="/tours">All guided tours</a>
        </p>
      </main>
    );
  }

  const total = tour.steps.length;
  const ready = settled.size === total;
  return (
    <main className="handout" aria-busy={!ready} data-snapshots-ready={ready} data-testid="handout">
      <nav className="handout-toolbar" aria-label="Handout">
        <a href="/">Spasm Atlas</a>
        <a href={`/quiz?tour=${encodeURIComponent(tour.id)}`}>Quiz on this tour</a>
        <button type="button" className="primary" onClick={() => window.print()} disabled={!ready}>
          Print or save as PDF
        </button>
        <span role="status" className="muted">
          {ready ? 'Every map is drawn: ready to print.' : `Drawing the maps: ${settled.size} of ${total}…`}
        </span>
      </nav>
      <header className="handout-header">
        <p className="handout-kicker">Spasm Atlas · guided tour handout</p>
        <h1>{tour.title}</h1>
        <p>
          <strong>For:</strong> {tour.audience}
        </p>
        <p className="handout-summary">{tour.summary}</p>
        <p className="muted">
          {total} step{total === 1 ? '' : 's'}. Every link drawn is backed by the quotes printed under it; the sources are listed at the end.
        </p>
      </header>
      {total === 0 ? <p role="status">This tour has no steps yet.</p> : null}
      {tour.steps.map((step) => (
        <HandoutStep key={step.index} step={step} total={total} sources={sources} onSnapshotSettled={onSnapshotSettled} />
      ))}
      <section className="handout-sources" aria-labelledby="handout-sources-title">
        <h2 id="handout-sources-title">Sources</h2>
        {sources.length === 0 ? (
          <p>No step of this tour quotes a source.</p>
        ) : (
          <ol>
            {sources.map((source) => (
              <li key={source.id} id={`source-${source.number}`}>
                <cite>{source.title}</cite>
                {source.url ? <span className="handout-url"> {source.url}</span> : null}. Quoted in step{source.steps.length > 1 ? 's' : ''}{' '}
                {source.steps.join(', ')}.
                <span className="handout-reliability">Reliability: {source.reliability}</span>
              </li>
            ))}
          </ol>
        )}
      </section>
      <footer className="handout-footer">
        <p>
          From Spasm Atlas, graph version {request.data.stats.version}. Every quote is copied word for word from its source; the
          narration is the tour author’s.
        </p>
      </footer>
    </main>
  );
}
