import { FilterPanel } from './FilterPanel';
import { Legend } from './Legend';
import type { ViewState } from './view-state';

interface FiltersDrawerProps {
  view: ViewState;
  onChange(patch: Partial<ViewState>): void;
  /** The drawer is over the map, opened from the toolbar. */
  open: boolean;
  onClose(): void;
}

/** The filters and the legend, beside the map. */
export function FiltersDrawer({ view, onChange, open, onClose }: FiltersDrawerProps) {
  return (
    <div className="sidebar left drawer" id="filters-drawer" hidden={!open}>
      <button type="button" className="drawer-close" onClick={onClose}>
        Close filters
      </button>
      <FilterPanel view={view} onChange={onChange} />
      <Legend />
    </div>
  );
}
