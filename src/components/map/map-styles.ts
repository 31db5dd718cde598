import type { ConceptKind, RelationType } from '../../domain';

/**
 * How each kind and relation type looks on the map, and in the legend. Typed as complete
 * records over the domain tables, so a new kind or relation type does not compile until
 * it has a look.
 */
export interface KindStyle {
  color: string;
  /** Shapes the SVG export can draw too (its canvas bridge cannot draw the rounded polygons). */
  shape: 'round-rectangle' | 'hexagon' | 'ellipse' | 'diamond' | 'barrel' | 'rhomboid' | 'octagon' | 'cut-rectangle';
}

/** The one urgent red: red flags, the relations that point to them, and every urgent mark. */
const URGENT_RED = '#b91c1c';

export const KIND_STYLES: Record<ConceptKind, KindStyle> = {
  Cause: { color: '#b45309', shape: 'round-rectangle' },
  Condition: { color: '#6d28d9', shape: 'hexagon' },
  Mechanism: { color: '#1d4ed8', shape: 'ellipse' },
  Symptom: { color: '#0f766e', shape: 'diamond' },
  Treatment: { color: '#15803d', shape: 'barrel' },
  Diagnostic: { color: '#475569', shape: 'rhomboid' },
  RedFlag: { color: URGENT_RED, shape: 'octagon' },
  BodyRegion: { color: '#9d174d', shape: 'cut-rectangle' },
};

export interface RelationStyle {
  color: string;
  line: 'solid' | 'dashed' | 'dotted';
  width: number;
  arrow: 'triangle' | 'tee' | 'vee' | 'circle';
  /** What the legend says the line means. */
  label: string;
}

export const RELATION_STYLES: Record<RelationType, RelationStyle> = {
  CAUSES: { color: '#374151', line: 'solid', width: 2.5, arrow: 'triangle', label: 'causes' },
  LEADS_TO: { color: '#1d4ed8', line: 'solid', width: 2.5, arrow: 'triangle', label: 'leads to' },
  RISK_FACTOR_FOR: { color: '#b45309', line: 'dashed', width: 2, arrow: 'triangle', label: 'risk factor for' },
  RELIEVES: { color: '#15803d', line: 'solid', width: 2, arrow: 'circle', label: 'relieves' },
  TARGETS: { color: '#15803d', line: 'dotted', width: 2, arrow: 'circle', label: 'targets' },
  PREVENTS: { color: '#0f766e', line: 'dashed', width: 2, arrow: 'circle', label: 'prevents' },
  SUGGESTS: { color: URGENT_RED, line: 'solid', width: 3.5, arrow: 'vee', label: 'suggests (urgent)' },
  DETECTS: { color: '#475569', line: 'dotted', width: 1.5, arrow: 'vee', label: 'detects' },
  AFFECTS: { color: '#9ca3af', line: 'dotted', width: 1, arrow: 'vee', label: 'affects region' },
  CAUTION: { color: '#c2410c', line: 'dashed', width: 3, arrow: 'tee', label: '⚠ caution: can cause or worsen' },
};

/** The one ink: the map's text and the page's. */
const INK = '#111827';

/** Colours for the states the map marks, shared by the stylesheet and the outline. */
export const MARK_COLORS = {
  focus: INK,
  path: '#f59e0b',
  highlight: '#0ea5e9',
  urgent: URGENT_RED,
} as const;

/**
 * The colours of the map's text and furniture, shared by the stylesheet and the first picture
 * (MapPicture), and by the page's stylesheet through src/app/theme.css.
 */
export const MAP_PAINT = {
  ink: INK,
  urgentInk: '#7f1d1d',
  titleInk: '#374151',
  paper: '#ffffff',
  controlFill: '#eef4fb',
  controlBorder: '#0b5cad',
  controlInk: '#0b4a8b',
  urgentGroupFill: '#fef2f2',
  cautionLabelFill: '#fff7ed',
} as const;

/**
 * How a hedged relation (every quote says only "may", "can", "some") is drawn over its type's
 * look: lighter and thinner, so it never looks as sure as a stated one; `highlighted` is its
 * look when the view highlights it, still short of a stated relation's.
 */
export const HEDGED_EDGE = {
  opacity: 0.5,
  width: 1.5,
  highlighted: { opacity: 0.7, width: 2.5 },
  label: 'lighter, thinner line: the sources only say it may',
} as const;

/**
 * How a placeholder for a condition the sources do not name is drawn, and a line to it: a dashed
 * box and a thin grey dotted line without an arrowhead, so it never reads as a link to a named condition.
 */
export const UNNAMED_LOOK = {
  border: 'dashed',
  line: { color: '#6b7280', width: 2, style: 'dotted' },
  label: 'grey dotted line: the sources do not name the condition',
} as const;

/** How strongly relations are drawn: a little faded, so boxes and labels read over them. */
export const EDGE_OPACITY = 0.8;
/** How strongly a relation marked `aside` (see toElements) is drawn: there, but behind the focus's story. */
export const ASIDE_OPACITY = 0.3;
