'use client';

import dynamic from 'next/dynamic';
import { useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState, type ComponentProps } from 'react';
import type { MapPlan } from '../../map/plan';
import type { ConceptMap as ConceptMapType, ConceptMapHandle } from './ConceptMap';
import { toElements } from './elements';
import { MapPicture, type UnmeasuredPicture } from './MapPicture';

/** Cytoscape and its extensions touch `window` when loaded, so the interactive map renders in the browser only. */
const ConceptMap = dynamic(() => import('./ConceptMap').then((module) => module.ConceptMap), { ssr: false });

type MapViewProps = Omit<ComponentProps<typeof ConceptMapType>, 'ref' | 'onDrawn' | 'elements'> & {
  ref?: React.Ref<ConceptMapHandle>;
  /** The picture both renderers draw. */
  plan: MapPlan;
  /** The first picture per class of map size, until the map has measured itself (MapPicture). */
  unmeasured?: readonly UnmeasuredPicture[];
};

/**
 * The explorer's map. The lanes are first drawn as plain SVG (MapPicture), so the first picture
 * needs no map engine; Cytoscape is loaded on the first sign of interaction (pointer, wheel,
 * touch), an export, or a layout only it can run, and replaces the picture once it has drawn.
 */
export function MapView({ ref, unmeasured, plan, ...props }: MapViewProps) {
  const elements = useMemo(() => toElements(plan), [plan]);
  const needsEngine = props.layout !== 'layered';
  const [live, setLive] = useState(needsEngine);
  const [drawn, setDrawn] = useState(false);
  const engine = useRef<ConceptMapHandle>(null);
  const waiting = useRef<(() => void)[]>([]);
  const wake = useCallback(() => setLive(true), []);
  useEffect(() => {
    if (needsEngine) setLive(true);
  }, [needsEngine]);

  const onDrawn = useCallback(() => {
    setDrawn(true);
    for (const resolve of waiting.current.splice(0)) resolve();
  }, []);
  /** The interactive map, once it has drawn: exports need it. */
  const ready = useCallback(async () => {
    if (!engine.current || !drawn) {
      setLive(true);
      await new Promise<void>((resolve) => waiting.current.push(resolve));
    }
    if (!engine.current) throw new Error('The interactive map did not start, so there is nothing to export yet: try again once the map has drawn.');
    return engine.current;
  }, [drawn]);

  useImperativeHandle(ref, () => ({
    png: async (whole) => (await ready()).png(whole),
    svg: async () => (await ready()).svg(),
  }));

  return (
    <>
      {live ? <ConceptMap ref={engine} {...props} elements={elements} onDrawn={onDrawn} /> : null}
      {drawn ? null : <MapPicture {...props} plan={plan} frameOn={props.frameOn ?? []} unmeasured={unmeasured} onWake={wake} />}
    </>
  );
}
