import { describe, expect, it } from 'vitest';
import { relationGroups } from '../../../src/components/explorer/relation-groups';

describe('relation groups', () => {
  it('group by type in the domain’s order, stated before hedged, so each heading can say "may" for all of its group', () => {
    const relations = [
      { id: 'a', type: 'RELIEVES' as const, hedged: true },
      { id: 'b', type: 'LEADS_TO' as const, hedged: true },
      { id: 'c', type: 'LEADS_TO' as const, hedged: false },
      { id: 'd', type: 'CAUSES' as const },
    ];
    expect(relationGroups(relations).map(({ type, hedged, members }) => [type, hedged, members.map((m) => m.id)])).toEqual([
      ['CAUSES', false, ['d']],
      ['LEADS_TO', false, ['c']],
      ['LEADS_TO', true, ['b']],
      ['RELIEVES', true, ['a']],
    ]);
  });
});
