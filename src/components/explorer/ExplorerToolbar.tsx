'use client';

import type { MapData } from '../../map/model';
import { QueryDialog } from './QueryDialog';
import { MAP_QUERY_TEXT, type mapVariables } from './queries';
import type { Exports } from './use-exports';

export type Drawer = 'filters' | 'panel' | null;

interface ExplorerToolbarProps {
  drawer: Drawer;
  onDrawer(drawer: Drawer): void;
  /** The map query's variables, shown in the query dialog beside the query. */
  variables: ReturnType<typeof mapVariables>;
  onDraw(drawn: MapData, query: string): void;
  exports: Exports;
}

/** The map's actions: the drawers on small screens, the query dialog, exports, the link and GraphiQL. */
export function ExplorerToolbar({ drawer, onDrawer, variables, onDraw, exports }: ExplorerToolbarProps) {
  const toggle = (which: Exclude<Drawer, null>) => onDrawer(drawer === which ? null : which);
  return (
    <div className="toolbar" role="toolbar" aria-label="Map actions">
      <button type="button" aria-expanded={drawer === 'filters'} aria-controls="filters-drawer" onClick={() => toggle('filters')}>
        Filters &amp; legend
      </button>
      <button type="button" className="panel-toggle" aria-expanded={drawer === 'panel'} aria-controls="side-panel" onClick={() => toggle('panel')}>
        Details &amp; outline
      </button>
      <QueryDialog query={MAP_QUERY_TEXT} variables={variables} onDraw={onDraw} />
      <button type="button" onClick={exports.pngView}>
        PNG (this view)
      </button>
      <button type="button" onClick={exports.pngWhole}>
        PNG (whole map)
      </button>
      <button type="button" onClick={exports.svg}>
        SVG
      </button>
      <button type="button" onClick={exports.copyLink}>
        Copy link
      </button>
    </div>
  );
}
