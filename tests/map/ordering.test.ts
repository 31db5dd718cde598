import { describe, expect, it } from 'vitest';
import { crossingsAmong } from '../../src/map/geometry';
import { LANE_GEOMETRY, laneLayout, type LaneLayout } from '../../src/map/lane-layout';
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

describe('small moves after the sweeps', () => {
  // five causes of one mechanism, which a short column draws in the middle of the flow
  const fan: MapData = {
    nodes: [...['c1', 'c2', 'c3', 'c4', 'c5'].map((id) => node(id, 'Cause')), node('mech', 'Mechanism'), node('spasm', 'Symptom')],
    edges: [...['c1', 'c2', 'c3', 'c4', 'c5'].map((id) => ({ id: `${id}>m`, type: 'CAUSES' as const, from: id, to: 'mech' })), { id: 'm>s', type: 'LEADS_TO', from: 'mech', to: 'spasm' }],
  };
  const y = (layout: LaneLayout, id: string) => layout.nodes.find((placed) => placed.node.id === id)!.y;

  it('moves a short column up or down the map, whole, when its lines then cross fewer others', () => {
    const layout = laneLayout(fan, { focus: 'spasm', viewport: { width: 1200, height: 800 }, open: 'all' });
    // a count that is lowest with the mechanism level with the first cause
    const ordered = orderWithinLanes(layout, layout.edges, (candidate) => Math.round(Math.abs(y(candidate, 'mech') - y(candidate, 'c1'))));
    expect(y(ordered, 'mech')).toBe(y(ordered, 'c1'));
    expect(ordered.nodes.filter((placed) => placed.lane.startsWith('step')).map((placed) => placed.y).sort()).toEqual(
      layout.nodes.filter((placed) => placed.lane.startsWith('step')).map((placed) => placed.y).sort(),
    );
  });

  it('lets the focus leave the middle of the flow by two slots at most', () => {
    const layout = laneLayout(fan, { focus: 'spasm', viewport: { width: 1200, height: 800 }, open: 'all' });
    const pitch = LANE_GEOMETRY.nodeHeight + LANE_GEOMETRY.rowGap;
    // a count that would have the focus as low as it can go
    const ordered = orderWithinLanes(layout, layout.edges, (candidate) => Math.round(1000 - y(candidate, 'spasm')));
    expect(y(ordered, 'spasm') - y(layout, 'spasm')).toBe(2 * pitch);
  });
});
