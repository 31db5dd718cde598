import type { ElementDefinition } from 'cytoscape';
import { LANE_GEOMETRY, READABLE_ZOOM } from './lane-layout';

/** A box in model space. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

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

function union(boxes: readonly Box[]): Box {
  return {
    x1: Math.min(...boxes.map((box) => box.x1)),
    y1: Math.min(...boxes.map((box) => box.y1)),
    x2: Math.max(...boxes.map((box) => box.x2)),
    y2: Math.max(...boxes.map((box) => box.y2)),
  };
}

/** A node's size as the stylesheet draws it: lane titles carry theirs, the focus is larger, every other box is a lane slot. */
export function drawnSize(element: ElementDefinition): { width: number; height: number } {
  const G = LANE_GEOMETRY;
  if (hasClass(element, 'lane-title')) return { width: element.data.width as number, height: element.data.height as number };
  if (hasClass(element, 'focus')) return { width: G.focusWidth, height: G.focusHeight };
  return { width: G.nodeWidth, height: G.nodeHeight };
}

/** A placed node's box (model space), from its element definition. */
export function nodeBox(element: ElementDefinition): Box {
  const { x, y } = element.position!;
  const { width, height } = drawnSize(element);
  return { x1: x - width / 2, y1: y - height / 2, x2: x + width / 2, y2: y + height / 2 };
}

export function hasClass(element: ElementDefinition, name: string): boolean {
  const classes = element.classes ?? [];
  return (typeof classes === 'string' ? classes.split(' ') : classes).includes(name);
}
