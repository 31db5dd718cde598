import { CONCEPT_KIND_NAMES, RELATION_TYPE_NAMES } from '../../domain';
import { HEDGED_EDGE, KIND_STYLES, RELATION_STYLES, UNNAMED_LOOK } from '../map/map-styles';

/** What the colours, shapes and lines mean, read from the same tables as the map. */
export function Legend() {
  return (
    <section className="legend" aria-labelledby="legend-heading">
      <h2 id="legend-heading">Legend</h2>
      <ul className="legend-kinds">
        {CONCEPT_KIND_NAMES.map((kind) => (
          <li key={kind}>
            <span className={`legend-shape shape-${KIND_STYLES[kind].shape}`} style={{ background: KIND_STYLES[kind].color }} aria-hidden="true" />
            {kind}
          </li>
        ))}
        <li>
          <span className="legend-shape legend-urgent" aria-hidden="true" />⚠ urgent
        </li>
      </ul>
      <ul className="legend-relations">
        {RELATION_TYPE_NAMES.map((type) => (
          <li key={type}>
            <svg width="36" height="10" aria-hidden="true">
              <line
                x1="0"
                y1="5"
                x2="36"
                y2="5"
                stroke={RELATION_STYLES[type].color}
                strokeWidth={RELATION_STYLES[type].width}
                strokeDasharray={RELATION_STYLES[type].line === 'dashed' ? '6 3' : RELATION_STYLES[type].line === 'dotted' ? '2 3' : undefined}
              />
            </svg>
            {RELATION_STYLES[type].label}
          </li>
        ))}
        <li>
          <svg width="36" height="10" aria-hidden="true">
            <line x1="0" y1="5" x2="36" y2="5" stroke={RELATION_STYLES.LEADS_TO.color} strokeWidth={HEDGED_EDGE.width} opacity={HEDGED_EDGE.opacity} />
          </svg>
          {HEDGED_EDGE.label}
        </li>
        <li>
          <svg width="36" height="10" aria-hidden="true">
            <line x1="0" y1="5" x2="36" y2="5" stroke={UNNAMED_LOOK.line.color} strokeWidth={UNNAMED_LOOK.line.width} strokeDasharray="2 3" />
          </svg>
          {UNNAMED_LOOK.label}
        </li>
      </ul>
    </section>
  );
}
