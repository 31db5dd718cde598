'use client';

import type { MapData, MapNode } from '../../map/model';
import { CasePanel } from './CasePanel';
import { DetailPanel } from './DetailPanel';
import { Outline } from './Outline';
import { PathFinder } from './PathFinder';
import type { useCaseAnalysis } from './use-case-analysis';
import type { usePathFinder } from './use-path-finder';
import { selectionOf, type ViewState } from './view-state';

interface ExplorerSidebarProps {
  view: ViewState;
  update(patch: Partial<ViewState>): void;
  /** Shown as a sheet over the map (on a small screen, after a choice on the map or the toolbar's button). */
  open: boolean;
  caseMode: ReturnType<typeof useCaseAnalysis>;
  /** Called with the case's new findings. */
  onCase(findings: string[]): void;
  pathFinder: ReturnType<typeof usePathFinder>;
  /** A concept's name and kind, from the path finder's ends, the map or the path. */
  nodeName(id: string | null): MapNode | null;
  data: MapData;
  focus: string | null;
  onFocus(id: string): void;
}

/** The panel beside the map: the case, the details of what is chosen, the path finder and the outline of the map as text. */
export function ExplorerSidebar({ view, update, open, caseMode, onCase, pathFinder, nodeName, data, focus, onFocus }: ExplorerSidebarProps) {
  return (
    <div className={`sidebar right${open ? ' sheet-open' : ''}`} id="side-panel">
      <CasePanel
        findings={view.case}
        request={caseMode.request}
        chosen={caseMode.chosen}
        onChange={onCase}
        onChoose={caseMode.setChosen}
        onRelation={(id) => update({ selected: `edge:${id}` })}
      />
      <DetailPanel
        selection={selectionOf(view.selected)}
        onFocus={onFocus}
        onExpand={(id) => update({ expanded: [...new Set([...view.expanded, id])] })}
        onCollapse={(id) => (id === view.focus && !view.expanded.includes(id) ? update({ depth: 0 }) : update({ expanded: view.expanded.filter((x) => x !== id) }))}
        isExpanded={(id) => view.expanded.includes(id) || (id === view.focus && view.depth > 0)}
        onClose={() => update({ selected: null })}
      />
      <PathFinder
        from={nodeName(view.pathFrom)}
        to={nodeName(view.pathTo)}
        request={pathFinder.request}
        chosen={pathFinder.chosen}
        onFrom={pathFinder.chooseEnd('pathFrom')}
        onTo={pathFinder.chooseEnd('pathTo')}
        onChoose={pathFinder.setChosen}
        onClear={() => update({ pathFrom: null, pathTo: null })}
      />
      <Outline data={data} focus={focus} path={pathFinder.path} onFocus={onFocus} onSelect={(id) => update({ selected: id })} />
    </div>
  );
}
