import { describe, expect, it } from 'vitest';
import { crossingsAmong, linesBehindBoxes } from '../../src/map/geometry';
import { laneLayout } from '../../src/map/lane-layout';
import { mergeMapData, type MapData } from '../../src/map/model';
import { planMap, type MapPlan } from '../../src/map/plan';
import { concept as node, relation, shortcutChain } from './map-data';

const data: MapData = {
  nodes: [
    { id: 'heavy-lifting', name: 'Heavy lifting', kind: 'Cause', urgent: false, unspecified: false },
    { id: 'muscle-strain', name: 'Muscle strain', kind: 'Mechanism', urgent: false, unspecified: false },
    { id: 'bladder', name: 'Loss of bladder control', kind: 'RedFlag', urgent: true, unspecified: false },
  ],
  edges: [
    { id: 'heavy-lifting>CAUSES>muscle-strain', type: 'CAUSES', from: 'heavy-lifting', to: 'muscle-strain' },
    { id: 'x>CAUSES>nowhere', type: 'CAUSES', from: 'x', to: 'nowhere' },
  ],
};

const everything = (marks = {}) => planMap(laneLayout(data, { focus: null, viewport: { width: 1200, height: 800 }, open: 'all' }), marks);
const concept = (plan: MapPlan, id: string) => plan.concepts.find((item) => item.id === id)!;

/** Every box a line must not pass behind, as the bench and the browser tests count them. */
const obstacles = (plan: MapPlan) => [...plan.concepts, ...plan.controls, ...plan.titles].map(({ id, box }) => ({ id, box }));

