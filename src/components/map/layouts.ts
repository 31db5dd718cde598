import type { Core, LayoutOptions, NodeSingular } from 'cytoscape';
import { columnPositions } from './column-positions';

/**
 * The map's layouts, as Cytoscape layout options. Both are deterministic: the same view
 * always gives the same picture.
 */
export const LAYOUT_NAMES = ['layered', 'force'] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

export const LAYOUT_LABELS: Record<LayoutName, string> = {
  layered: 'Cause → effect (layered)',
  force: 'Free (force-directed)',
};

/**
 * Left to right by kind, in the domain table's layer order (causes, conditions, mechanisms,
 * symptoms, treatments…): ELK's layered algorithm with one partition per layer.
 */
const layered = {
  name: 'elk',
  fit: true,
  padding: 30,
  animate: false,
  nodeDimensionsIncludeLabels: true,
  nodeLayoutOptions: (node: NodeSingular) => ({ 'elk.partitioning.partition': node.data('layer') as number }),
  elk: {
    algorithm: 'layered',
    'elk.direction': 'RIGHT',
    'elk.partitioning.activate': true,
    'elk.layered.spacing.nodeNodeBetweenLayers': 90,
    'elk.spacing.nodeNode': 24,
    'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
    'elk.layered.thoroughness': 2,
    'elk.randomSeed': 1,
  },
} as unknown as LayoutOptions;

/** fcose from a grid in id order (not random positions), so it settles the same way each time. */
const force = {
  name: 'fcose',
  quality: 'default',
  randomize: false,
  animate: false,
  fit: true,
  padding: 30,
  nodeDimensionsIncludeLabels: true,
  idealEdgeLength: 110,
  nodeRepulsion: 9000,
} as unknown as LayoutOptions;

const forceStart: LayoutOptions = { name: 'grid', fit: false, avoidOverlap: true, sort: (a, b) => (a.id() < b.id() ? -1 : 1) } as LayoutOptions;

/**
 * ELK gives the most readable layered picture but grows slowly with size (seconds at a few
 * hundred nodes, see npm run bench:ui); above this many nodes the layered view uses the
 * linear column layout instead.
 */
export const ELK_MAX_NODES = 300;

function columns(cy: Core): LayoutOptions {
  const positions = columnPositions(
    cy.nodes().map((n) => ({ id: n.id(), layer: n.data('layer') as number })),
    cy.edges().map((e) => ({ source: e.source().id(), target: e.target().id() })),
  );
  return { name: 'preset', fit: true, padding: 30, positions: (node: NodeSingular) => positions.get(node.id())! } as LayoutOptions;
}

/** The layouts to run in order for a choice, given what the map holds. */
export function layoutsFor(name: LayoutName, cy: Core): LayoutOptions[] {
  if (name === 'force') return [forceStart, force];
  return [cy.nodes().length > ELK_MAX_NODES ? columns(cy) : layered];
}

export function isLayoutName(value: string | null): value is LayoutName {
  return (LAYOUT_NAMES as readonly string[]).includes(value ?? '');
}
