import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { CONCEPT_KIND_NAMES, RELATION_TYPE_NAMES } from '../../../src/domain';
import { mergeMapData, toElements, type MapData } from '../../../src/components/map/elements';
import { laneLayout } from '../../../src/components/map/lane-layout';
import { mapStylesheet } from '../../../src/components/map/stylesheet';

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

const everything = (marks = {}) => toElements(laneLayout(data, { focus: null, viewport: { width: 1200, height: 800 }, open: 'all' }), marks);

describe('map elements', () => {
  it('turn placed concepts and relations into Cytoscape elements a headless Cytoscape accepts, with lane titles', () => {
    const cy = cytoscape({ headless: true, elements: everything(), style: mapStylesheet(), layout: { name: 'preset' } });
    expect(cy.nodes('.concept').map((n) => n.id()).sort()).toEqual(['bladder', 'heavy-lifting', 'muscle-strain']);
    expect(cy.edges().map((e) => e.id())).toEqual(['heavy-lifting>CAUSES>muscle-strain']);
    expect(cy.getElementById('muscle-strain').data()).toMatchObject({ kind: 'Mechanism' });
    expect(cy.nodes('.lane-title').map((n) => n.data('label') as string)).toEqual(['Red flags: see a doctor now', 'Causes, conditions & risk factors', 'Mechanisms']);
    expect(cy.getElementById('heavy-lifting').position('x')).toBeLessThan(cy.getElementById('muscle-strain').position('x'));
  });

  it('mark urgent concepts in their label and the focus, highlight and path in their classes', () => {
    const elements = everything({ focus: 'heavy-lifting', highlighted: new Set(['muscle-strain']), path: new Set(['heavy-lifting>CAUSES>muscle-strain']) });
    expect(elements.find((e) => e.data.id === 'bladder')!.data.label).toBe('⚠ Loss of bladder control');
    expect(elements.find((e) => e.data.id === 'heavy-lifting')!.classes).toBe('concept focus');
    expect(elements.find((e) => e.data.id === 'muscle-strain')!.classes).toBe('concept highlighted');
    expect(elements.find((e) => e.data.id === 'heavy-lifting>CAUSES>muscle-strain')!.classes).toBe('path');
  });

  it('title neighbouring lanes of one kind once, across both columns', () => {
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
    const titles = toElements(layout).filter((element) => element.classes === 'lane-title');
    expect(titles.map((title) => title.data.label)).toEqual(['Causes, conditions & risk factors', 'Mechanisms', 'In focus']);
    const mechanisms = titles.find((title) => title.data.label === 'Mechanisms')!;
    const [first, second] = [mechanismLanes[0]!, mechanismLanes[1]!].sort((a, b) => a.x - b.x);
    expect(mechanisms.data.width).toBe(second!.x + second!.width - first!.x);
    expect(mechanisms.position!.x).toBe((first!.x + second!.x + second!.width) / 2);
  });

  it('draw what helps faintly where it does not touch the focus, so the relations of the focus carry the picture', () => {
    const helped: MapData = {
      nodes: [
        { id: 'strain', name: 'Muscle strain', kind: 'Mechanism', urgent: false, unspecified: false },
        { id: 'spasm', name: 'Back muscle spasm', kind: 'Symptom', urgent: false, unspecified: false },
        { id: 'heat', name: 'Heat therapy', kind: 'Treatment', urgent: false, unspecified: false },
      ],
      edges: [
        { id: 'strain>CAUSES>spasm', type: 'CAUSES', from: 'strain', to: 'spasm' },
        { id: 'heat>RELIEVES>spasm', type: 'RELIEVES', from: 'heat', to: 'spasm' },
        { id: 'heat>TARGETS>strain', type: 'TARGETS', from: 'heat', to: 'strain' },
      ],
    };
    const elements = toElements(laneLayout(helped, { focus: 'spasm', viewport: { width: 1200, height: 800 }, open: 'all' }), { focus: 'spasm' });
    const aside = elements.filter((element) => element.group === 'edges' && String(element.classes).split(' ').includes('aside')).map((element) => element.data.id);
    expect(aside).toEqual(['heat>TARGETS>strain']);
  });

  it('draw a relation only hedged quotes back lighter and thinner than one a source states', () => {
    const hedged: MapData = { ...data, edges: [{ ...data.edges[0]!, hedged: true }] };
    const elements = toElements(laneLayout(hedged, { focus: null, viewport: { width: 1200, height: 800 }, open: 'all' }));
    const cy = cytoscape({ headless: true, styleEnabled: true, elements, style: mapStylesheet(), layout: { name: 'preset' } });
    const stated = cytoscape({ headless: true, styleEnabled: true, elements: everything(), style: mapStylesheet(), layout: { name: 'preset' } });
    const [light, plain] = [cy.getElementById('heavy-lifting>CAUSES>muscle-strain'), stated.getElementById('heavy-lifting>CAUSES>muscle-strain')];
    expect(light.hasClass('hedged')).toBe(true);
    expect(Number(light.style('opacity'))).toBeLessThan(Number(plain.style('opacity')));
    expect(parseFloat(light.style('width'))).toBeLessThan(parseFloat(plain.style('width')));
  });

  it('merge views with each element once, in id order', () => {
    const merged = mergeMapData(data, { nodes: [data.nodes[0]!], edges: [] });
    expect(merged.nodes.map((n) => n.id)).toEqual(['bladder', 'heavy-lifting', 'muscle-strain']);
  });
});

describe('the map stylesheet', () => {
  it('styles every kind and every relation type from the domain tables', () => {
    const selectors = mapStylesheet().map((rule) => (rule as { selector: string }).selector);
    for (const kind of CONCEPT_KIND_NAMES) expect(selectors).toContain(`node.concept[kind = "${kind}"]`);
    for (const type of RELATION_TYPE_NAMES) expect(selectors).toContain(`edge[type = "${type}"]`);
  });
});
