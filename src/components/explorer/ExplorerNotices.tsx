interface ExplorerNoticesProps {
  notice: string | null;
  onDismiss(): void;
  /** What the opened link named that the graph no longer has, or a graph that changed since. */
  linkProblems: readonly string[];
  /** The map draws a pasted query's result; the reader can go back to the explorer's view. */
  drawn: boolean;
  onBack(): void;
}

/** What the explorer tells the reader above the map: a passing notice, a link's problems, a drawn query. */
export function ExplorerNotices({ notice, onDismiss, linkProblems, drawn, onBack }: ExplorerNoticesProps) {
  return (
    <>
      {notice ? (
        <p className="notice" role="status">
          {notice}{' '}
          <button type="button" className="link" onClick={onDismiss}>
            Dismiss
          </button>
        </p>
      ) : null}
      {linkProblems.length > 0 ? (
        <div className="link-problems" role="alert" data-testid="link-problems">
          {linkProblems.map((problem) => (
            <p key={problem}>{problem}</p>
          ))}
        </div>
      ) : null}
      {drawn ? (
        <p className="notice" role="status">
          The map shows the result of your query.{' '}
          <button type="button" className="link" onClick={onBack}>
            Back to the explorer view
          </button>
        </p>
      ) : null}
    </>
  );
}

interface MapStatusProps {
  request: 'idle' | 'loading' | 'error' | 'done';
  /** Why the map could not be loaded, when it could not. */
  problem?: string;
  /** Something is on the map already: an earlier answer or a drawn query's result. */
  shown: boolean;
  empty: boolean;
}

/** The map's state in words, over the map: loading, failed, or nothing to show. */
export function MapStatus({ request, problem, shown, empty }: MapStatusProps) {
  if (request === 'loading' && !shown) {
    return (
      <p className="map-status" role="status">
        Loading the map…
      </p>
    );
  }
  if (request === 'error' && problem !== undefined) {
    return (
      <p className="map-status error" role="alert">
        The map could not be loaded: {problem}
      </p>
    );
  }
  if (request === 'done' && empty) {
    return (
      <p className="map-status" role="status">
        Nothing to show with these filters. Search for a concept or tick more kinds.
      </p>
    );
  }
  return null;
}
