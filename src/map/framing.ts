import { union, type Box } from './geometry';
import { READABLE_ZOOM } from './lane-layout';

export interface MapViewport {
  zoom: number;
  pan: { x: number; y: number };
}

/** Closer than this, a small map's boxes look oversized beside the explorer's panels; the map is centred instead. */
const MAX_FRAME_ZOOM = 1.3;
const FRAME_PADDING = 16;

/**
 * Frames the map afresh every time, so the view never depends on the previous zoom: the whole
 * map when it fits at a readable size, otherwise readable and centred on what matters
 * (`targets`). Shared by the first picture and by Cytoscape, so the two frame alike.
 */
export function frameView(boxes: readonly Box[], targets: readonly Box[], size: { width: number; height: number }, maxZoom = MAX_FRAME_ZOOM): MapViewport | null {
  if (boxes.length === 0 || size.width === 0 || size.height === 0) return null;
  const all = union(boxes);
  const fit = Math.min((size.width - 2 * FRAME_PADDING) / Math.max(1, all.x2 - all.x1), (size.height - 2 * FRAME_PADDING) / Math.max(1, all.y2 - all.y1));
  const zoom = Math.min(maxZoom, Math.max(READABLE_ZOOM, fit));
  const centreOn = zoom > fit && targets.length > 0 ? union(targets) : all;
  return {
    zoom,
    pan: { x: size.width / 2 - zoom * ((centreOn.x1 + centreOn.x2) / 2), y: size.height / 2 - zoom * ((centreOn.y1 + centreOn.y2) / 2) },
  };
}
