'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import { frameView } from '../../map/framing';
import type { Box } from '../../map/geometry';
import { LABEL_FONT_PX, LABEL_WIDTH, LANE_GEOMETRY } from '../../map/lane-layout';
import { planBoxes, type LaneAction, type MapPlan, type PlannedConcept, type PlannedControl, type PlannedLine, type PlannedTitle } from '../../map/plan';
import type { MapSize, ScreenClass } from '../../map/screen-classes';
import { ASIDE_OPACITY, EDGE_OPACITY, HEDGED_EDGE, KIND_STYLES, UNNAMED_LOOK, MAP_PAINT, MARK_COLORS, RELATION_STYLES, type KindStyle } from './map-styles';

interface MapPictureProps {
  plan: MapPlan;
  label: string;
  frameOn: readonly string[];
  /** Before the map has measured itself: one picture per class of map size, the stylesheet showing the one that fits. */
  unmeasured?: readonly UnmeasuredPicture[];
  onSelect(selection: { group: 'nodes' | 'edges'; id: string } | null): void;
  onLane?(lane: string, action: LaneAction): void;
  onResize?(size: MapSize): void;
  /** Called on the first sign the reader wants more than the picture (pointer, wheel, touch); a pointer already over the picture when the page became interactive wakes it by moving. */
  onWake(): void;
}

/** The first picture as planned for one class of map size (SCREEN_CLASSES), before the map is measured. */
export interface UnmeasuredPicture {
  screen: ScreenClass;
  size: MapSize;
  plan: MapPlan;
}

const DASHES = { solid: undefined, dashed: '7 5', dotted: '2 4' } as const;

/**
 * The map's plan drawn as plain SVG, framed as Cytoscape frames it: the home route's first
 * picture, so it needs no map engine. The server draws it for every class of map size and the
 * page paints it with the HTML; once the map has measured itself it is drawn for that size
 * alone. Concepts, lines and lane controls answer clicks; the first pointer, wheel or touch on
 * it wakes the interactive map, which takes over in place.
 */
