import type { Core, LayoutOptions } from 'cytoscape';

/**
 * The map's layouts. `layered` is the focus-centred lane view (positions come from
 * lane-layout.ts, no layout engine is loaded); `force` loads fcose on demand, so the first
 * page never ships it.
 */
export const LAYOUT_NAMES = ['layered', 'force'] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

export const LAYOUT_LABELS: Record<LayoutName, string> = {
  layered: 'Cause → effect lanes',
  force: 'Free (force-directed)',
};

/**
 * fcose grows roughly with the square of the view (minutes at 5,000 concepts, see
 * npm run bench:ui); above this many it is refused rather than freezing the page.
 */
export const FORCE_MAX_NODES = 1500;

export function isLayoutName(value: string | null): value is LayoutName {
  return (LAYOUT_NAMES as readonly string[]).includes(value ?? '');
}

/** Why a layout was not run, fit to show. */
export class LayoutRefused extends Error {}

let fcoseLoaded: Promise<void> | null = null;

/** Runs the force-directed layout on the map's concepts, loading fcose the first time. */
export async function runForceLayout(cy: Core, cytoscape: { use(extension: unknown): void }): Promise<void> {
  const nodes = cy.nodes();
  if (nodes.length > FORCE_MAX_NODES) {
    throw new LayoutRefused(
      `The free layout is limited to ${FORCE_MAX_NODES.toLocaleString('en')} concepts and this view holds ${nodes.length.toLocaleString('en')}. Use the cause → effect lanes, or narrow the filters.`,
    );
  }
  fcoseLoaded ??= import('cytoscape-fcose').then(({ default: fcose }) => cytoscape.use(fcose));
  await fcoseLoaded;
  // from a grid in id order (not random positions), so it settles the same way each time
  const start = { name: 'grid', fit: false, avoidOverlap: true, sort: (a: { id(): string }, b: { id(): string }) => (a.id() < b.id() ? -1 : 1) } as LayoutOptions;
  const force = { name: 'fcose', quality: 'default', randomize: false, animate: false, fit: false, nodeDimensionsIncludeLabels: true, idealEdgeLength: 140, nodeRepulsion: 12000 } as unknown as LayoutOptions;
  for (const options of [start, force]) {
    const layout = nodes.layout(options);
    const done = layout.promiseOn('layoutstop');
    layout.run();
    await done;
  }
}
