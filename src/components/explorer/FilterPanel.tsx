import { CONCEPT_KINDS, CONCEPT_KIND_NAMES, MAP_LANES, RELATION_TYPE_NAMES, type ConceptKind, type RelationType } from '../../domain';
import { LAYOUT_LABELS, LAYOUT_NAMES, type LayoutName } from '../map/layouts';
import { RELATION_STYLES } from '../map/map-styles';
import type { ViewState } from './view-state';

interface FilterPanelProps {
  view: ViewState;
  onChange(patch: Partial<ViewState>): void;
}

/** Kinds in an alarm lane (red flags) are always on the map, so they are not offered as a filter. */
const FILTERABLE_KINDS = CONCEPT_KIND_NAMES.filter((kind) => !MAP_LANES[CONCEPT_KINDS[kind].lane].alarm);

/** Which kinds and relation types the map shows, how far out it reaches, and how it is laid out. */
export function FilterPanel({ view, onChange }: FilterPanelProps) {
  const toggle = <T,>(list: T[], item: T) => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);
  return (
    <section className="filters" aria-labelledby="filters-heading">
      <h2 id="filters-heading">Show</h2>
      <fieldset>
        <legend>Kinds</legend>
        {FILTERABLE_KINDS.map((kind: ConceptKind) => (
          <label key={kind} className="check">
            <input type="checkbox" checked={view.kinds.includes(kind)} onChange={() => onChange({ kinds: toggle(view.kinds, kind) })} />
            {kind}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Relations</legend>
        {RELATION_TYPE_NAMES.map((type: RelationType) => (
          <label key={type} className="check">
            <input type="checkbox" checked={view.relationTypes.includes(type)} onChange={() => onChange({ relationTypes: toggle(view.relationTypes, type) })} />
            {RELATION_STYLES[type].label}
          </label>
        ))}
      </fieldset>
      <p className="filters-note">Red flags always stay on the map, as one group that opens in place.</p>
      <label className="field">
        Reach
        <select value={view.depth} onChange={(event) => onChange({ depth: Number(event.target.value) })}>
          {[0, 1, 2, 3].map((depth) => (
            <option key={depth} value={depth}>
              {depth === 0 ? 'the focus only' : `${depth} step${depth > 1 ? 's' : ''} out`}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>Layout</legend>
        {LAYOUT_NAMES.map((name: LayoutName) => (
          <label key={name} className="check">
            <input type="radio" name="layout" checked={view.layout === name} onChange={() => onChange({ layout: name })} />
            {LAYOUT_LABELS[name]}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
