import { describe, expect, it } from 'vitest';
import { COLUMN_SPACING, columnPositions } from '../../../src/components/map/column-positions';

describe('the column layout for large views', () => {
  const nodes = [
    { id: 'c-b', layer: 1 },
    { id: 'c-a', layer: 1 },
    { id: 'm-1', layer: 3 },
    { id: 'm-2', layer: 3 },
    { id: 's', layer: 4 },
  ];
  const edges = [
    { source: 'c-a', target: 'm-2' },
    { source: 'c-b', target: 'm-1' },
    { source: 'm-1', target: 's' },
    { source: 'm-2', target: 's' },
  ];

  it('puts each kind layer in its own column, left to right', () => {
    const positions = columnPositions(nodes, edges);
    expect(positions.get('c-a')!.x).toBe(0);
    expect(positions.get('m-1')!.x).toBe(COLUMN_SPACING.x);
    expect(positions.get('s')!.x).toBe(2 * COLUMN_SPACING.x);
  });

  it('orders a column by where its neighbours stand, so edges cross less', () => {
    const positions = columnPositions(nodes, edges);
    expect(positions.get('c-a')!.y).toBeLessThan(positions.get('c-b')!.y);
    expect(positions.get('m-2')!.y).toBeLessThan(positions.get('m-1')!.y);
  });

  it('gives the same picture every time and for any input order', () => {
    const once = columnPositions(nodes, edges);
    const shuffled = columnPositions([...nodes].reverse(), [...edges].reverse());
    expect([...shuffled.entries()].sort()).toEqual([...once.entries()].sort());
  });
});
