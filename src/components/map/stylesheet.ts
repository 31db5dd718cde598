import type { EdgeSingular, StylesheetJson } from 'cytoscape';
import { CONCEPT_KIND_NAMES, RELATION_TYPE_NAMES } from '../../domain';
import { LABEL_FONT_PX, LABEL_WIDTH, LANE_GEOMETRY } from '../../map/lane-layout';
import { ASIDE_OPACITY, EDGE_OPACITY, HEDGED_EDGE, KIND_STYLES, UNNAMED_LOOK, MAP_PAINT, MARK_COLORS, RELATION_STYLES } from './map-styles';

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

/**
 * The Cytoscape stylesheet: plain data derived from the kind and relation style tables.
 * Concepts are boxes with their name inside, drawn at the lane layout's sizes, so labels never
 * sit on top of arrows or of each other. Later rules win: what marks an element (highlight,
 * path, focus) comes after how its kind or type looks.
 */
export function mapStylesheet(): StylesheetJson {
  return [...conceptRules(), ...furnitureRules(), ...lineRules(), ...markRules()];
}

/** Concepts: a box at the lane layout's size, its border in its kind's colour and shape. */
function conceptRules(): StylesheetJson {
  const G = LANE_GEOMETRY;
  return [
    {
      selector: 'node.concept',
      style: {
        label: 'data(label)',
        'font-family': FONT,
        'font-size': LABEL_FONT_PX,
        'font-weight': 600,
        color: MAP_PAINT.ink,
        'text-valign': 'center',
        'text-halign': 'center',
        'text-wrap': 'wrap',
        'text-max-width': `${LABEL_WIDTH}px`,
        width: G.nodeWidth,
        // the plan's height: a band's long names get taller boxes
        height: 'data(height)',
        'background-color': MAP_PAINT.paper,
        'border-width': 3,
        'transition-property': 'opacity',
        'transition-duration': 0.45,
      },
    },
    ...CONCEPT_KIND_NAMES.map((kind) => ({
      selector: `node.concept[kind = "${kind}"]`,
      style: { 'border-color': KIND_STYLES[kind].color, shape: KIND_STYLES[kind].shape },
    })),
    { selector: 'node.concept[?urgent]', style: { 'border-width': 5, 'border-color': MARK_COLORS.urgent, 'border-style': 'double', color: MAP_PAINT.urgentInk } },
    { selector: 'node.concept.unspecified', style: { 'border-style': UNNAMED_LOOK.border } },
  ];
}

/** The map's furniture: lane titles, and the "+N more" and red-flag group controls. */
function furnitureRules(): StylesheetJson {
  const G = LANE_GEOMETRY;
  return [
    {
      selector: 'node.lane-title',
      style: {
        label: 'data(label)',
        shape: 'rectangle',
        width: 'data(width)',
        height: 'data(height)',
        'background-opacity': 0,
        'border-width': 0,
        'font-family': FONT,
        'font-size': LABEL_FONT_PX,
        'font-weight': 700,
        color: MAP_PAINT.titleInk,
        'text-valign': 'center',
        'text-wrap': 'wrap',
        'text-max-width': 'data(width)',
        'line-height': 1.15,
        events: 'no',
      },
    },
    {
      selector: 'node.lane-control',
      style: {
        label: 'data(label)',
        shape: 'round-rectangle',
        width: G.nodeWidth,
        height: G.nodeHeight,
        'background-color': MAP_PAINT.controlFill,
        'border-width': 2,
        'border-style': 'dashed',
        'border-color': MAP_PAINT.controlBorder,
        'font-family': FONT,
        'font-size': LABEL_FONT_PX,
        'font-weight': 600,
        color: MAP_PAINT.controlInk,
        'text-valign': 'center',
        'text-wrap': 'wrap',
        'text-max-width': `${G.nodeWidth - 16}px`,
      },
    },
    {
      selector: 'node.urgent-group',
      style: { 'background-color': MAP_PAINT.urgentGroupFill, 'border-color': MARK_COLORS.urgent, 'border-style': 'solid', 'border-width': 3, color: MAP_PAINT.urgentInk },
    },
  ];
}

