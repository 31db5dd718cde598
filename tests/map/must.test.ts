import { describe, expect, it } from 'vitest';
import { must } from '../../src/map/must';

describe('must', () => {
  it('returns what a map holds for a key and what an array holds at an index', () => {
    expect(must(new Map([['spasm', 3]]), 'spasm', 'rank of concept')).toBe(3);
    expect(must(['first', 'second'], 1, 'slot')).toBe('second');
  });

  it('throws an error naming what was missing and the key it was looked up by', () => {
    expect(() => must(new Map<string, number>(), 'spasm', 'rank of concept')).toThrow('no rank of concept for "spasm"');
    expect(() => must(['first'], 1, 'slot of lane')).toThrow('no slot of lane for 1');
  });
});
