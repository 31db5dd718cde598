import { describe, expect, it } from 'vitest';
import { progressLine } from '../../scripts/seed-progress';

const halfway = { concepts: 100_000, relations: 25_000, totalConcepts: 100_000, totalRelations: 150_000 };

describe('the seed progress line', () => {
  it('draws a bar with the share done, the counts and the rate on a terminal', () => {
    expect(progressLine(halfway, 25, true)).toBe(`[${'█'.repeat(15)}${'░'.repeat(15)}]  50%  concepts 100,000/100,000, relations 25,000/150,000, 5,000/s`);
  });

  it('is a plain line with the counts and rate elsewhere', () => {
    expect(progressLine(halfway, 25, false)).toBe('seeded concepts 100,000/100,000, relations 25,000/150,000, 5,000/s');
  });
});
