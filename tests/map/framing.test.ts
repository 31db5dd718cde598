import { describe, expect, it } from 'vitest';
import { frameView } from '../../src/map/framing';
import { READABLE_ZOOM } from '../../src/map/lane-layout';

const box = (x1: number, y1: number, x2: number, y2: number) => ({ x1, y1, x2, y2 });
const screen = { width: 1000, height: 600 };

describe('framing the map', () => {
  it('shows the whole map, centred, when it fits at a readable size', () => {
    const view = frameView([box(0, 0, 968, 100)], [], screen)!;
    expect(view.zoom).toBeCloseTo(1);
    expect(view.pan.x + view.zoom * 484).toBeCloseTo(500);
    expect(view.pan.y + view.zoom * 50).toBeCloseTo(300);
  });

  it('never zooms a small map past 1.3, so its boxes do not look oversized', () => {
    expect(frameView([box(0, 0, 100, 50)], [], screen)!.zoom).toBeCloseTo(1.3);
  });

  it('fills the map with a small map up to a closer zoom when one is allowed, as a projected tour step is', () => {
    expect(frameView([box(0, 0, 400, 100)], [], screen, 2.4)!.zoom).toBeCloseTo(2.4);
    expect(frameView([box(0, 0, 640, 100)], [], screen, 2.4)!.zoom).toBeCloseTo((1000 - 32) / 640);
  });

  it('keeps labels readable and centres on what matters when the whole map would be too small', () => {
    const view = frameView([box(0, 0, 5000, 100), box(4000, 0, 4100, 50)], [box(4000, 0, 4100, 50)], screen)!;
    expect(view.zoom).toBeCloseTo(READABLE_ZOOM);
    expect(view.pan.x + view.zoom * 4050).toBeCloseTo(500);
  });

  it('frames nothing on an empty or unmeasured map', () => {
    expect(frameView([], [], screen)).toBeNull();
    expect(frameView([box(0, 0, 10, 10)], [], { width: 0, height: 0 })).toBeNull();
  });
});