describe('the map plan', () => {
  it('places concepts, lane titles and relations whose ends are drawn', () => {
    const plan = everything();
    expect(plan.concepts.map((item) => item.id).sort()).toEqual(['bladder', 'heavy-lifting', 'muscle-strain']);
    expect(plan.lines.map((line) => line.id)).toEqual(['heavy-lifting>CAUSES>muscle-strain']);
    expect(plan.titles.map((title) => title.label)).toEqual(['Red flags: see a doctor now', 'Causes, conditions & risk factors', 'Mechanisms']);
    expect(concept(plan, 'heavy-lifting').box.x2).toBeLessThan(concept(plan, 'muscle-strain').box.x1);
  });

  it('marks urgent concepts in their label and the focus, highlight and path on their items', () => {
    const plan = everything({ focus: 'heavy-lifting', highlighted: new Set(['muscle-strain']), path: new Set(['heavy-lifting>CAUSES>muscle-strain']) });
    expect(concept(plan, 'bladder').label).toBe('⚠ Loss of bladder control');
    expect(concept(plan, 'heavy-lifting')).toMatchObject({ focus: true, highlighted: false });
    expect(concept(plan, 'muscle-strain')).toMatchObject({ focus: false, highlighted: true });
    expect(plan.lines[0]).toMatchObject({ path: true });
  });

  it('starts and ends each line at the edge of its two boxes', () => {
    const plan = everything();
    const line = plan.lines[0]!;
    const [from, to] = [concept(plan, 'heavy-lifting').box, concept(plan, 'muscle-strain').box];
    expect(line.points[0]!.x).toBeCloseTo(from.x2);
    expect(line.points.at(-1)!.x).toBeCloseTo(to.x1);
  });

  it('titles neighbouring lanes of one kind once, across both columns', () => {
    const chain: MapData = {
      nodes: [
        { id: 'lifting', name: 'Heavy lifting', kind: 'Cause', urgent: false, unspecified: false },
        { id: 'strain', name: 'Muscle strain', kind: 'Mechanism', urgent: false, unspecified: false },
        { id: 'guarding', name: 'Protective guarding', kind: 'Mechanism', urgent: false, unspecified: false },
        { id: 'spasm', name: 'Back muscle spasm', kind: 'Symptom', urgent: false, unspecified: false },
      ],
      edges: [
        { id: 'lifting>CAUSES>strain', type: 'CAUSES', from: 'lifting', to: 'strain' },
        { id: 'strain>LEADS_TO>guarding', type: 'LEADS_TO', from: 'strain', to: 'guarding' },
        { id: 'guarding>CAUSES>spasm', type: 'CAUSES', from: 'guarding', to: 'spasm' },
      ],
    };
    const layout = laneLayout(chain, { focus: 'spasm', viewport: { width: 1400, height: 800 }, open: 'all' });
    const mechanismLanes = layout.lanes.filter((lane) => lane.title === 'Mechanisms');
    expect(mechanismLanes).toHaveLength(2);
    const titles = planMap(layout).titles;
    expect(titles.map((title) => title.label)).toEqual(['Causes, conditions & risk factors', 'Mechanisms', 'In focus']);
    const mechanisms = titles.find((title) => title.label === 'Mechanisms')!;
    const [left, right] = [Math.min(...mechanismLanes.map((lane) => lane.x)), Math.max(...mechanismLanes.map((lane) => lane.x + lane.width))];
    expect(mechanisms.box.x1).toBe(left);
    expect(mechanisms.box.x2).toBe(right);
  });

  const helped: MapData = {
    nodes: [node('strain', 'Muscle strain', 'Mechanism'), node('spasm', 'Back muscle spasm', 'Symptom'), node('heat', 'Heat therapy', 'Treatment')],
    edges: [relation('strain', 'CAUSES', 'spasm'), relation('heat', 'RELIEVES', 'spasm'), relation('heat', 'TARGETS', 'strain')],
  };
  const helpedLayout = laneLayout(helped, { focus: 'spasm', viewport: { width: 1200, height: 800 }, open: 'all' });

  it('leaves what helps away from the focus for when one of its ends is chosen, and draws it faint in a tour', () => {
    const home = planMap(helpedLayout, { focus: 'spasm' });
    expect(home.lines.map((line) => line.id).sort()).toEqual(['heat>RELIEVES>spasm', 'strain>CAUSES>spasm']);
    expect(home.waiting).toEqual(['heat>TARGETS>strain']);
    expect(planMap(helpedLayout, { focus: 'spasm', selected: 'heat' }).lines.find((line) => line.id === 'heat>TARGETS>strain')).toMatchObject({ strength: 'strong' });
    expect(planMap(helpedLayout, { focus: 'spasm' }, { sayOnce: false }).lines.find((line) => line.id === 'heat>TARGETS>strain')).toMatchObject({ strength: 'faint' });
  });

  it('routes a line from a band concept to the focus around every other box', () => {
    const plan = planMap(helpedLayout, { focus: 'spasm', selected: 'heat' });
    const lines = plan.lines.map(({ id, from, to, points }) => ({ id, from, to, points }));
    expect(linesBehindBoxes(lines, obstacles(plan))).toEqual([]);
  });

  const chainLayout = laneLayout(shortcutChain, { focus: 'spasm', viewport: { width: 1400, height: 800 }, open: 'all' });

  it('says each step once: a relation a drawn chain implies waits until one of its ends is chosen', () => {
    const plan = planMap(chainLayout, { focus: 'spasm' });
    expect(plan.waiting).toEqual(['lifting>CAUSES>spasm']);
    expect(plan.lines.map((line) => line.id)).toContain('posture>CAUSES>spasm');
    expect(planMap(chainLayout, { focus: 'spasm', selected: 'lifting' }).lines.map((line) => line.id)).toContain('lifting>CAUSES>spasm');
  });

  it('draws the same picture when asked again for the same view, and another for another view', () => {
    const first = planMap(chainLayout, { focus: 'spasm' });
    expect(planMap(chainLayout, { focus: 'spasm' })).toEqual(first);
    const narrow = planMap(laneLayout(shortcutChain, { focus: 'spasm', viewport: { width: 390, height: 790 }, open: new Set() }), { focus: 'spasm' });
    expect(narrow.direction).toBe('down');
    expect(narrow.concepts.map((concept) => concept.box)).not.toEqual(first.concepts.map((concept) => concept.box));
  });

  it('routes a long line through the columns it crosses, behind no concept it does not touch', () => {
    const plan = planMap(chainLayout, { focus: 'spasm', selected: 'lifting' });
    const lines = plan.lines.map(({ id, from, to, points }) => ({ id, from, to, points }));
    const long = plan.lines.find((line) => line.id === 'lifting>CAUSES>spasm')!;
    expect(long.points.length).toBeGreaterThan(2);
    expect(linesBehindBoxes(lines, obstacles(plan))).toEqual([]);
    expect(crossingsAmong(lines)).toBe(0);
  });

  it('leaves a causal relation between two concepts of one merged column for when one of its ends is chosen', () => {
    // on a narrow map the causes and mechanisms share the outermost column
    const narrow = laneLayout(shortcutChain, { focus: 'spasm', viewport: { width: 640, height: 800 }, open: 'all' });
    const lane = (id: string) => narrow.nodes.find((placed) => placed.node.id === id)!.lane;
    expect(lane('lifting')).toBe(lane('strain'));
    expect(planMap(narrow, { focus: 'spasm' }).waiting).toContain('lifting>CAUSES>strain');
    expect(planMap(narrow, { focus: 'spasm', selected: 'strain' }).lines.map((line) => line.id)).toContain('lifting>CAUSES>strain');
  });

  it('gives an opened lane of more than a page a "+N more" that turns to its next page beside a "Show fewer" that closes it, clear of every box', () => {
    const causes = Array.from({ length: 500 }, (_, i) => node(`cause-${i}`, `Cause ${i}`, 'Cause'));
    const crowded: MapData = { nodes: [...causes, node('spasm', 'Back muscle spasm', 'Symptom')], edges: causes.map((cause) => relation(cause.id, 'CAUSES', 'spasm')) };
    const key = laneLayout(crowded, { focus: 'spasm', viewport: { width: 1280, height: 720 }, open: new Set() }).nodes.find((placed) => placed.node.id !== 'spasm')!.lane;
    const plan = planMap(laneLayout(crowded, { focus: 'spasm', viewport: { width: 1280, height: 720 }, open: new Set([key]) }), { focus: 'spasm' });
    const controls = plan.controls.filter((control) => control.lane === key);
    expect(controls.map(({ id, action, label }) => ({ id, action, label: label.replace(/\d[\d,]*/, 'N') }))).toEqual([
      { id: `lane-next:${key}`, action: 'next', label: '+N more' },
      { id: `lane-control:${key}`, action: 'toggle', label: 'Show fewer' },
    ]);
    const boxes = [...plan.concepts, ...plan.controls];
    const apart = (a: (typeof boxes)[number], b: (typeof boxes)[number]) => a.box.x2 <= b.box.x1 || b.box.x2 <= a.box.x1 || a.box.y2 <= b.box.y1 || b.box.y2 <= a.box.y1;
    for (const control of controls) for (const other of boxes) if (other !== control) expect(apart(control, other), `${control.id} and ${other.id}`).toBe(true);
  });

  it('merges views with each element once, in id order', () => {
    const merged = mergeMapData(data, { nodes: [data.nodes[0]!], edges: [] });
    expect(merged.nodes.map((n) => n.id)).toEqual(['bladder', 'heavy-lifting', 'muscle-strain']);
  });
});
