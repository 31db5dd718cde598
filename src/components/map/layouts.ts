import type { Core } from 'cytoscape';
import type { ForcePositions } from './force-positions';

/**
 * The map's layouts. `layered` is the focus-centred lane view (positions come from
 * lane-layout.ts, no layout engine is loaded); `force` runs fcose in a Web Worker, so the first
 * page never ships it and the page stays responsive while it runs.
 */
export const LAYOUT_NAMES = ['layered', 'force'] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

export const LAYOUT_LABELS: Record<LayoutName, string> = {
  layered: 'Cause → effect lanes',
  force: 'Free (force-directed)',
};

/**
 * fcose grows roughly with the square of the view (minutes at 5,000 concepts, see
 * npm run bench:ui); above this many it is refused rather than keeping the reader waiting.
 */
export const FORCE_MAX_NODES = 1500;

export function isLayoutName(value: string | null): value is LayoutName {
  return LAYOUT_NAMES.some((name) => name === value);
}

/** Why a layout was not run or not finished, fit to show. */
export class LayoutRefused extends Error {}

export interface RunningLayout {
  /** Resolves once the positions are applied; rejects with LayoutRefused when refused or cancelled. */
  done: Promise<void>;
  cancel(): void;
}

/** Starts the force-directed layout of the map's concepts in a Web Worker; the concepts keep their places until it answers. */
export function runForceLayout(cy: Core): RunningLayout {
  const nodes = cy.nodes();
  if (nodes.length > FORCE_MAX_NODES) {
    const refused = new LayoutRefused(
      `The free layout is limited to ${FORCE_MAX_NODES.toLocaleString('en')} concepts and this view holds ${nodes.length.toLocaleString('en')}. Use the cause → effect lanes, or narrow the filters.`,
    );
    return { done: Promise.reject(refused), cancel: () => undefined };
  }
  const worker = new Worker(new URL('./force-layout.worker.ts', import.meta.url));
  let cancel: () => void = () => undefined;
  const done = new Promise<void>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<{ positions?: ForcePositions; error?: string }>) => {
      worker.terminate();
      const { positions, error } = event.data;
      if (!positions) return reject(new Error(error));
      if (!cy.destroyed()) cy.batch(() => Object.entries(positions).forEach(([id, position]) => cy.getElementById(id).position(position)));
      resolve();
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message));
    };
    cancel = () => {
      worker.terminate();
      reject(new LayoutRefused('The free layout was cancelled: the concepts keep their lane places. Choose it again to retry, or narrow the view first.'));
    };
  });
  worker.postMessage({
    nodes: nodes.map((node) => ({ id: node.id(), width: node.outerWidth(), height: node.outerHeight() })),
    edges: cy.edges().map((edge) => ({ id: edge.id(), source: edge.source().id(), target: edge.target().id() })),
  });
  return { done, cancel: () => cancel() };
}
