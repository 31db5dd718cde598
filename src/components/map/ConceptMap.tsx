'use client';

import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import elk from 'cytoscape-elk';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { layoutsFor, type LayoutName } from './layouts';
import { mapStylesheet } from './stylesheet';

cytoscape.use(elk);
cytoscape.use(fcose);
cytoscape.use(svg);

export interface ConceptMapHandle {
  /** The whole map as a PNG data URL, at twice screen resolution. */
  png(): string;
  /** The whole map as an SVG document. */
  svg(): string;
  /** Pans and zooms to these elements. */
  center(ids: readonly string[]): void;
}

interface ConceptMapProps {
  elements: ElementDefinition[];
  layout: LayoutName;
  /** Called with a node's or edge's id when it is clicked or tapped. */
  onSelect(selection: { group: 'nodes' | 'edges'; id: string } | null): void;
  label: string;
  ref?: Ref<ConceptMapHandle>;
}

/**
 * Owns the Cytoscape instance and nothing else: creates it once, patches elements by id in
 * a batch when they change, reruns the layout when the set of elements or the layout
 * changes, and destroys it on unmount.
 */
export function ConceptMap({ elements, layout, onSelect, label, ref }: ConceptMapProps) {
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const shape = useRef('');
  /** Layouts run one after another: a new view waits for the one being laid out. */
  const layouts = useRef<Promise<void>>(Promise.resolve());
  const select = useRef(onSelect);
  select.current = onSelect;

  useEffect(() => {
    const instance = cytoscape({
      container: container.current,
      style: mapStylesheet(),
      minZoom: 0.15,
      maxZoom: 3,
      boxSelectionEnabled: false,
    });
    instance.on('tap', 'node, edge', (event) => select.current({ group: event.target.isNode() ? 'nodes' : 'edges', id: event.target.id() }));
    instance.on('tap', (event) => event.target === instance && select.current(null));
    cy.current = instance;
    (window as unknown as { spasmAtlasMap?: Core }).spasmAtlasMap = instance;
    return () => {
      instance.destroy();
      cy.current = null;
    };
  }, []);

  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    const wanted = new Map(elements.map((element) => [element.data.id!, element]));
    instance.batch(() => {
      instance.elements().forEach((element) => {
        if (!wanted.has(element.id())) element.remove();
      });
      for (const [id, element] of wanted) {
        const existing = instance.getElementById(id);
        if (existing.nonempty()) {
          existing.data(element.data);
          existing.classes(element.classes ?? '');
        }
      }
      const added = instance.add(elements.filter((element) => instance.getElementById(element.data.id!).empty()));
      // new elements fade in (see the stylesheet's transition), so a reveal reads as one
      added.addClass('entering');
      requestAnimationFrame(() => added.removeClass('entering'));
    });
    const nextShape = `${layout}|${[...wanted.keys()].sort().join(' ')}`;
    if (nextShape === shape.current) return;
    shape.current = nextShape;
    const host = container.current!;
    host.dataset.layoutReady = 'false';
    layouts.current = layouts.current
      .then(async () => {
        if (shape.current !== nextShape) return;
        const started = performance.now();
        await runLayouts(instance, layout);
        // read by npm run bench:ui
        host.dataset.layoutMs = String(Math.round(performance.now() - started));
      })
      .catch((error: unknown) => console.error('The map layout failed:', error))
      .finally(() => {
        if (cy.current === instance && shape.current === nextShape) host.dataset.layoutReady = 'true';
      });
  }, [elements, layout]);

  useImperativeHandle(ref, () => ({
    png: () => cy.current!.png({ full: true, scale: 2, bg: '#ffffff', output: 'base64uri' }),
    svg: () => cy.current!.svg({ full: true, scale: 1, bg: '#ffffff' }),
    center: (ids) => {
      const instance = cy.current;
      if (!instance) return;
      const targets = ids.reduce((found, id) => found.union(instance.getElementById(id)), instance.collection());
      if (targets.nonempty()) instance.animate({ fit: { eles: targets, padding: 60 } }, { duration: 300 });
    },
  }));

  return <div ref={container} className="concept-map" role="img" aria-label={label} data-layout-ready="false" data-testid="concept-map" />;
}

/** Below this zoom labels cannot be read; a larger map is shown from its focus and panned. */
const READABLE_ZOOM = 0.65;

async function runLayouts(instance: Core, name: LayoutName): Promise<void> {
  for (const options of layoutsFor(name, instance)) {
    if (instance.destroyed() || instance.elements().empty()) return;
    const layout = instance.elements().layout(options);
    const done = layout.promiseOn('layoutstop');
    layout.run();
    await done;
  }
  if (instance.destroyed() || instance.zoom() >= READABLE_ZOOM) return;
  const focus = instance.$('node.focus');
  instance.zoom(READABLE_ZOOM);
  instance.center(focus.nonempty() ? focus : undefined);
}
