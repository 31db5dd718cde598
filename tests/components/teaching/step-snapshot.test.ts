import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { toElements } from '../../../src/components/map/elements';
import { laneLayout } from '../../../src/map/lane-layout';
import { planMap } from '../../../src/map/plan';
import { mapStylesheet } from '../../../src/components/map/stylesheet';
import { stepSnapshot } from '../../../src/components/teaching/step-snapshot';
import { steps } from './handout-steps';

describe('a step’s snapshot', () => {
  it('draws the revealed picture: the concepts shown, the answer and every relation', () => {
    const { data } = stepSnapshot(steps[1]!);
    const cy = cytoscape({ headless: true, elements: toElements(planMap(laneLayout(data, { focus: null, viewport: { width: 680, height: 520 }, open: 'all' }), {}, { sayOnce: false })), style: mapStylesheet(), layout: { name: 'preset' } });
    expect(cy.nodes('.concept').map((n) => n.id())).toEqual(['heavy-lifting', 'muscle-strain', 'inflammation']);
    expect(cy.edges().map((e) => e.id())).toEqual(['heavy-lifting>CAUSES>muscle-strain', 'muscle-strain>LEADS_TO>inflammation']);
    const x = (id: string) => cy.getElementById(id).position('x');
    expect(x('heavy-lifting')).toBeLessThan(x('muscle-strain'));
    expect(x('muscle-strain')).toBeLessThan(x('inflammation'));
  });

  it('marks the highlights and says in words what the picture shows', () => {
    const first = stepSnapshot(steps[0]!);
    expect([...first.marks.highlighted!]).toEqual(['heavy-lifting']);
    expect(first.caption).toBe('Highlighted (blue border): Heavy lifting.');
    expect(first.description).toBe('Map of step 1: Heavy lifting (Cause), Muscle strain (Mechanism). Heavy lifting causes Muscle strain.');
    expect(stepSnapshot(steps[1]!).caption).toBe('Revealed after the question: Inflammation.');
  });

  it('says a relation every quote hedges as "may", and draws it hedged', () => {
    const second = stepSnapshot(steps[1]!);
    expect(second.description).toContain('Heavy lifting causes Muscle strain. Muscle strain may lead to Inflammation.');
    expect(second.data.edges.map((edge) => edge.hedged)).toEqual([false, true]);
  });
});
