import { describe, expect, it } from 'vitest';
import { boxHeightFor, conceptLabel, labelLines } from '../../src/map/label-lines';
import { LABEL_FONT_PX, LABEL_WIDTH, LANE_GEOMETRY } from '../../src/map/lane-layout';

const lines = (name: string, urgent = false) => labelLines(conceptLabel({ name, urgent }), LABEL_WIDTH, LABEL_FONT_PX);

describe('the lines a concept name takes in its box', () => {
  it('wraps at spaces as the map does: a short name on one line, the longest red flag on six', () => {
    expect(lines('Heavy lifting')).toBe(1);
    expect(lines('Loss of bowel or bladder control', true)).toBe(3);
    // drawn on six lines in Chromium here: "⚠ Spasms not / improving / after 1-2 / weeks or / recurring in / the same spot"
    expect(lines('Spasms not improving after 1-2 weeks or recurring in the same spot', true)).toBe(6);
  });

  it('counts a word longer than a line as one line of its own', () => {
    expect(labelLines('Spondylolisthesis', 60, LABEL_FONT_PX)).toBe(1);
    expect(labelLines('a Spondylolisthesis b', 60, LABEL_FONT_PX)).toBe(3);
  });

  it('keeps the usual box for three lines and makes it taller for more', () => {
    expect(boxHeightFor(1, LABEL_FONT_PX, LANE_GEOMETRY.nodeHeight)).toBe(LANE_GEOMETRY.nodeHeight);
    expect(boxHeightFor(3, LABEL_FONT_PX, LANE_GEOMETRY.nodeHeight)).toBe(LANE_GEOMETRY.nodeHeight);
    expect(boxHeightFor(4, LABEL_FONT_PX, LANE_GEOMETRY.nodeHeight)).toBe(80);
    expect(boxHeightFor(6, LABEL_FONT_PX, LANE_GEOMETRY.nodeHeight)).toBe(120);
  });
});
