import type { StylesheetJson } from 'cytoscape';
import { CONCEPT_KIND_NAMES, RELATION_TYPE_NAMES } from '../../domain';
import { KIND_STYLES, MARK_COLORS, RELATION_STYLES } from './map-styles';

/** The Cytoscape stylesheet: plain data derived from the kind and relation style tables. */
export function mapStylesheet(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
        'font-size': 13,
        color: '#111827',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '130px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle',
        width: 30,
        height: 30,
        'border-width': 2,
        'border-color': '#ffffff',
        'transition-property': 'opacity',
        'transition-duration': 0.45,
      },
    },
    ...CONCEPT_KIND_NAMES.map((kind) => ({
      selector: `node[kind = "${kind}"]`,
      style: { 'background-color': KIND_STYLES[kind].color, shape: KIND_STYLES[kind].shape },
    })),
    {
      selector: 'node[?urgent]',
      style: { 'border-width': 5, 'border-color': MARK_COLORS.urgent, 'border-style': 'double', width: 38, height: 38, 'font-weight': 'bold' },
    },
    { selector: 'node[kind = "RedFlag"]', style: { width: 42, height: 42, color: '#7f1d1d' } },
    {
      selector: 'edge',
      style: {
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 1.2,
        opacity: 0.85,
        'transition-property': 'opacity',
        'transition-duration': 0.45,
      },
    },
    ...RELATION_TYPE_NAMES.map((type) => {
      const look = RELATION_STYLES[type];
      return {
        selector: `edge[type = "${type}"]`,
        style: { 'line-color': look.color, 'target-arrow-color': look.color, 'line-style': look.line, width: look.width, 'target-arrow-shape': look.arrow },
      };
    }),
    { selector: 'edge[type = "CAUTION"]', style: { label: '⚠', 'font-size': 16, color: RELATION_STYLES.CAUTION.color, 'text-background-color': '#fff7ed', 'text-background-opacity': 1 } },
    { selector: '.faded', style: { opacity: 0.25 } },
    { selector: '.entering', style: { opacity: 0 } },
    { selector: 'node.highlighted', style: { 'border-color': MARK_COLORS.highlight, 'border-width': 4 } },
    { selector: 'edge.highlighted', style: { opacity: 1, width: 3.5 } },
    { selector: 'node.path', style: { 'border-color': MARK_COLORS.path, 'border-width': 6, 'border-style': 'solid' } },
    { selector: 'edge.path', style: { 'line-color': MARK_COLORS.path, 'target-arrow-color': MARK_COLORS.path, width: 6, opacity: 1, 'z-index': 10 } },
    { selector: 'node.focus', style: { 'border-color': MARK_COLORS.focus, 'border-width': 5, width: 44, height: 44, 'font-size': 15, 'font-weight': 'bold' } },
    { selector: ':selected', style: { 'overlay-color': MARK_COLORS.highlight, 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
  ];
}
