import { describe, expect, it } from 'vitest';
import type { MapData, MapEdge, MapNode } from '../../src/map/model';
import { LANE_GEOMETRY, PLANNED_ZOOM, READABLE_ZOOM, laneLayout, type LaneLayout, type LaneLayoutOptions } from '../../src/map/lane-layout';
import type { ConceptKind, RelationType } from '../../src/domain';

const node = (id: string, kind: ConceptKind, urgent = false): MapNode => ({ id, name: id.replace(/-/g, ' '), kind, urgent, unspecified: false });
const edge = (from: string, type: RelationType, to: string, sources = 1): MapEdge => ({
  id: `${from}>${type}>${to}`,
  type,
  from,
  to,
  evidence: Array.from({ length: sources }, (_, i) => ({ kind: 'statement' as const, source: `doc-${i}` })),
});

const story: MapData = {
  nodes: [
    node('heavy-lifting', 'Cause'),
    node('herniated-disc', 'Condition'),
    node('muscle-strain', 'Mechanism'),
    node('inflammation', 'Mechanism'),
    node('back-spasm', 'Symptom'),
    node('stiffness', 'Symptom'),
    node('ice', 'Treatment'),
    node('bladder-loss', 'RedFlag', true),
    node('numb-saddle', 'RedFlag', true),
  ],
  edges: [
    edge('heavy-lifting', 'CAUSES', 'muscle-strain'),
    edge('muscle-strain', 'LEADS_TO', 'inflammation'),
    edge('inflammation', 'LEADS_TO', 'back-spasm'),
    edge('herniated-disc', 'CAUSES', 'back-spasm'),
    edge('back-spasm', 'LEADS_TO', 'stiffness'),
    edge('ice', 'RELIEVES', 'back-spasm'),
    // a mechanism that leads to a condition: kind order alone would draw this arrow backwards
    edge('inflammation', 'LEADS_TO', 'herniated-disc'),
  ],
};
const laptop = { width: 1000, height: 640 };
const x = (layout: ReturnType<typeof laneLayout>, id: string) => layout.nodes.find((placed) => placed.node.id === id)!.x;

