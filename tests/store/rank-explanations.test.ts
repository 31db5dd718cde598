import { describe, expect, it } from 'vitest';
import { relationId, type Concept, type ConceptKind, type Evidence, type Relation, type RelationType } from '../../src/domain';
import { rankExplanations } from '../../src/store/rank-explanations';

function concept(id: string, kind: ConceptKind): Concept {
  return { id, kind, name: id, description: '', synonyms: [], urgent: false, unspecified: false };
}

function relation(from: string, type: RelationType, to: string, evidence: Partial<Evidence>[]): Relation {
  return { id: relationId(from, type, to), type, from, to, evidence: evidence.map((item) => ({ source: 'a.txt', quote: `${from} ${to}`, kind: 'statement', hedged: false, ...item })) };
}

const spasm = concept('spasm', 'Symptom');
const pain = concept('pain', 'Symptom');

describe('rankExplanations', () => {
  it('ranks by findings covered before how well a single finding is supported', () => {
    const nodes = [spasm, pain, concept('strain', 'Mechanism'), concept('lifting', 'Cause')];
    const edges = [
      relation('strain', 'LEADS_TO', 'spasm', [{}, { source: 'b.txt' }]),
      relation('lifting', 'CAUSES', 'spasm', [{}]),
      relation('lifting', 'CAUSES', 'pain', [{}]),
    ];
    const ranked = rankExplanations({ nodes, edges }, [spasm, pain], 4);
    expect(ranked.map((e) => [e.concept.id, e.covers.map((c) => c.id)])).toEqual([
      ['lifting', ['spasm', 'pain']],
      ['strain', ['spasm']],
    ]);
  });

  it('puts a path whose every quote on a hop hedges below an unhedged one of the same strength', () => {
    const nodes = [spasm, concept('cold', 'Cause'), concept('wind', 'Cause')];
    const edges = [relation('cold', 'CAUSES', 'spasm', [{ hedged: true }]), relation('wind', 'CAUSES', 'spasm', [{}])];
    const ranked = rankExplanations({ nodes, edges }, [spasm], 4);
    expect(ranked.map((e) => [e.concept.id, e.hedged])).toEqual([
      ['wind', false],
      ['cold', true],
    ]);
  });

  it('puts a chain one passage states above one the graph joins, even when it is longer', () => {
    const nodes = [spasm, concept('a', 'Cause'), concept('b', 'Mechanism'), concept('c', 'Mechanism'), concept('d', 'Cause'), concept('e', 'Mechanism')];
    const edges = [
      relation('a', 'CAUSES', 'b', [{ passage: 'p' }]),
      relation('b', 'LEADS_TO', 'c', [{ passage: 'p' }]),
      relation('c', 'LEADS_TO', 'spasm', [{ passage: 'p' }]),
      relation('d', 'CAUSES', 'e', [{}]),
      relation('e', 'LEADS_TO', 'spasm', [{ source: 'b.txt' }]),
    ];
    const ranked = rankExplanations({ nodes, edges }, [spasm], 4).filter((e) => e.concept.kind === 'Cause');
    expect(ranked.map((e) => [e.concept.id, e.strength, e.hops])).toEqual([
      ['a', 'attested', 3],
      ['d', 'inferred', 2],
    ]);
  });

  it('offers no finding that leads to no other finding, and no symptom, as an explanation', () => {
    const lifting = concept('lifting', 'Cause');
    const ranked = rankExplanations({ nodes: [spasm, pain, lifting], edges: [relation('spasm', 'LEADS_TO', 'pain', [{}])] }, [spasm, pain, lifting], 4);
    expect(ranked).toEqual([]);
  });

  it('keeps to the hop limit', () => {
    const nodes = [spasm, concept('a', 'Cause'), concept('b', 'Mechanism')];
    const edges = [relation('a', 'CAUSES', 'b', [{}]), relation('b', 'LEADS_TO', 'spasm', [{}])];
    expect(rankExplanations({ nodes, edges }, [spasm], 1).map((e) => e.concept.id)).toEqual(['b']);
  });
});
