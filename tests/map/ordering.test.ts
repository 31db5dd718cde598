import { describe, expect, it } from 'vitest';
import { crossingsAmong } from '../../src/map/geometry';
import { laneLayout, type LaneLayout } from '../../src/map/lane-layout';
import type { MapData } from '../../src/map/model';
import { orderWithinLanes } from '../../src/map/ordering';

const node = (id: string, kind: 'Cause' | 'Mechanism' | 'Symptom') => ({ id, name: id, kind, urgent: false, unspecified: false });
// two causes, each leading to one of two mechanisms, in the order that crosses them
const crossed: MapData = {
  nodes: [node('a-cause', 'Cause'), node('b-cause', 'Cause'), node('x-mech', 'Mechanism'), node('y-mech', 'Mechanism'), node('spasm', 'Symptom')],
  edges: [
    { id: 'a>y', type: 'CAUSES', from: 'a-cause', to: 'y-mech' },
    { id: 'b>x', type: 'CAUSES', from: 'b-cause', to: 'x-mech' },
    { id: 'x>s', type: 'LEADS_TO', from: 'x-mech', to: 'spasm' },
    { id: 'y>s', type: 'LEADS_TO', from: 'y-mech', to: 'spasm' },
  ],
};
const straight = (layout: LaneLayout) => {
  const at = new Map(layout.nodes.map((placed) => [placed.node.id, { x: placed.x, y: placed.y }]));
  return crossingsAmong(layout.edges.map((edge) => ({ id: edge.id, from: edge.from, to: edge.to, points: [at.get(edge.from)!, at.get(edge.to)!] })));
};

describe('ordering concepts within their lanes', () => {
  it('puts linked concepts opposite each other, so their lines do not cross, keeping each lane in its slots', () => {
    const layout = laneLayout(crossed, { focus: 'spasm', viewport: { width: 1200, height: 800 }, open: 'all' });
    expect(straight(layout)).toBe(1);
    const ordered = orderWithinLanes(layout, layout.edges, straight);
    expect(straight(ordered)).toBe(0);
    const slots = (l: LaneLayout) => l.nodes.map((placed) => `${placed.lane}:${placed.x},${placed.y}`).sort();
    expect(slots(ordered)).toEqual(slots(layout));
  });
});