describe('the focus-centred lane layout', () => {
  it('puts what leads to the focus on its left and what follows on its right, every causal arrow pointing right', () => {
    const layout = laneLayout(story, { focus: 'back-spasm', viewport: laptop, open: new Set() });
    expect(x(layout, 'heavy-lifting')).toBeLessThan(x(layout, 'muscle-strain'));
    expect(x(layout, 'muscle-strain')).toBeLessThan(x(layout, 'back-spasm'));
    expect(x(layout, 'back-spasm')).toBeLessThan(x(layout, 'stiffness'));
    for (const e of layout.edges.filter((e) => ['CAUSES', 'LEADS_TO', 'RISK_FACTOR_FOR'].includes(e.type))) expect(x(layout, e.to), e.id).toBeGreaterThan(x(layout, e.from));
  });

  it('titles the lanes from the domain lane table and gives what helps a lane of its own', () => {
    const layout = laneLayout(story, { focus: 'back-spasm', viewport: laptop, open: new Set() });
    const titles = layout.lanes.map((lane) => lane.title);
    expect(titles).toContain('In focus');
    expect(titles).toContain('Mechanisms');
    expect(titles).toContain('Symptoms & what follows');
    expect(titles).toContain('What helps');
    expect(layout.nodes.find((placed) => placed.node.id === 'ice')!.lane).toBe('relief');
  });

  it('folds what helps into a group on a map too short for it beside crowded causal columns, and draws its row once opened', () => {
    const causes = Array.from({ length: 12 }, (_, i) => node(`cause-${String(i).padStart(2, '0')}`, 'Cause'));
    const crowded: MapData = {
      nodes: [...story.nodes, ...causes],
      edges: [...story.edges, ...causes.map((cause) => edge(cause.id, 'CAUSES', 'muscle-strain'))],
    };
    const short = { width: 960, height: 629 };
    const folded = laneLayout(crowded, { focus: 'back-spasm', viewport: short, open: new Set() });
    expect(folded.nodes.some((placed) => placed.node.id === 'ice')).toBe(false);
    expect(folded.lanes.find((lane) => lane.key === 'relief')!.control!.label).toBe('1 things that help (show)');
    const causesDrawn = (layout: ReturnType<typeof laneLayout>) => layout.nodes.filter((placed) => placed.node.kind === 'Cause').length;
    const opened = laneLayout(crowded, { focus: 'back-spasm', viewport: short, open: new Set(['relief']) });
    // the room the row would take goes to the causes
    expect(causesDrawn(folded)).toBeGreaterThan(causesDrawn(opened));
    expect(opened.nodes.find((placed) => placed.node.id === 'ice')!.lane).toBe('relief');
    expect(opened.lanes.find((lane) => lane.key === 'relief')!.control!.label).toBe('Hide these 1');
    // a projector has room for both, and so has a laptop whose columns are short
    expect(laneLayout(crowded, { focus: 'back-spasm', viewport: { width: 1552, height: 1029 }, open: new Set() }).nodes.some((placed) => placed.node.id === 'ice')).toBe(true);
    expect(laneLayout(story, { focus: 'back-spasm', viewport: short, open: new Set() }).nodes.some((placed) => placed.node.id === 'ice')).toBe(true);
  });

  it('draws a cause that nothing on the map leads to just before what it leads to, across a screen but not on a phone', () => {
    // poor posture leads to the focus directly; heavy lifting starts a three-step chain
    const withPosture: MapData = { nodes: [...story.nodes, node('poor-posture', 'Cause')], edges: [...story.edges, edge('poor-posture', 'CAUSES', 'back-spasm')] };
    const across = laneLayout(withPosture, { focus: 'back-spasm', viewport: laptop, open: new Set() });
    // the column just before the focus, with herniated disc
    expect(x(across, 'poor-posture')).toBe(x(across, 'herniated-disc'));
    expect(x(across, 'poor-posture')).toBeGreaterThan(x(across, 'heavy-lifting'));
    const phone = laneLayout(withPosture, { focus: 'back-spasm', viewport: { width: 390, height: 790 }, open: new Set() });
    const y = (id: string) => phone.nodes.find((placed) => placed.node.id === id)!.y;
    expect(y('poor-posture')).toBe(y('heavy-lifting'));
  });

  it('keeps red flags on the map as one closed group until it is opened', () => {
    const closed = laneLayout(story, { focus: 'back-spasm', viewport: laptop, open: new Set() });
    const urgent = closed.lanes.find((lane) => lane.key === 'urgent')!;
    expect(closed.nodes.some((placed) => placed.node.kind === 'RedFlag')).toBe(false);
    expect(urgent.control?.label).toBe('⚠ 2 red flags: see a doctor now (show)');
    const opened = laneLayout(story, { focus: 'back-spasm', viewport: laptop, open: new Set(['urgent']) });
    expect(opened.nodes.filter((placed) => placed.node.kind === 'RedFlag')).toHaveLength(2);
  });

  it('gives a band of red flags boxes as tall as their longest name needs, line by line, and the rows below room for them', () => {
    const long = 'Spasms not improving after 1-2 weeks or recurring in the same spot';
    const flags = Array.from({ length: 8 }, (_, i) => ({ ...node(`flag-${i}`, 'RedFlag', true), ...(i === 1 ? { name: long } : {}) }));
    const data: MapData = { nodes: [...story.nodes, ...flags], edges: story.edges };
    const layout = laneLayout(data, { focus: 'back-spasm', viewport: { width: 1280, height: 720 }, open: new Set(['urgent']) });
    const flagsOn = (y: number) => layout.nodes.filter((p) => p.lane === 'urgent' && p.y === y);
    const tall = layout.nodes.find((p) => p.node.id === 'flag-1')!;
    const lines = [...new Set(layout.nodes.filter((p) => p.lane === 'urgent').map((p) => p.y))].sort((a, b) => a - b);
    expect(lines.length).toBeGreaterThan(1);
    // its line of boxes takes the height its six lines need; the other lines keep the usual height, below or above it
    expect(flagsOn(tall.y).map((p) => p.height)).toEqual(flagsOn(tall.y).map(() => 120));
    for (const y of lines.filter((y) => y !== tall.y)) {
      for (const p of flagsOn(y)) {
        expect(p.height).toBe(LANE_GEOMETRY.nodeHeight);
        const [upper, lower] = p.y < tall.y ? [p, tall] : [tall, p];
        expect(lower.y - lower.height / 2 - (upper.y + upper.height / 2)).toBeGreaterThanOrEqual(LANE_GEOMETRY.rowGap);
      }
    }
    const causal = layout.nodes.filter((p) => p.lane !== 'urgent');
    expect(Math.min(...causal.map((p) => p.y - p.height / 2))).toBeGreaterThan(Math.max(...layout.nodes.filter((p) => p.lane === 'urgent').map((p) => p.y + p.height / 2)));
    expect(causal.every((p) => p.height === LANE_GEOMETRY.nodeHeight || p.node.id === 'back-spasm')).toBe(true);
  });

  it('shows the best-supported concepts of a crowded lane and says how many more wait behind "+N more"', () => {
    const causes = Array.from({ length: 30 }, (_, i) => node(`cause-${String(i).padStart(2, '0')}`, 'Cause'));
    const data: MapData = {
      nodes: [...causes, node('back-spasm', 'Symptom')],
      edges: causes.map((cause, i) => edge(cause.id, 'CAUSES', 'back-spasm', i === 29 ? 5 : 1)),
    };
    const layout = laneLayout(data, { focus: 'back-spasm', viewport: laptop, open: new Set() });
    const lane = layout.lanes.find((l) => l.title === 'Causes, conditions & risk factors')!;
    const shown = layout.nodes.filter((placed) => placed.lane === lane.key);
    expect(shown[0]!.node.id).toBe('cause-29');
    expect(lane.hidden).toBe(30 - shown.length);
    expect(lane.control?.label).toBe(`+${lane.hidden} more`);
    const bottom = Math.max(...layout.nodes.map((placed) => placed.y)) + LANE_GEOMETRY.nodeHeight / 2;
    const top = Math.min(...layout.lanes.map((l) => l.y));
    expect(bottom - top).toBeLessThanOrEqual(laptop.height / PLANNED_ZOOM);

    const opened = laneLayout(data, { focus: 'back-spasm', viewport: laptop, open: new Set([lane.key]) });
    expect(opened.nodes.filter((placed) => placed.lane === lane.key)).toHaveLength(30);
  });

  it('draws the outer lane in turn with the inner one where a narrow map merges them, titled after every lane it draws', () => {
    const causes = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => node(`cause-${id}`, 'Cause'));
    const early = ['a', 'b', 'c'].map((id) => node(`strain-${id}`, 'Mechanism'));
    const merged: MapData = {
      nodes: [...causes, ...early, node('guarding', 'Mechanism'), node('tightness', 'Mechanism'), node('spasm', 'Symptom')],
      edges: [
        ...causes.map((cause) => edge(cause.id, 'CAUSES', 'strain-a')),
        ...early.map((mechanism) => edge(mechanism.id, 'LEADS_TO', 'guarding', 4)),
        edge('guarding', 'LEADS_TO', 'tightness', 4),
        edge('tightness', 'CAUSES', 'spasm', 4),
      ],
    };
    const wide = laneLayout(merged, { focus: 'spasm', viewport: { width: 1400, height: 330 }, open: new Set() });
    expect(wide.lanes.map((lane) => lane.title).slice(0, 2)).toEqual(['Causes, conditions & risk factors', 'Mechanisms']);
    const narrow = laneLayout(merged, { focus: 'spasm', viewport: { width: 700, height: 330 }, open: new Set() });
    const outermost = narrow.lanes.find((lane) => lane.hidden > 0)!;
    const drawn = narrow.nodes.filter((placed) => placed.lane === outermost.key).map((placed) => placed.node.kind);
    expect(drawn.slice(0, 2)).toEqual(['Cause', 'Mechanism']);
    expect(outermost.title).toBe('Causes & conditions · Mechanisms');
  });

  it('always draws pinned concepts, such as a chosen path, even in a crowded lane', () => {
    const causes = Array.from({ length: 30 }, (_, i) => node(`cause-${String(i).padStart(2, '0')}`, 'Cause'));
    const data: MapData = { nodes: [...causes, node('back-spasm', 'Symptom')], edges: causes.map((cause) => edge(cause.id, 'CAUSES', 'back-spasm')) };
    const layout = laneLayout(data, { focus: 'back-spasm', viewport: laptop, open: new Set(), pinned: new Set(['cause-27']) });
    expect(layout.nodes.map((placed) => placed.node.id)).toContain('cause-27');
  });

  it('runs the flow top to bottom on a phone, causes above the focus and symptoms below', () => {
    // a phone's map under its one-row header
    const layout = laneLayout(story, { focus: 'back-spasm', viewport: { width: 390, height: 790 }, open: new Set() });
    const y = (id: string) => layout.nodes.find((placed) => placed.node.id === id)!.y;
    expect(layout.direction).toBe('down');
    expect(y('heavy-lifting')).toBeLessThan(y('muscle-strain'));
    expect(y('muscle-strain')).toBeLessThan(y('back-spasm'));
    expect(y('back-spasm')).toBeLessThan(y('stiffness'));
    const widest = Math.max(...layout.nodes.map((placed) => Math.abs(placed.x))) * 2 + LANE_GEOMETRY.nodeWidth;
    expect(widest).toBeLessThanOrEqual(390 / PLANNED_ZOOM);
  });

  it('orders a picture without a focus (a tour step) by its causal chains', () => {
    const layout = laneLayout(story, { focus: null, viewport: laptop, open: 'all' });
    for (const e of layout.edges.filter((e) => ['CAUSES', 'LEADS_TO'].includes(e.type))) expect(x(layout, e.to), e.id).toBeGreaterThan(x(layout, e.from));
  });
});

