import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, idsNamedBy, parseViewState, selectedValue, selectionOf, serializeViewState } from '../../../src/components/explorer/view-state';
import { graphInResult } from '../../../src/components/explorer/result-graph';

describe('the view state in the URL', () => {
  it('round-trips every field', () => {
    const view = { ...DEFAULT_VIEW, focus: 'inflammation', depth: 2, expanded: ['ice', 'rest'], kinds: ['Cause' as const, 'Symptom' as const], relationTypes: ['CAUSES' as const], layout: 'force' as const, selected: 'edge:a>CAUSES>b', pathFrom: 'heavy-lifting', pathTo: 'sciatica', drawn: '{ concept(id: "ice") { id name kind } }', version: 'abc123abc123' };
    expect(parseViewState(serializeViewState(view))).toEqual(view);
  });

  it('leaves defaults out of the link', () => {
    expect(serializeViewState(DEFAULT_VIEW)).toBe('');
  });

  it('ignores unknown kinds, relation types, layouts and out-of-range depths', () => {
    const view = parseViewState('?kinds=Cause,Gremlin&types=CAUSES,HEALS&layout=spiral&depth=9');
    expect(view).toMatchObject({ kinds: ['Cause'], relationTypes: ['CAUSES'], layout: DEFAULT_VIEW.layout, depth: DEFAULT_VIEW.depth });
  });

  it('lists every concept a link names, to check they still exist', () => {
    expect(idsNamedBy(parseViewState('?focus=a&expand=b,c&select=a&from=d&to=e'))).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('names the two ends of a selected relation, not the relation as if it were a concept', () => {
    expect(idsNamedBy(parseViewState('?select=edge:herniated-disc>CAUSES>nerve-compression'))).toEqual(['back-spasm', 'herniated-disc', 'nerve-compression']);
  });

  it('keeps a chosen relation apart from a chosen concept in the one select parameter', () => {
    const relation = { group: 'edges' as const, id: 'a>CAUSES>b' };
    const concept = { group: 'nodes' as const, id: 'a' };
    expect(selectionOf(selectedValue(relation))).toEqual(relation);
    expect(selectionOf(selectedValue(concept))).toEqual(concept);
    expect(parseViewState(serializeViewState({ ...DEFAULT_VIEW, selected: selectedValue(relation) })).selected).toBe('edge:a>CAUSES>b');
    expect(selectionOf(null)).toBeNull();
  });
});

describe('drawing a pasted query', () => {
  it('finds concepts and relations anywhere in a result', () => {
    const result = { paths: [{ nodes: [{ id: 'a', name: 'A', kind: 'Cause' }, { id: 'b', name: 'B', kind: 'Symptom', urgent: false }], edges: [{ id: 'a>CAUSES>b', type: 'CAUSES', from: { id: 'a' }, to: { id: 'b' } }] }], stats: { concepts: 3 } };
    expect(graphInResult(result)).toEqual({
      nodes: [{ id: 'a', name: 'A', kind: 'Cause', urgent: false, unspecified: false }, { id: 'b', name: 'B', kind: 'Symptom', urgent: false, unspecified: false }],
      edges: [{ id: 'a>CAUSES>b', type: 'CAUSES', from: 'a', to: 'b' }],
    });
  });

  it('finds nothing in a result without concepts', () => {
    expect(graphInResult({ stats: { concepts: 3 } })).toEqual({ nodes: [], edges: [] });
  });
});
