import { describe, expect, it } from 'vitest';
import { crossingsAmong, exitPoint, linesBehindBoxes, pointAlong, polylineCrossings, segmentHitsBox, segmentsCross } from '../../src/map/geometry';

const box = { x1: 0, y1: 0, x2: 100, y2: 50 };

describe('the geometry of what the map draws', () => {
  it('finds a segment that passes through a box, and not one that passes beside it or only touches its border', () => {
    expect(segmentHitsBox({ x: -50, y: 25 }, { x: 150, y: 25 }, box)).toBe(true);
    expect(segmentHitsBox({ x: -50, y: -50 }, { x: 150, y: 100 }, box)).toBe(true);
    expect(segmentHitsBox({ x: -50, y: 60 }, { x: 150, y: 60 }, box)).toBe(false);
    expect(segmentHitsBox({ x: -50, y: 0 }, { x: 150, y: 0 }, box)).toBe(false);
    expect(segmentHitsBox({ x: -50, y: 25 }, { x: -10, y: 25 }, box)).toBe(false);
  });

  it('counts two segments that cross, but not two that meet at an end or run side by side', () => {
    expect(segmentsCross({ x: 0, y: 0 }, { x: 10, y: 10 }, { x: 0, y: 10 }, { x: 10, y: 0 })).toBe(true);
    expect(segmentsCross({ x: 0, y: 0 }, { x: 10, y: 10 }, { x: 10, y: 10 }, { x: 20, y: 0 })).toBe(false);
    expect(segmentsCross({ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 0, y: 5 }, { x: 10, y: 5 })).toBe(false);
  });

  it('counts each crossing of two polylines', () => {
    const zigzag = [
      { x: 0, y: 0 },
      { x: 10, y: 10 },
      { x: 20, y: 0 },
    ];
    expect(polylineCrossings(zigzag, [{ x: 0, y: 5 }, { x: 20, y: 5 }])).toBe(2);
  });

  it('names the lines that pass behind a box other than their ends, along every bend', () => {
    const lines = [
      { id: 'through', from: 'a', to: 'b', points: [{ x: -50, y: 25 }, { x: 150, y: 25 }] },
      { id: 'around', from: 'a', to: 'b', points: [{ x: -50, y: 25 }, { x: -20, y: 70 }, { x: 120, y: 70 }, { x: 150, y: 25 }] },
      { id: 'own end', from: 'box', to: 'b', points: [{ x: 50, y: 25 }, { x: 150, y: 25 }] },
    ];
    expect(linesBehindBoxes(lines, [{ id: 'box', box }])).toEqual([{ line: 'through', box: 'box' }]);
  });

  it('leaves crossings of lines that share an end out of the count', () => {
    const lines = [
      { id: 'one', from: 'a', to: 'b', points: [{ x: 0, y: 0 }, { x: 10, y: 10 }] },
      { id: 'two', from: 'c', to: 'd', points: [{ x: 0, y: 10 }, { x: 10, y: 0 }] },
      { id: 'three', from: 'a', to: 'e', points: [{ x: 0, y: 8 }, { x: 10, y: 2 }] },
    ];
    // one × two and two × three; one and three both start at a
    expect(crossingsAmong(lines)).toBe(2);
  });

  it('finds where a line leaves a box and the point halfway along a polyline', () => {
    expect(exitPoint(box, { x: 200, y: 25 })).toEqual({ x: 100, y: 25 });
    expect(pointAlong([{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 10, y: 10 }], 0.5)).toEqual({ x: 10, y: 0 });
  });
});