/** Lines: their planned bends, each relation type's colour, dash and arrow, and the words some carry. */
function lineRules(): StylesheetJson {
  return [
    {
      selector: 'edge',
      style: {
        // a line's bends come from the plan (toElements); one without bends runs straight
        'curve-style': 'straight',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 1.2,
        opacity: EDGE_OPACITY,
        'transition-property': 'opacity',
        'transition-duration': 0.45,
      },
    },
    // a line's bends, planned in src/map/plan.ts, measured from the line between its ends' centres
    { selector: 'edge.routed', style: { 'curve-style': 'segments', 'edge-distances': 'node-position', 'segment-weights': 'data(weights)', 'segment-distances': 'data(distances)' } },
    ...RELATION_TYPE_NAMES.map((type) => {
      const look = RELATION_STYLES[type];
      return {
        selector: `edge[type = "${type}"]`,
        style: { 'line-color': look.color, 'target-arrow-color': look.color, 'line-style': look.line, width: look.width, 'target-arrow-shape': look.arrow },
      };
    }),
    // An arrow closing a stated loop runs back against the flow, labelled, so it reads as a loop and not as a cause running backwards.
    {
      selector: 'edge.loop',
      style: {
        label: '↺ loop',
        'font-size': 13,
        'text-background-color': MAP_PAINT.paper,
        'text-background-opacity': 1,
      },
    },
    { selector: 'edge[type = "CAUTION"]', style: { label: '⚠', 'font-size': 16, color: RELATION_STYLES.CAUTION.color, 'text-background-color': MAP_PAINT.cautionLabelFill, 'text-background-opacity': 1 } },
    { selector: 'edge.hedged', style: { opacity: HEDGED_EDGE.opacity, width: HEDGED_EDGE.width } },
    {
      selector: 'edge.unnamed',
      style: { 'line-color': UNNAMED_LOOK.line.color, 'line-style': UNNAMED_LOOK.line.style, width: UNNAMED_LOOK.line.width, 'target-arrow-shape': 'none' },
    },
    // a line's word sits where the plan put it, clear of the others (Cytoscape would put it on the middle bend)
    { selector: 'edge.label-moved', style: { 'text-margin-x': (edge: EdgeSingular) => Number(edge.data('labelX')), 'text-margin-y': (edge: EdgeSingular) => Number(edge.data('labelY')) } },
    { selector: 'edge.aside', style: { opacity: ASIDE_OPACITY } },
  ];
}

/** What marks elements whatever their kind: fading, highlight, path, focus, selection. */
function markRules(): StylesheetJson {
  const G = LANE_GEOMETRY;
  return [
    { selector: '.faded', style: { opacity: 0.25 } },
    { selector: '.entering', style: { opacity: 0 } },
    { selector: 'node.highlighted', style: { 'border-color': MARK_COLORS.highlight, 'border-width': 5 } },
    { selector: 'edge.highlighted', style: { opacity: 1, width: 3.5 } },
    { selector: 'edge.hedged.highlighted', style: HEDGED_EDGE.highlighted },
    { selector: 'node.path', style: { 'border-color': MARK_COLORS.path, 'border-width': 6, 'border-style': 'solid' } },
    { selector: 'edge.path', style: { 'line-color': MARK_COLORS.path, 'target-arrow-color': MARK_COLORS.path, width: 6, opacity: 1, 'z-index': 10 } },
    {
      selector: 'node.focus',
      // whatever its kind, the focus is the one dark box on the map
      style: {
        shape: 'round-rectangle',
        'background-color': MARK_COLORS.focus,
        'border-color': MARK_COLORS.focus,
        color: MAP_PAINT.paper,
        width: G.focusWidth,
        height: G.focusHeight,
        'font-size': LABEL_FONT_PX + 3,
        'font-weight': 800,
        'text-max-width': `${G.focusWidth - 20}px`,
      },
    },
    { selector: ':selected', style: { 'overlay-color': MARK_COLORS.highlight, 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
  ];
}
