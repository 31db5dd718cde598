import { LIMITS, type Concept } from '../../domain';
import { builder } from '../builder';
import { conceptTypes } from './concept';

builder.queryField('redFlags', (t) =>
  t.field({
    type: [conceptTypes.RedFlag],
    description: 'Every red flag: the signs that mean "see a doctor now", each with the conditions it suggests (field `suggests`).',
    resolve: async (_root, _args, ctx) => {
      const flags: Concept[] = [];
      let after: string | undefined;
      for (;;) {
        const page = await ctx.store.listConcepts({ kinds: ['RedFlag'], first: LIMITS.maxPageSize, after });
        flags.push(...page.concepts);
        if (!page.hasNextPage) return flags;
        after = page.concepts.at(-1)!.id;
      }
    },
  }),
);
