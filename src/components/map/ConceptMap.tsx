'use client';

import cytoscape, { type Core, type SingularElementArgument } from 'cytoscape';
import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { frameView } from '../../map/framing';
import { LANE_CONTROL_PREFIX, LANE_NEXT_PREFIX, type LaneAction } from '../../map/plan';
import type { MapElement } from './elements';
import { LayoutRefused, runForceLayout, type LayoutName, type RunningLayout } from './layouts';
import { mapStylesheet } from './stylesheet';
import { exposeToTests } from './test-hook';
import { MAP_PAINT } from './map-styles';

export interface ConceptMapHandle {
  /** A PNG data URL: the current view at twice its size, or the whole map 1920 px wide (slide size). */
  png(whole: boolean): Promise<string>;
  /** The whole map as an SVG document. */
  svg(): Promise<string>;
}

interface ConceptMapProps {
  elements: MapElement[];
  layout: LayoutName;
  /** Called with a concept's or relation's id when it is clicked or tapped. */
  onSelect(selection: { group: 'nodes' | 'edges'; id: string } | null): void;
  /** Called with a lane's key when one of its controls is chosen: "+N more" or a group opens or closes it, an opened lane's "+N more" shows its next page. */
  onLane?(lane: string, action: LaneAction): void;
  /** Called with the map's size on screen, which decides how much each lane shows. */
  onResize?(size: { width: number; height: number }): void;
  /** What must stay in view when the whole map cannot be shown at a readable size. */
  frameOn?: readonly string[];
  /** The closest a small map is framed; a projected map may come closer than the explorer's (framing.ts). */
  maxFrameZoom?: number;
  label: string;
  /** Called each time the map has laid out and framed its elements. */
  onDrawn?(): void;
  ref?: Ref<ConceptMapHandle>;
}

/**
 * Owns the Cytoscape instance and nothing else: creates it once, patches elements (and their
 * positions) by id in a batch when they change, frames the result, and destroys it on unmount.
 */
export function ConceptMap({ elements, layout, onSelect, onLane, onResize, onDrawn, frameOn = [], maxFrameZoom, label, ref }: ConceptMapProps) {
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const shape = useRef('');
  const running = useRef<RunningLayout | null>(null);
  const [cancel, setCancel] = useState<(() => void) | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const callbacks = useRef({ onSelect, onLane, onResize, onDrawn, frameOn, maxFrameZoom });
  callbacks.current = { onSelect, onLane, onResize, onDrawn, frameOn, maxFrameZoom };

  useEffect(() => {
    const host = container.current;
    // the container is rendered before effects run; without it there is nothing to draw in
    if (!host) return;
    const instance = cytoscape({ container: host, style: mapStylesheet(), minZoom: 0.05, maxZoom: 3, boxSelectionEnabled: false, autoungrabify: true });
    instance.on('tap', 'node, edge', (event) => {
      // the selector names what was tapped: a node or an edge
      const target: SingularElementArgument = event.target;
      const id = target.id();
      if (id.startsWith(LANE_CONTROL_PREFIX)) callbacks.current.onLane?.(id.slice(LANE_CONTROL_PREFIX.length), 'toggle');
      else if (id.startsWith(LANE_NEXT_PREFIX)) callbacks.current.onLane?.(id.slice(LANE_NEXT_PREFIX.length), 'next');
      else callbacks.current.onSelect({ group: target.isNode() ? 'nodes' : 'edges', id });
    });
    instance.on('tap', (event) => event.target === instance && callbacks.current.onSelect(null));
    cy.current = instance;
    exposeToTests(instance);
    const observer = new ResizeObserver(() => {
      instance.resize();
      callbacks.current.onResize?.({ width: host.clientWidth, height: host.clientHeight });
    });
    observer.observe(host);
    return () => {
      observer.disconnect();
      running.current?.cancel();
      instance.destroy();
      cy.current = null;
    };
  }, []);

  useEffect(() => {
    const instance = cy.current;
    const host = container.current;
    if (!instance || !host) return;
    const started = performance.now();
    const nextShape = patchElements(instance, elements, layout);
    const reshaped = nextShape !== shape.current;
    shape.current = nextShape;
    // a refused or cancelled force layout leaves the concepts at their lane places, framed and said so
    const finish = (problem?: string) => {
      frame(instance, callbacks.current.frameOn, callbacks.current.maxFrameZoom);
      // read by the browser tests and npm run bench:ui
      host.dataset.layoutMs = String(Math.round(performance.now() - started));
      host.dataset.layoutReady = 'true';
      if (problem) host.dataset.layoutRefused = problem;
      else delete host.dataset.layoutRefused;
      setProblem(problem ?? null);
      callbacks.current.onDrawn?.();
    };
    if (layout === 'layered' || !reshaped) return finish();
    host.dataset.layoutReady = 'false';
    running.current?.cancel();
    const current = runForceLayout(instance);
    running.current = current;
    setCancel(() => current.cancel);
    current.done.then(
      () => shape.current === nextShape && !instance.destroyed() && finish(),
      (error: Error) => shape.current === nextShape && !instance.destroyed() && finish(error instanceof LayoutRefused ? error.message : `The layout failed: ${error.message}`),
    ).finally(() => {
      if (running.current === current) running.current = null;
      setCancel((shown) => (running.current ? shown : null));
    });
  }, [elements, layout]);

  useImperativeHandle(ref, () => ({
    png: async (whole) => {
      const instance = await settled(exportable(cy.current));
      return whole
        ? instance.png({ full: true, maxWidth: 1920, bg: MAP_PAINT.paper, output: 'base64uri' })
        : instance.png({ full: false, scale: 2, bg: MAP_PAINT.paper, output: 'base64uri' });
    },
    svg: async () => {
      const [{ default: svg }, instance] = await Promise.all([import('cytoscape-svg'), settled(exportable(cy.current))]);
      // the extension adds `svg` to every map once registered
      if (!('svg' in instance)) cytoscape.use(svg);
      return instance.svg({ full: true, scale: 1, bg: MAP_PAINT.paper });
    },
  }));

  return (
    <>
      <div ref={container} className="concept-map" role="img" aria-label={label} data-layout-ready="false" data-engine="cytoscape" data-testid="concept-map" />
      {cancel ? (
        <p className="map-status" role="status">
          Arranging the free layout…{' '}
          <button type="button" onClick={cancel}>
            Cancel
          </button>
        </p>
      ) : problem ? (
        <p className="map-status" role="status">
          {problem}
        </p>
      ) : null}
    </>
  );
}

