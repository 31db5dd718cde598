'use client';

import cytoscape from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import { laneLayout } from '../../map/lane-layout';
import { planMap } from '../../map/plan';
import { toElements } from '../map/elements';
import { mapStylesheet } from '../map/stylesheet';
import type { StepSnapshotSpec } from './step-snapshot';
import { MAP_PAINT } from '../map/map-styles';

/** The lanes are planned for a picture about 17 cm wide, so its labels print readably. */
const SNAPSHOT_VIEWPORT = { width: 680, height: 520 };

/** Tall pictures (a red flag and seven conditions in one column) are scaled to about 15 cm, half an A4 page or a bit more. */
const MAX_HEIGHT = 560;

type Snapshot = { status: 'drawing' } | { status: 'drawn'; src: string; width: number } | { status: 'empty' } | { status: 'failed'; message: string };

interface StepSnapshotProps {
  spec: StepSnapshotSpec;
  /** Called once the picture is drawn, or could not be: printing waits for every step. */
  onSettled(): void;
}

/**
 * A step's map as a still picture: a read-only Cytoscape draws the step with the map's
 * lane layout and stylesheet, is exported to a PNG and destroyed. A printer gets an
 * ordinary image instead of a canvas that might print blank or before its layout has run.
 */
export function StepSnapshot({ spec, onSettled }: StepSnapshotProps) {
  const container = useRef<HTMLDivElement>(null);
  const [snapshot, setSnapshot] = useState<Snapshot>({ status: 'drawing' });
  const settled = useRef(onSettled);
  settled.current = onSettled;

  useEffect(() => {
    if (spec.data.nodes.length === 0) {
      setSnapshot({ status: 'empty' });
      settled.current();
      return;
    }
    const cy = cytoscape({
      container: container.current,
      elements: toElements(planMap(laneLayout(spec.data, { focus: null, viewport: SNAPSHOT_VIEWPORT, open: 'all' }), spec.marks, { sayOnce: false })),
      style: mapStylesheet(),
      layout: { name: 'preset' },
      userZoomingEnabled: false,
      userPanningEnabled: false,
      autoungrabify: true,
      autounselectify: true,
      boxSelectionEnabled: false,
    });
    let cancelled = false;
    const draw = async (): Promise<Snapshot> => {
      // Labels drawn before the font is ready would be measured with the fallback font.
      await document.fonts.ready;
      const box = cy.elements().boundingBox();
      const src = cy.png({ full: true, scale: 2, bg: MAP_PAINT.paper, output: 'base64uri' });
      return { status: 'drawn', src, width: Math.round(Math.min(box.w, (box.w * MAX_HEIGHT) / box.h)) };
    };
    draw()
      .catch((error: Error): Snapshot => ({ status: 'failed', message: error.message }))
      .then((result) => {
        if (cancelled) return;
        cy.destroy();
        setSnapshot(result);
        settled.current();
      });
    return () => {
      cancelled = true;
      if (!cy.destroyed()) cy.destroy();
    };
  }, [spec]);

  return (
    <figure className="step-snapshot" data-snapshot={snapshot.status}>
      {snapshot.status === 'drawing' ? (
        <>
          <p className="snapshot-status" role="status">
            Drawing the map of this step…
          </p>
          <div ref={container} className="snapshot-canvas" aria-hidden="true" />
        </>
      ) : null}
      {/* eslint-disable-next-line @next/next/no-img-element -- a PNG drawn in this browser: next/image has nothing to fetch or resize */}
      {snapshot.status === 'drawn' ? <img src={snapshot.src} alt={spec.description} style={{ width: snapshot.width }} className="snapshot-image" /> : null}
      {snapshot.status === 'empty' ? <p className="snapshot-status">This step draws no concept.</p> : null}
      {snapshot.status === 'failed' ? (
        <p className="snapshot-status" role="alert">
          The map of this step could not be drawn ({snapshot.message}); its concepts and relations are listed below.
        </p>
      ) : null}
      {spec.caption ? <figcaption>{spec.caption}</figcaption> : null}
    </figure>
  );
}
