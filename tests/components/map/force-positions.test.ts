import { describe, expect, it } from 'vitest';
import { forcePositions, type ForceLayoutRequest } from '../../../src/components/map/force-positions';

const request: ForceLayoutRequest = {
  nodes: ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id, width: 136, height: 50 })),
  edges: [
    { id: 'a>b', source: 'a', target: 'b' },
    { id: 'b>c', source: 'b', target: 'c' },
    { id: 'd>e', source: 'd', target: 'e' },
  ],
};

describe('the force layout, as the worker runs it without a DOM', () => {
  it('places every box, the same way each time', async () => {
    const first = await forcePositions(request);
    expect(Object.keys(first).sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(Object.values(first).every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
    expect(await forcePositions(request)).toEqual(first);
  });

  it('leaves no two boxes on top of each other', async () => {
    const at = Object.values(await forcePositions(request));
    for (let i = 0; i < at.length; i++) {
      for (let j = i + 1; j < at.length; j++) expect(Math.abs(at[i]!.x - at[j]!.x) >= 136 || Math.abs(at[i]!.y - at[j]!.y) >= 50).toBe(true);
    }
  });
});
