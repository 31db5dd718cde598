'use client';

import { useRef, useState } from 'react';
import type { MapData } from '../../map/model';
import { graphiqlLink } from '../../client/graphiql-link';
import { graphInResult } from './result-graph';
import { messageOf } from '../../domain';

interface QueryDialogProps {
  query: string;
  variables: Record<string, unknown>;
  onDraw(data: MapData, query: string): void;
}

/**
 * Map and query are two views of one thing: this shows the GraphQL behind the current map,
 * opens it in GraphiQL, and draws the result of any query pasted back.
 */
export function QueryDialog({ query, variables, onDraw }: QueryDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [pasted, setPasted] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const draw = async () => {
    setBusy(true);
    setMessage(null);
    try {
      // graphql-js (to read the query) loads only when a query is drawn
      const { runDrawable } = await import('./drawable-query');
      const data = graphInResult(await runDrawable(pasted));
      if (data.nodes.length === 0) {
        setMessage('The answer to this query holds no concepts, so there is nothing to draw. Ask for concepts or relations (for example neighborhood, paths or redFlags).');
      } else {
        onDraw(data, pasted);
        dialog.current?.close();
      }
    } catch (error) {
      setMessage(messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => dialog.current?.showModal()}>
        Query
      </button>
      <dialog ref={dialog} className="query-dialog" aria-labelledby="query-heading" data-testid="query-dialog">
        <h2 id="query-heading">The query behind this map</h2>
        <pre data-testid="view-query">
          <code>{query}</code>
        </pre>
        <p className="muted">Variables:</p>
        <pre>
          <code>{JSON.stringify(variables, null, 2)}</code>
        </pre>
        <p>
          <a
            href={graphiqlLink(query, variables)}
            target="_blank"
            rel="noreferrer"
            // GraphiQL takes the query from the link but its variables only from its saved editor state (same origin)
            onClick={() => {
              localStorage.setItem('graphiql:variables', JSON.stringify(variables, null, 2));
              localStorage.removeItem('graphiql:tabState');
            }}
          >
            Open in GraphiQL
          </a>
        </p>
        <label htmlFor="pasted-query">Paste a GraphQL query to draw its result on the map</label>
        <textarea id="pasted-query" rows={8} value={pasted} onChange={(event) => setPasted(event.target.value)} spellCheck={false} />
        {message ? <p role="alert">{message}</p> : null}
        <div className="dialog-actions">
          <button type="button" onClick={draw} disabled={busy || pasted.trim() === ''}>
            {busy ? 'Running…' : 'Draw on the map'}
          </button>
          <button type="button" onClick={() => dialog.current?.close()}>
            Close
          </button>
        </div>
      </dialog>
    </>
  );
}