describe('a lane of thousands, as an atlas of 100,000 concepts gives the home view', () => {
  // back spasm with 3,000 causes (60 of them supported by four sources, the rest by one to three) and 2,009 red flags beside the story's two
  const causes = Array.from({ length: 3000 }, (_, i) => node(`cause-${String(i).padStart(4, '0')}`, 'Cause'));
  const sourcesOf = (i: number) => (i % 50 === 7 ? 4 : 1 + (i % 3));
  const flags = Array.from({ length: 2009 }, (_, i) => node(`flag-${String(i).padStart(4, '0')}`, 'RedFlag', true));
  const atlas: MapData = {
    nodes: [...story.nodes, ...causes, ...flags],
    edges: [
      ...story.edges,
      ...causes.map((cause, i) => edge(cause.id, 'CAUSES', 'back-spasm', sourcesOf(i))),
      ...flags.map((flag) => edge(flag.id, 'SUGGESTS', 'herniated-disc')),
    ],
  };
  const screens = [
    { name: 'laptop', width: 1280, height: 720 },
    { name: 'projector', width: 1920, height: 1080 },
    { name: 'phone', width: 390, height: 790 },
  ];
  const plan = (viewport: LaneLayoutOptions['viewport'], lane: string | null, page = 0, pinned = new Set<string>()) =>
    laneLayout(atlas, { focus: 'back-spasm', viewport, open: new Set(lane ? [lane] : []), pages: new Map(lane ? [[lane, page]] : []), pinned });
  const laneOfCauses = (layout: LaneLayout) => layout.nodes.find((placed) => placed.node.id === 'cause-0007')!.lane;
  const drawnIn = (layout: LaneLayout, lane: string) => layout.nodes.filter((placed) => placed.lane === lane).map((placed) => placed.node.id);
  const extent = (layout: LaneLayout) => {
    const xs = layout.nodes.map((placed) => placed.x);
    const ys = layout.nodes.map((placed) => placed.y);
    return { width: Math.max(...xs) - Math.min(...xs) + LANE_GEOMETRY.nodeWidth, height: Math.max(...ys) - Math.min(...ys) + LANE_GEOMETRY.nodeHeight };
  };

  it.each(screens)('opens the causes one page at a time on a $name: the best supported first, readable on its screen, with "+N more" and "Show fewer"', (screen) => {
    const closed = plan(screen, null);
    const key = laneOfCauses(closed);
    const opened = plan(screen, key);
    const page = drawnIn(opened, key);
    expect(page.length).toBeGreaterThan(drawnIn(closed, key).length);
    // the page is read at a zoom that keeps labels at 11 px or more: on a laptop or projector with the whole map, on a phone (which scrolls its stacked lanes) alone
    const { width, height } = extent(screen.width < 640 ? { ...opened, nodes: opened.nodes.filter((placed) => placed.lane === key) } : opened);
    expect(width * READABLE_ZOOM).toBeLessThanOrEqual(screen.width);
    expect(height * READABLE_ZOOM).toBeLessThanOrEqual(screen.height);
    // the 60 causes with four sources lead the first page
    expect(page.slice(0, Math.min(60, page.length)).every((id) => sourcesOf(Number(id.slice(-4))) === 4)).toBe(true);
    const lane = opened.lanes.find((candidate) => candidate.key === key)!;
    const inLane = drawnIn(closed, key).length + closed.lanes.find((candidate) => candidate.key === key)!.hidden;
    expect(lane.control?.label).toBe('Show fewer');
    // the page is named in the title above columns, and in the "+N more" under a phone's one-line row title
    if (screen.width < 640) {
      expect(lane.next?.label).toMatch(new RegExp(`^\\+${(inLane - page.length).toLocaleString('en')} more \\(page 2 of \\d+\\)$`));
      expect(lane.title).toBe('Causes, conditions & risk factors');
    } else {
      expect(lane.next?.label).toBe(`+${(inLane - page.length).toLocaleString('en')} more`);
      expect(lane.title).toMatch(/^Causes, conditions & risk factors \(page 1 of \d+\)$/);
    }
  });

  it('shows every cause on exactly one page, in the order of their support, the last page without "+N more"', () => {
    const key = laneOfCauses(plan(screens[0]!, null));
    const seen: string[] = [];
    let layout = plan(screens[0]!, key, 0);
    for (let page = 1; layout.lanes.find((lane) => lane.key === key)!.next; page += 1) {
      seen.push(...drawnIn(layout, key).filter((id) => id.startsWith('cause-')));
      layout = plan(screens[0]!, key, page);
    }
    seen.push(...drawnIn(layout, key).filter((id) => id.startsWith('cause-')));
    expect(seen).toHaveLength(3000);
    expect(new Set(seen).size).toBe(3000);
    const supports = seen.map((id) => sourcesOf(Number(id.slice(-4))));
    expect(supports).toEqual([...supports].sort((a, b) => b - a));
    const last = layout.lanes.find((lane) => lane.key === key)!;
    expect(last.control?.label).toBe('Show fewer');
    // a page asked for past the end shows the last one
    expect(drawnIn(plan(screens[0]!, key, 10_000), key)).toEqual(drawnIn(layout, key));
  });

  it('spreads a page over a few columns where the closed lanes fill the map, so "+N more" and "Show fewer" stay within its height', () => {
    // a laptop's map beside the explorer's panel, its width taken by the closed columns
    const beside = { width: 960, height: 629 };
    const key = laneOfCauses(plan(beside, null));
    const opened = plan(beside, key);
    const columnsUsed = new Set(opened.nodes.filter((placed) => placed.lane === key).map((placed) => placed.x));
    expect(columnsUsed.size).toBe(3);
    const lane = opened.lanes.find((candidate) => candidate.key === key)!;
    const top = Math.min(...opened.lanes.map((candidate) => candidate.y));
    for (const control of [lane.next!, lane.control!]) expect(control.y + LANE_GEOMETRY.nodeHeight / 2 - top).toBeLessThanOrEqual(beside.height / PLANNED_ZOOM);
  });

  it('keeps a pinned concept, such as a step of the chosen path, on every page of its lane', () => {
    const key = laneOfCauses(plan(screens[0]!, null));
    const weakest = 'cause-2999';
    for (const page of [0, 1, 5]) expect(drawnIn(plan(screens[0]!, key, page, new Set([weakest])), key)).toContain(weakest);
  });

  it.each(screens)('opens the 2,011 red flags a page at a time on a $name, never drawing thousands of boxes', (screen) => {
    const closed = plan(screen, null);
    expect(closed.lanes.find((lane) => lane.key === 'urgent')!.control?.label).toBe('⚠ 2,011 red flags: see a doctor now (show)');
    const opened = plan(screen, 'urgent');
    const flagsDrawn = drawnIn(opened, 'urgent');
    const lane = opened.lanes.find((candidate) => candidate.key === 'urgent')!;
    expect(flagsDrawn.length).toBeGreaterThan(0);
    expect(extent(opened).height * READABLE_ZOOM).toBeLessThanOrEqual(screen.height * 2);
    expect(lane.control?.label).toBe('Hide these 2,011');
    expect(lane.next?.label).toMatch(new RegExp(`^\\+${(2011 - flagsDrawn.length).toLocaleString('en')} more( \\(page 2 of \\d+\\))?$`));
    const second = drawnIn(plan(screen, 'urgent', 1), 'urgent');
    expect(second.some((id) => flagsDrawn.includes(id))).toBe(false);
  });

  it('opens a lane that fits one page whole, as on the real graph', () => {
    const layout = laneLayout(story, { focus: 'back-spasm', viewport: screens[0]!, open: new Set(['urgent']) });
    const lane = layout.lanes.find((candidate) => candidate.key === 'urgent')!;
    expect(drawnIn(layout, 'urgent')).toHaveLength(2);
    expect(lane.next).toBeNull();
    expect(lane.title).toBe('Red flags: see a doctor now');
  });
});