/**
 * Brings the map to `elements` by id, in one batch: what is no longer wanted is removed, what
 * stays takes its new data, classes and (in the lane layout) place, what is new is added. Returns
 * the map's shape, its layout and the ids it draws: a force layout runs again only when that changes.
 */
function patchElements(instance: Core, elements: readonly MapElement[], layout: LayoutName): string {
  const wanted = new Map(elements.map((element) => [element.data.id, element]));
  instance.batch(() => {
    instance.elements().forEach((element) => {
      if (!wanted.has(element.id())) element.remove();
    });
    for (const [id, element] of wanted) {
      const existing = instance.getElementById(id);
      if (existing.empty()) continue;
      existing.data(element.data);
      existing.classes(element.classes ?? '');
      if (layout === 'layered' && element.position) existing.position(element.position);
    }
    const firstDraw = instance.elements().empty();
    const added = instance.add(elements.filter((element) => instance.getElementById(element.data.id).empty()));
    // what a change adds fades in (see the stylesheet's transition), so a reveal reads as one;
    // the first drawing replaces a picture of the same map, so it is there at once
    if (!firstDraw) {
      added.addClass('entering');
      requestAnimationFrame(() => added.removeClass('entering'));
    }
  });
  return `${layout}|${[...wanted.keys()].sort().join(' ')}`;
}

/** The Cytoscape instance an export reads; asked for after the map is gone, it says so. */
function exportable(instance: Core | null): Core {
  if (!instance) throw new Error('The map is no longer on the page, so it cannot be exported: open the map again and export from there.');
  return instance;
}

/**
 * Resolves once the map is drawn as it stays: nothing still fading in and a frame painted, so
 * the edge geometry an SVG export reads exists. An export asked for before that would picture
 * concepts at no opacity, or fail on lines not yet routed.
 */
function settled(instance: Core): Promise<Core> {
  return new Promise((resolve) => {
    const painted = () => {
      instance.one('render', () => resolve(instance));
      instance.forceRender();
    };
    // a class change starts its transition a moment later: the map is still only after two quiet frames
    let quietFrames = 0;
    const check = () => {
      const moving = instance.elements('.entering').nonempty() || instance.elements().filter((element) => element.animated()).nonempty();
      quietFrames = moving ? 0 : quietFrames + 1;
      if (quietFrames >= 2) painted();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}

/** Frames the map as the first picture does (see framing.ts), from the boxes Cytoscape draws. */
function frame(instance: Core, frameOn: readonly string[], maxZoom?: number) {
  const boxOf = (element: SingularElementArgument) => element.boundingBox({ includeLabels: false, includeOverlays: false });
  const targets = frameOn.flatMap((id) => instance.getElementById(id).nodes().map(boxOf));
  // lines count too: one may pass round the outermost boxes
  const view = frameView(instance.elements().map(boxOf), targets, { width: instance.width(), height: instance.height() }, maxZoom);
  if (view) instance.viewport(view);
}
