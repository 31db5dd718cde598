import { describe, expect, it } from 'vitest';
import { citedSources } from '../../../src/components/teaching/cited-sources';
import { steps } from './handout-steps';

describe('the handout’s sources', () => {
  it('are numbered in the order first quoted, each once, with the steps that quote them', () => {
    expect(citedSources(steps).map(({ number, id, steps: citing }) => ({ number, id, citing }))).toEqual([
      { number: 1, id: 'b.txt', citing: [1] },
      { number: 2, id: 'a.txt', citing: [1, 2] },
      { number: 3, id: 'c.txt', citing: [2] },
    ]);
  });
});
