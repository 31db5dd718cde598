import cytoscape, { type GridLayoutOptions, type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';

/** What the force layout needs of a map: each box's size, and which boxes are linked. */
export interface ForceLayoutRequest {
  nodes: { id: string; width: number; height: number }[];
  edges: { id: string; source: string; target: string }[];
}

export type ForcePositions = Record<string, { x: number; y: number }>;

let registered = false;

/**
 * The force-directed (fcose) positions of a map's boxes, computed on a headless Cytoscape, which
 * needs no DOM: the page runs it in a Web Worker (force-layout.worker.ts), npm run bench:ui in Node.
 * It starts from a grid in id order (not random positions), so it settles the same way each time.
 */
export async function forcePositions(request: ForceLayoutRequest): Promise<ForcePositions> {
  if (!registered) cytoscape.use(fcose);
  registered = true;
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(width)', height: 'data(height)' } }],
    elements: [
      ...request.nodes.map((node) => ({ group: 'nodes' as const, data: node })),
      ...request.edges.map((edge) => ({ group: 'edges' as const, data: edge })),
    ],
  });
  const start: GridLayoutOptions = { name: 'grid', fit: false, avoidOverlap: true, sort: (a, b) => (a.id() < b.id() ? -1 : 1) };
  const force = { name: 'fcose', quality: 'default', randomize: false, animate: false, fit: false, idealEdgeLength: 140, nodeRepulsion: 12000 } as unknown as LayoutOptions;
  for (const options of [start, force]) {
    const layout = cy.layout(options);
    const done = layout.promiseOn('layoutstop');
    layout.run();
    await done;
  }
  const positions = Object.fromEntries(cy.nodes().map((node) => [node.id(), { ...node.position() }]));
  cy.destroy();
  return positions;
}
