import { LIMITS } from '../../domain';
import type { SearchHit } from '../../store';
import { builder } from '../builder';
import { costPerItem } from '../query-cost';
import { ConceptRef } from './concept';
import { ConceptKindEnum, MatchQualityEnum } from './enums';

const SearchHitRef = builder.objectRef<SearchHit>('SearchHit').implement({
  description: 'A concept found by search, with what matched.',
  fields: (t) => ({
    concept: t.field({ type: ConceptRef, description: 'The concept found.', resolve: (hit) => hit.concept }),
    match: t.field({ type: MatchQualityEnum, description: 'How well it matched.', resolve: (hit) => hit.match }),
    matchedText: t.exposeString('matchedText', { description: 'The name or synonym that matched, as written in the graph.' }),
  }),
});

builder.queryField('search', (t) =>
  t.field({
    type: [SearchHitRef],
    complexity: costPerItem,
    description: 'Concepts whose name or a synonym contains the text, ignoring case and accents; best match first (exact, prefix, word, substring).',
    args: {
      text: t.arg.string({ required: true, description: `What to look for, 1 to ${LIMITS.maxSearchLength} characters.` }),
      kinds: t.arg({ type: [ConceptKindEnum], required: false, description: 'Only concepts of these kinds.' }),
      first: t.arg.int({ required: false, defaultValue: 20, description: `How many hits at most (up to ${LIMITS.maxPageSize}).` }),
    },
    resolve: (_root, args, ctx) => ctx.store.search(args.text, { kinds: args.kinds ?? undefined, limit: args.first ?? 20 }),
  }),
);
