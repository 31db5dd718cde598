import type { ElementDefinition } from 'cytoscape';
import { centreOf, type Point } from '../../map/geometry';
import type { MapPlan, PlannedLine } from '../../map/plan';

/**
 * The map's plan as Cytoscape elements: each box at its planned place and size, each line
 * through its planned bends (a `segments` edge whose weights and distances, in its data, put
 * Cytoscape's bends exactly on the plan's), lane titles and "+N more" controls as furniture. Pure, so it is
 * tested without a browser.
 */
/** A Cytoscape element as the plan makes it: always with an id, by which the map patches what changed. */
export type MapElement = ElementDefinition & { data: { id: string } };

export function toElements(plan: MapPlan): MapElement[] {
  const centres = new Map([...plan.concepts.map((concept) => [concept.id, centreOf(concept.box)] as const)]);
  return [
    ...plan.titles.map((title) => ({
      group: 'nodes' as const,
      data: { id: title.id, label: title.label, width: title.box.x2 - title.box.x1, height: title.box.y2 - title.box.y1 },
      position: centreOf(title.box),
      classes: 'lane-title',
      selectable: false,
      grabbable: false,
    })),
    ...plan.controls.map((control) => ({
      group: 'nodes' as const,
      data: { id: control.id, label: control.label, lane: control.lane },
      position: centreOf(control.box),
      classes: control.urgent ? 'lane-control urgent-group' : 'lane-control',
      grabbable: false,
    })),
    ...plan.concepts.map((concept) => ({
      group: 'nodes' as const,
      data: { id: concept.id, label: concept.label, kind: concept.kind, urgent: concept.urgent, lane: concept.lane, height: concept.box.y2 - concept.box.y1 },
      position: centreOf(concept.box),
      classes: ['concept', concept.unspecified && 'unspecified', concept.focus && 'focus', concept.highlighted && 'highlighted', concept.path && 'path'].filter(Boolean).join(' '),
    })),
    ...plan.lines.map((line) => {
      const bends = line.points.slice(1, -1);
      const [source, target] = [centres.get(line.from), centres.get(line.to)];
      const routed = bends.length > 0 && source && target;
      const label = line.label && routed ? labelOffset(line, bends) : null;
      return {
        group: 'edges' as const,
        data: {
          id: line.id,
          source: line.from,
          target: line.to,
          type: line.type,
          ...(routed ? segmentsOf(bends, source, target) : {}),
          ...(label ? { labelX: label.x, labelY: label.y } : {}),
        },
        classes: [routed && 'routed', line.loop && 'loop', line.strength === 'faint' && 'aside', line.hedged && 'hedged', line.unnamed && 'unnamed', line.highlighted && 'highlighted', line.path && 'path', label && 'label-moved'].filter(Boolean).join(' '),
      };
    }),
  ];
}

/**
 * Cytoscape's segment weights and distances for bends, measured from the line between the two
 * ends' centres (`edge-distances: node-position`): a weight along it, a distance across it.
 */
function segmentsOf(bends: readonly Point[], source: Point, target: Point) {
  const dx = target.x - source.x;
  const dy = target.y - source.y;
  const length = Math.hypot(dx, dy) || 1;
  return {
    weights: bends.map((bend) => ((bend.x - source.x) * dx + (bend.y - source.y) * dy) / (length * length)),
    distances: bends.map((bend) => ((bend.x - source.x) * -dy + (bend.y - source.y) * dx) / length),
  };
}

/** How far the plan moved a line's label from where Cytoscape puts it (the middle bend, or halfway between the two middle ones). */
function labelOffset(line: PlannedLine, bends: readonly Point[]): Point | null {
  const middle = Math.floor(bends.length / 2);
  const [before, after] = [bends[middle - 1], bends[middle]];
  if (!line.label || !after) return null;
  const at = bends.length % 2 === 1 || !before ? after : { x: (before.x + after.x) / 2, y: (before.y + after.y) / 2 };
  return { x: line.label.at.x - at.x, y: line.label.at.y - at.y };
}
