'use client';

import type { ElementDefinition } from 'cytoscape';
import { useEffect, useMemo, useRef, useState } from 'react';
import { isConceptKind, isRelationType } from '../../domain';
import { LANE_CONTROL_PREFIX } from './elements';
import { drawnSize, frameView, hasClass, nodeBox, type Box } from './framing';
import { LABEL_FONT_PX } from './lane-layout';
import type { MapSize, ScreenClass } from './screen-classes';
import { ASIDE_OPACITY, EDGE_OPACITY, HEDGED_EDGE, KIND_STYLES, UNNAMED_LOOK, MAP_PAINT, MARK_COLORS, RELATION_STYLES, type KindStyle } from './map-styles';

interface MapPictureProps {
  elements: ElementDefinition[];
  label: string;
  frameOn: readonly string[];
  /** Before the map has measured itself: one picture per class of map size, the stylesheet showing the one that fits. */
  unmeasured?: readonly UnmeasuredPicture[];
  onSelect(selection: { group: 'nodes'; id: string } | null): void;
  onLane?(lane: string): void;
  onResize?(size: MapSize): void;
  /** Called on the first sign the reader wants more than the picture (pointer, wheel, touch); a pointer already over the picture when the page became interactive wakes it by moving. */
  onWake(): void;
}

/** The first picture as planned for one class of map size (SCREEN_CLASSES), before the map is measured. */
export interface UnmeasuredPicture {
  screen: ScreenClass;
  size: MapSize;
  elements: ElementDefinition[];
}

const DASHES = { solid: undefined, dashed: '7 5', dotted: '2 4' } as const;

/**
 * The lane layout drawn as plain SVG, from the same elements and framing Cytoscape gets: the
 * home route's first picture, so it needs no map engine. The server draws it for every class of
 * map size and the page paints it with the HTML; once the map has measured itself it is drawn
 * for that size alone. Concepts and lane controls answer clicks; the first pointer, wheel or
 * touch on it wakes the interactive map, which takes over in place.
 */
export function MapPicture({ elements, label, frameOn, unmeasured = [], onSelect, onLane, onResize, onWake }: MapPictureProps) {
  const container = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<MapSize | null>(null);
  const callbacks = useRef({ onResize });
  callbacks.current = { onResize };

  useEffect(() => {
    const host = container.current!;
    const observer = new ResizeObserver(() => {
      const measured = { width: host.clientWidth, height: host.clientHeight };
      // a picture being replaced is measured once more, detached, at 0 × 0: nothing to plan for
      if (!host.isConnected || measured.width === 0) return;
      setSize(measured);
      callbacks.current.onResize?.(measured);
    });
    observer.observe(host);
    return () => observer.disconnect();
  }, []);

  // each plan framed for its own size; one with nothing to frame is not drawn
  const drawn = useMemo(
    () =>
      (size ? [{ screen: 'measured' as const, size, elements }] : unmeasured).flatMap((plan) => {
        const nodes = plan.elements.filter((element) => element.group === 'nodes' && element.position);
        const boxes = new Map(nodes.map((node) => [node.data.id!, nodeBox(node)]));
        const view = frameView([...boxes.values()], frameOn.flatMap((id) => boxes.get(id) ?? []), plan.size);
        return view ? [{ ...plan, nodes, boxes, view }] : [];
      }),
    [size, elements, unmeasured, frameOn],
  );

  return (
    <div
      ref={container}
      className="concept-map map-picture"
      role="img"
      aria-label={label}
      data-testid="concept-map"
      data-engine="svg"
      data-layout-ready={drawn.length > 0 ? 'true' : 'false'}
      onPointerEnter={onWake}
      onPointerMove={onWake}
      onPointerDown={onWake}
      onWheel={onWake}
      onTouchStart={onWake}
      onClick={(event) => (event.target as Element).tagName === 'svg' && onSelect(null)}
    >
      {drawn.map(({ screen, size: planned, elements: planElements, nodes, boxes, view }) => (
        <svg key={screen} data-screen={screen} viewBox={`0 0 ${planned.width} ${planned.height}`} aria-hidden="true">
          <defs>
            {Object.entries(RELATION_STYLES).map(([type, look]) => (
              <marker key={type} id={`arrow-${screen}-${type}`} viewBox="0 0 12 12" refX="11" refY="6" markerWidth="12" markerHeight="12" markerUnits="userSpaceOnUse" orient="auto">
                <ArrowHead shape={look.arrow} color={look.color} />
              </marker>
            ))}
          </defs>
          <g transform={`translate(${view.pan.x} ${view.pan.y}) scale(${view.zoom})`}>
            {planElements
              .filter((element) => element.group === 'edges')
              .map((edge) => (
                <Arrow key={edge.data.id} edge={edge} from={boxes.get(edge.data.source as string)} to={boxes.get(edge.data.target as string)} markers={screen} />
              ))}
            {nodes.map((node) => (
              <Node
                key={node.data.id}
                node={node}
                onClick={() => {
                  const id = node.data.id!;
                  if (id.startsWith(LANE_CONTROL_PREFIX)) onLane?.(id.slice(LANE_CONTROL_PREFIX.length));
                  else if (hasClass(node, 'concept')) onSelect({ group: 'nodes', id });
                }}
              />
            ))}
          </g>
        </svg>
      ))}
    </div>
  );
}