export function MapPicture({ plan, label, frameOn, unmeasured = [], onSelect, onLane, onResize, onWake }: MapPictureProps) {
  const container = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<MapSize | null>(null);
  const callbacks = useRef({ onResize });
  callbacks.current = { onResize };

  useEffect(() => {
    const host = container.current;
    if (!host) return;
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
      (size ? [{ screen: 'measured' as const, size, plan }] : unmeasured).flatMap((picture) => {
        const boxes = new Map<string, Box>([...picture.plan.concepts, ...picture.plan.controls].map((item) => [item.id, item.box]));
        const view = frameView(planBoxes(picture.plan), frameOn.flatMap((id) => boxes.get(id) ?? []), picture.size);
        return view ? [{ ...picture, view }] : [];
      }),
    [size, plan, unmeasured, frameOn],
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
      onClick={(event) => event.target instanceof SVGSVGElement && onSelect(null)}
    >
      {drawn.map(({ screen, size: planned, plan: picture, view }) => (
        <svg key={screen} data-screen={screen} viewBox={`0 0 ${planned.width} ${planned.height}`} aria-hidden="true">
          <defs>
            {Object.entries(RELATION_STYLES).map(([type, look]) => (
              <marker key={type} id={`arrow-${screen}-${type}`} viewBox="0 0 12 12" refX="11" refY="6" markerWidth="12" markerHeight="12" markerUnits="userSpaceOnUse" orient="auto">
                <ArrowHead shape={look.arrow} color={look.color} />
              </marker>
            ))}
          </defs>
          <g transform={`translate(${view.pan.x} ${view.pan.y}) scale(${view.zoom})`}>
            {picture.lines.map((line) => (
              <Line key={line.id} line={line} markers={screen} onClick={() => onSelect({ group: 'edges', id: line.id })} />
            ))}
            {picture.titles.map((title) => (
              <Title key={title.id} title={title} />
            ))}
            {picture.controls.map((control) => (
              <Control key={control.id} control={control} onClick={() => onLane?.(control.lane, control.action)} />
            ))}
            {picture.concepts.map((concept) => (
              <Concept key={concept.id} concept={concept} onClick={() => onSelect({ group: 'nodes', id: concept.id })} />
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

/** A relation through its planned points, as Cytoscape draws it; a wide invisible stroke makes its middle easy to click. */
function Line({ line, markers, onClick }: { line: PlannedLine; markers: string; onClick(): void }) {
  const look = RELATION_STYLES[line.type];
  const colour = line.path ? MARK_COLORS.path : line.unnamed ? UNNAMED_LOOK.line.color : look.color;
  const d = line.points.map((point, index) => `${index === 0 ? 'M' : 'L'}${point.x} ${point.y}`).join(' ');
  // as the stylesheet layers them: the path mark over a highlight over aside over hedged
  const plain = { opacity: line.strength === 'faint' ? ASIDE_OPACITY : line.hedged ? HEDGED_EDGE.opacity : EDGE_OPACITY, width: line.unnamed ? UNNAMED_LOOK.line.width : line.hedged ? HEDGED_EDGE.width : look.width };
  const highlighted = line.hedged ? HEDGED_EDGE.highlighted : { opacity: 1, width: 3.5 };
  const stroke = line.path ? { opacity: 1, width: 6 } : line.highlighted ? highlighted : plain;
  return (
    <g opacity={stroke.opacity} className="map-picture-line" data-id={line.id} onClick={onClick}>
      <path d={d} fill="none" stroke="transparent" strokeWidth={12} />
      <path
        d={d}
        fill="none"
        stroke={colour}
        strokeWidth={stroke.width}
        strokeDasharray={DASHES[line.unnamed ? UNNAMED_LOOK.line.style : look.line]}
        markerEnd={line.unnamed ? undefined : `url(#arrow-${markers}-${line.type})`}
      />
      {line.label ? (
        <text x={line.label.at.x} y={line.label.at.y} textAnchor="middle" dominantBaseline="central" fontSize={13} fill={line.type === 'CAUTION' ? look.color : MAP_PAINT.ink} stroke={MAP_PAINT.paper} strokeWidth={4} paintOrder="stroke">
          {line.label.text}
        </text>
      ) : null}
    </g>
  );
}

/** The outline of a kind's shape, centred on 0,0. */
/** How a box's outline is painted; every SVG shape takes these. */
interface Paint {
  fill: string;
  stroke: string;
  strokeWidth: number;
  strokeDasharray?: string;
}

function Outline({ shape, width: w, height: h, ...paint }: { shape: KindStyle['shape']; width: number; height: number } & Paint) {
  const [x, y] = [w / 2, h / 2];
  const polygon = (points: [number, number][]) => <polygon points={points.map(([px, py]) => `${px * x},${py * y}`).join(' ')} {...paint} />;
  switch (shape) {
    case 'ellipse':
      return <ellipse rx={x} ry={y} {...paint} />;
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
      return <polygon points={`${-x + cut},${-y} ${x - cut},${-y} ${x},${-y + cut} ${x},${y - cut} ${x - cut},${y} ${-x + cut},${y} ${-x},${y - cut} ${-x},${-y + cut}`} {...paint} />;
    }
    case 'barrel':
      return <rect x={-x} y={-y} width={w} height={h} rx={w * 0.12} ry={h * 0.3} {...paint} />;
    default:
      return <rect x={-x} y={-y} width={w} height={h} rx={Math.min(w, h) / 4} {...paint} />;
  }
}

/** A concept's label keeps this room on each side, so it wraps to LABEL_WIDTH as in Cytoscape. */
const CONCEPT_INSET = (LANE_GEOMETRY.nodeWidth - LABEL_WIDTH) / 2;

/** A box's label, wrapped inside it as Cytoscape wraps it. */
function Label({ box, text, color, size = LABEL_FONT_PX, weight = 600, inset = CONCEPT_INSET, centred = false }: { box: Box; text: string; color: string; size?: number; weight?: number; inset?: number; centred?: boolean }) {
  const [width, height] = [box.x2 - box.x1, box.y2 - box.y1];
  return (
    <foreignObject x={-width / 2} y={-height / 2} width={width} height={height}>
      <div className="map-picture-label" style={{ color, fontSize: size, fontWeight: weight, padding: `0 ${inset}px`, justifyContent: centred ? 'center' : undefined }}>
        {text}
      </div>
    </foreignObject>
  );
}

const at = (box: Box) => `translate(${(box.x1 + box.x2) / 2} ${(box.y1 + box.y2) / 2})`;

function Title({ title }: { title: PlannedTitle }) {
  return (
    <g transform={at(title.box)} data-id={title.id}>
      <Label box={title.box} text={title.label} color={MAP_PAINT.titleInk} weight={700} inset={0} centred />
    </g>
  );
}

function Control({ control, onClick }: { control: PlannedControl; onClick(): void }) {
  const { box, urgent } = control;
  return (
    <g transform={at(box)} className="map-picture-node" data-id={control.id} onClick={onClick}>
      <Outline shape="round-rectangle" width={box.x2 - box.x1} height={box.y2 - box.y1} fill={urgent ? MAP_PAINT.urgentGroupFill : MAP_PAINT.controlFill} stroke={urgent ? MARK_COLORS.urgent : MAP_PAINT.controlBorder} strokeWidth={urgent ? 3 : 2} strokeDasharray={urgent ? undefined : '6 4'} />
      <Label box={box} text={control.label} color={urgent ? MAP_PAINT.urgentInk : MAP_PAINT.controlInk} inset={8} />
    </g>
  );
}

/** A concept, drawn as the stylesheet draws it: the focus dark, others outlined in their kind's shape and colour. */
function Concept({ concept, onClick }: { concept: PlannedConcept; onClick(): void }) {
  const { box } = concept;
  const [width, height] = [box.x2 - box.x1, box.y2 - box.y1];
  if (concept.focus) {
    return (
      <g transform={at(box)} className="map-picture-node" data-id={concept.id} onClick={onClick}>
        <Outline shape="round-rectangle" width={width} height={height} fill={MARK_COLORS.focus} stroke={MARK_COLORS.focus} strokeWidth={3} />
        <Label box={box} text={concept.label} color={MAP_PAINT.paper} size={LABEL_FONT_PX + 3} weight={800} inset={10} />
      </g>
    );
  }
  const stroke = concept.path ? MARK_COLORS.path : concept.highlighted ? MARK_COLORS.highlight : concept.urgent ? MARK_COLORS.urgent : KIND_STYLES[concept.kind].color;
  const strokeWidth = concept.path ? 6 : concept.highlighted || concept.urgent ? 5 : 3;
  return (
    <g transform={at(box)} className="map-picture-node" data-id={concept.id} onClick={onClick}>
      <Outline
        shape={KIND_STYLES[concept.kind].shape}
        width={width}
        height={height}
        fill={MAP_PAINT.paper}
        stroke={stroke}
        strokeWidth={strokeWidth}
        strokeDasharray={concept.unspecified ? DASHES[UNNAMED_LOOK.border] : undefined}
      />
      <Label box={box} text={concept.label} color={concept.urgent ? MAP_PAINT.urgentInk : MAP_PAINT.ink} />
    </g>
  );
}
