import { describe, expect, it } from 'vitest';
import { namesNoCondition, relationWords } from '../../../src/components/explorer/red-flags';

const placeholder = 'serious-underlying-condition';
const isUnspecified = (id: string) => id === placeholder;

describe('a red flag', () => {
  it('names no condition when everything it suggests is a placeholder', () => {
    const edges = [{ type: 'SUGGESTS' as const, from: 'fever', to: placeholder }];
    expect(namesNoCondition('fever', edges, isUnspecified)).toBe(true);
  });

  it('names a condition when a source states one, even beside the placeholder', () => {
    const edges = [
      { type: 'SUGGESTS' as const, from: 'bladder', to: placeholder },
      { type: 'SUGGESTS' as const, from: 'bladder', to: 'spinal-cord-compression' },
    ];
    expect(namesNoCondition('bladder', edges, isUnspecified)).toBe(false);
  });

  it('is not said to name no condition when nothing it suggests is on screen', () => {
    expect(namesNoCondition('fever', [{ type: 'AFFECTS', from: 'fever', to: 'back' }], isUnspecified)).toBe(false);
  });

  it('is said in words as pointing to no named condition, and a named one as hedged as its quotes', () => {
    const fever = { name: 'Fever with back spasms' };
    expect(relationWords({ type: 'SUGGESTS', hedged: false, from: fever, to: { name: 'Serious underlying condition', unspecified: true } })).toBe(
      'Fever with back spasms: the sources do not name the condition it suggests',
    );
    expect(relationWords({ type: 'SUGGESTS', hedged: true, from: { name: 'Loss of bladder control' }, to: { name: 'Spinal cord compression' } })).toBe(
      'Loss of bladder control may suggest Spinal cord compression',
    );
  });
});