describe('loops the sources state', () => {
  const loop: MapData = {
    nodes: [node('heavy-lifting', 'Cause'), node('back-pain', 'Symptom'), node('protective-guarding', 'Mechanism'), node('back-spasm', 'Symptom'), node('nerve-compression', 'Mechanism')],
    edges: [
      edge('heavy-lifting', 'CAUSES', 'back-pain'),
      edge('back-pain', 'LEADS_TO', 'protective-guarding'),
      edge('protective-guarding', 'LEADS_TO', 'back-spasm'),
      edge('back-spasm', 'LEADS_TO', 'back-pain'),
      edge('nerve-compression', 'LEADS_TO', 'protective-guarding'),
      edge('back-spasm', 'LEADS_TO', 'nerve-compression'),
    ],
  };

  it('closes each loop on the arrow leaving the focus, so every other causal arrow points right', () => {
    const layout = laneLayout(loop, { focus: 'back-spasm', viewport: laptop, open: 'all' });
    expect([...layout.loops].sort()).toEqual(['back-spasm>LEADS_TO>back-pain', 'back-spasm>LEADS_TO>nerve-compression']);
    for (const arrow of layout.edges.filter((e) => !layout.loops.has(e.id))) expect(x(layout, arrow.from), arrow.id).toBeLessThan(x(layout, arrow.to));
  });

  it('finds no loop where the arrows all flow one way', () => {
    expect(laneLayout(story, { focus: 'back-spasm', viewport: laptop, open: 'all' }).loops.size).toBe(0);
  });
});
