import type { LayoutOptions, NodeSingular } from 'cytoscape';

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
    'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
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

/** The layouts to run in order for each choice. */
export const LAYOUTS: Record<LayoutName, LayoutOptions[]> = {
  layered: [layered],
  force: [forceStart, force],
};

export function isLayoutName(value: string | null): value is LayoutName {
  return (LAYOUT_NAMES as readonly string[]).includes(value ?? '');
}