function ArrowHead({ shape, color }: { shape: (typeof RELATION_STYLES)[keyof typeof RELATION_STYLES]['arrow']; color: string }) {
  if (shape === 'circle') return <circle cx="7" cy="6" r="4" fill={color} />;
  if (shape === 'tee') return <rect x="9" y="1" width="3" height="10" fill={color} />;
  if (shape === 'vee') return <path d="M1 1 L12 6 L1 11 L5 6 Z" fill={color} />;
  return <path d="M0 1 L12 6 L0 11 Z" fill={color} />;
}

/** Where the line from a box's centre towards `towards` leaves the box. */
function exitPoint(box: Box, towards: { x: number; y: number }) {
  const centre = { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
  const dx = towards.x - centre.x;
  const dy = towards.y - centre.y;
  const scale = Math.min(dx === 0 ? Infinity : (box.x2 - box.x1) / 2 / Math.abs(dx), dy === 0 ? Infinity : (box.y2 - box.y1) / 2 / Math.abs(dy), 1);
  return { x: centre.x + dx * scale, y: centre.y + dy * scale };
}

/** A relation: straight between its boxes, or bending back over the flow when it closes a loop, as the stylesheet draws it. */
function Arrow({ edge, from, to, markers }: { edge: ElementDefinition; from?: Box; to?: Box; markers: string }) {
  const type = edge.data.type as string;
  if (!from || !to || !isRelationType(type)) return null;
  const look = RELATION_STYLES[type];
  const centre = (box: Box) => ({ x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 });
  const [a, b] = [centre(from), centre(to)];
  const loop = hasClass(edge, 'loop');
  const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  // the stylesheet's loop bend: a control point 90 units to the left of the arrow's middle
  const control = { x: (a.x + b.x) / 2 + (90 * (b.y - a.y)) / length, y: (a.y + b.y) / 2 - (90 * (b.x - a.x)) / length };
  const start = exitPoint(from, loop ? control : b);
  const end = exitPoint(to, loop ? control : a);
  const marked = hasClass(edge, 'path');
  const unnamed = hasClass(edge, 'unnamed');
  const colour = marked ? MARK_COLORS.path : unnamed ? UNNAMED_LOOK.line.color : look.color;
  const middle = loop ? { x: (start.x + 2 * control.x + end.x) / 4, y: (start.y + 2 * control.y + end.y) / 4 } : { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 };
  const text = loop ? '↺ loop' : type === 'CAUTION' ? '⚠' : null;
  // as the stylesheet layers them: the path mark over a highlight over aside over hedged
  const hedged = hasClass(edge, 'hedged');
  const plain = { opacity: hasClass(edge, 'aside') ? ASIDE_OPACITY : hedged ? HEDGED_EDGE.opacity : EDGE_OPACITY, width: unnamed ? UNNAMED_LOOK.line.width : hedged ? HEDGED_EDGE.width : look.width };
  const highlighted = hedged ? HEDGED_EDGE.highlighted : { opacity: 1, width: look.width };
  const stroke = marked ? { opacity: 1, width: 6 } : hasClass(edge, 'highlighted') ? highlighted : plain;
  return (
    <g opacity={stroke.opacity}>
      <path
        d={loop ? `M${start.x} ${start.y} Q${control.x} ${control.y} ${end.x} ${end.y}` : `M${start.x} ${start.y} L${end.x} ${end.y}`}
        fill="none"
        stroke={colour}
        strokeWidth={stroke.width}
        strokeDasharray={DASHES[unnamed ? UNNAMED_LOOK.line.style : look.line]}
        markerEnd={unnamed ? undefined : `url(#arrow-${markers}-${type})`}
      />
      {text ? (
        <text x={middle.x} y={middle.y} textAnchor="middle" dominantBaseline="central" fontSize={13} fill={type === 'CAUTION' ? look.color : MAP_PAINT.ink} stroke={MAP_PAINT.paper} strokeWidth={4} paintOrder="stroke">
          {text}
        </text>
      ) : null}
    </g>
  );
}

/** The outline of a kind's shape, centred on 0,0. */
function Outline({ shape, width: w, height: h, ...paint }: { shape: KindStyle['shape']; width: number; height: number } & React.SVGProps<SVGPathElement>) {
  const [x, y] = [w / 2, h / 2];
  const polygon = (points: [number, number][]) => <polygon points={points.map(([px, py]) => `${px * x},${py * y}`).join(' ')} {...(paint as React.SVGProps<SVGPolygonElement>)} />;
  switch (shape) {
    case 'ellipse':
      return <ellipse rx={x} ry={y} {...(paint as React.SVGProps<SVGEllipseElement>)} />;
    case 'diamond':
      return polygon([[0, -1], [1, 0], [0, 1], [-1, 0]]);
    case 'hexagon':
      return polygon([[-1, 0], [-0.5, -1], [0.5, -1], [1, 0], [0.5, 1], [-0.5, 1]]);
    case 'rhomboid':
      return polygon([[-1, -1], [1 / 3, -1], [1, 1], [-1 / 3, 1]]);
    case 'octagon':
      return polygon([[-1, -0.4], [-0.4, -1], [0.4, -1], [1, -0.4], [1, 0.4], [0.4, 1], [-0.4, 1], [-1, 0.4]]);
    case 'cut-rectangle': {
      const cut = 8;
      return <polygon points={`${-x + cut},${-y} ${x - cut},${-y} ${x},${-y + cut} ${x},${y - cut} ${x - cut},${y} ${-x + cut},${y} ${-x},${y - cut} ${-x},${-y + cut}`} {...(paint as React.SVGProps<SVGPolygonElement>)} />;
    }
    case 'barrel':
      return <rect x={-x} y={-y} width={w} height={h} rx={w * 0.12} ry={h * 0.3} {...(paint as React.SVGProps<SVGRectElement>)} />;
    default:
      return <rect x={-x} y={-y} width={w} height={h} rx={Math.min(w, h) / 4} {...(paint as React.SVGProps<SVGRectElement>)} />;
  }
}

/** A concept, a lane title or a lane's control, drawn as the stylesheet draws it. */
function Node({ node, onClick }: { node: ElementDefinition; onClick(): void }) {
  const { width, height } = drawnSize(node);
  const { x, y } = node.position!;
  const kind = node.data.kind as string;
  const is = (name: string) => hasClass(node, name);
  const text: { color: string; size: number; weight: number; inset: number } = { color: MAP_PAINT.ink, size: LABEL_FONT_PX, weight: 600, inset: 11 };
  let outline: React.ReactNode = null;
  if (is('lane-title')) {
    Object.assign(text, { color: MAP_PAINT.titleInk, weight: 700, inset: 0 });
  } else if (is('lane-control')) {
    const urgent = is('urgent-group');
    Object.assign(text, { color: urgent ? MAP_PAINT.urgentInk : MAP_PAINT.controlInk, inset: 8 });
    outline = <Outline shape="round-rectangle" width={width} height={height} fill={urgent ? MAP_PAINT.urgentGroupFill : MAP_PAINT.controlFill} stroke={urgent ? MARK_COLORS.urgent : MAP_PAINT.controlBorder} strokeWidth={urgent ? 3 : 2} strokeDasharray={urgent ? undefined : '6 4'} />;
  } else if (is('focus')) {
    Object.assign(text, { color: MAP_PAINT.paper, size: LABEL_FONT_PX + 3, weight: 800, inset: 10 });
    outline = <Outline shape="round-rectangle" width={width} height={height} fill={MARK_COLORS.focus} stroke={MARK_COLORS.focus} strokeWidth={3} />;
  } else if (isConceptKind(kind)) {
    const urgent = Boolean(node.data.urgent);
    if (urgent) text.color = MAP_PAINT.urgentInk;
    const stroke = is('path') ? MARK_COLORS.path : is('highlighted') ? MARK_COLORS.highlight : urgent ? MARK_COLORS.urgent : KIND_STYLES[kind].color;
    const strokeWidth = is('path') ? 6 : is('highlighted') || urgent ? 5 : 3;
    outline = <Outline shape={KIND_STYLES[kind].shape} width={width} height={height} fill={MAP_PAINT.paper} stroke={stroke} strokeWidth={strokeWidth} strokeDasharray={is('unspecified') ? DASHES[UNNAMED_LOOK.border] : undefined} />;
  }
  const clickable = is('concept') || is('lane-control');
  return (
    <g transform={`translate(${x} ${y})`} className={clickable ? 'map-picture-node' : undefined} data-id={node.data.id} onClick={clickable ? onClick : undefined}>
      {outline}
      <foreignObject x={-width / 2} y={-height / 2} width={width} height={height}>
        <div
          className="map-picture-label"
          style={{ color: text.color, fontSize: text.size, fontWeight: text.weight, padding: `0 ${text.inset}px`, justifyContent: is('lane-title') ? 'center' : undefined }}
        >
          {node.data.label as string}
        </div>
      </foreignObject>
    </g>
  );
}
