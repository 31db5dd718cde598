import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { toElements } from '../../../src/components/map/elements';
import { mapStylesheet } from '../../../src/components/map/stylesheet';
import { CONCEPT_KIND_NAMES, RELATION_TYPE_NAMES } from '../../../src/domain';
import { laneLayout } from '../../../src/map/lane-layout';
import { planMap } from '../../../src/map/plan';
import { shortcutChain } from '../../map/map-data';

describe('the plan as Cytoscape elements', () => {
  it('puts every concept at its planned place and every bend of a line where the plan has it', () => {
    const plan = planMap(laneLayout(shortcutChain, { focus: 'spasm', viewport: { width: 1400, height: 800 }, open: 'all' }), { focus: 'spasm', selected: 'lifting' });
    const cy = cytoscape({ headless: true, styleEnabled: true, elements: toElements(plan), style: mapStylesheet(), layout: { name: 'preset' } });
    for (const concept of plan.concepts) expect(cy.getElementById(concept.id).position()).toEqual({ x: (concept.box.x1 + concept.box.x2) / 2, y: (concept.box.y1 + concept.box.y2) / 2 });
    const long = plan.lines.find((line) => line.id === 'lifting>CAUSES>spasm')!;
    const edge = cy.getElementById(long.id);
    expect(edge.style('curve-style')).toBe('segments');
    // Cytoscape puts bend i at source + w·(target − source) + d·n, n the unit normal (−dy, dx) (its findSegmentsPoints)
    const [source, target] = [edge.source().position(), edge.target().position()];
    const [dx, dy] = [target.x - source.x, target.y - source.y];
    const length = Math.hypot(dx, dy);
    const weights = edge.data('weights') as number[];
    const distances = edge.data('distances') as number[];
    const planned = long.points.slice(1, -1);
    expect(weights).toHaveLength(planned.length);
    planned.forEach((point, index) => {
      expect(source.x + weights[index]! * dx + (distances[index]! * -dy) / length).toBeCloseTo(point.x, 6);
      expect(source.y + weights[index]! * dy + (distances[index]! * dx) / length).toBeCloseTo(point.y, 6);
    });
    cy.destroy();
  });

  it('draws a relation only hedged quotes back lighter and thinner than one a source states', () => {
    const hedged = { ...shortcutChain, edges: shortcutChain.edges.map((edge) => (edge.id === 'strain>LEADS_TO>guarding' ? { ...edge, hedged: true } : edge)) };
    const drawn = (data: typeof shortcutChain) =>
      cytoscape({ headless: true, styleEnabled: true, elements: toElements(planMap(laneLayout(data, { focus: 'spasm', viewport: { width: 1400, height: 800 }, open: 'all' }), { focus: 'spasm' })), style: mapStylesheet(), layout: { name: 'preset' } });
    const [light, plain] = [drawn(hedged).getElementById('strain>LEADS_TO>guarding'), drawn(shortcutChain).getElementById('strain>LEADS_TO>guarding')];
    expect(light.hasClass('hedged')).toBe(true);
    expect(Number(light.style('opacity'))).toBeLessThan(Number(plain.style('opacity')));
    expect(parseFloat(light.style('width'))).toBeLessThan(parseFloat(plain.style('width')));
  });

  it('draws a condition the sources leave unnamed as a dashed box, and the line to it grey, dotted and without an arrowhead', () => {
    const unnamed = { ...shortcutChain, nodes: shortcutChain.nodes.map((node) => (node.id === 'guarding' ? { ...node, unspecified: true } : node)) };
    const cy = cytoscape({ headless: true, styleEnabled: true, elements: toElements(planMap(laneLayout(unnamed, { focus: 'spasm', viewport: { width: 1400, height: 800 }, open: 'all' }), { focus: 'spasm' })), style: mapStylesheet(), layout: { name: 'preset' } });
    expect(cy.getElementById('guarding').style('border-style')).toBe('dashed');
    const line = cy.getElementById('strain>LEADS_TO>guarding');
    expect(line.style('line-style')).toBe('dotted');
    expect(line.style('target-arrow-shape')).toBe('none');
  });
});

describe('the map stylesheet', () => {
  it('styles every kind and every relation type from the domain tables', () => {
    const selectors = mapStylesheet().map((rule) => (rule as { selector: string }).selector);
    for (const kind of CONCEPT_KIND_NAMES) expect(selectors).toContain(`node.concept[kind = "${kind}"]`);
    for (const type of RELATION_TYPE_NAMES) expect(selectors).toContain(`edge[type = "${type}"]`);
  });
});
