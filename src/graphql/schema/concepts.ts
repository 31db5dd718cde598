import { InvalidInputError, LIMITS, type Concept } from '../../domain';
import type { ConceptPage } from '../../store';
import { builder } from '../builder';
import { costPerItem, PAGE_ITEM_COST } from '../query-cost';
import { ConceptRef } from './concept';
import { ConceptKindEnum } from './enums';

/** Cursors are opaque to clients; inside they carry the id the store pages after. */
const cursorOf = (concept: Concept) => Buffer.from(`concept:${concept.id}`).toString('base64url');

function idFromCursor(cursor: string): string {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!decoded.startsWith('concept:')) throw new InvalidInputError(`'${cursor}' is not a cursor from this API: pass an endCursor from a previous page`, 'after');
  return decoded.slice('concept:'.length);
}

const PageInfoRef = builder.objectRef<{ hasNextPage: boolean; endCursor: string | null }>('PageInfo').implement({
  description: 'Where a page ends and whether another follows (Relay cursor connections).',
  fields: (t) => ({
    hasNextPage: t.exposeBoolean('hasNextPage', { description: 'True when more results follow this page.' }),
    endCursor: t.exposeString('endCursor', { nullable: true, description: 'Pass as `after` to get the next page; null on an empty page.' }),
  }),
});

const ConceptEdgeRef = builder.objectRef<Concept>('ConceptEdge').implement({
  description: 'A concept in a page, with its cursor.',
  fields: (t) => ({
    cursor: t.string({ description: 'Opaque position of this concept in the list.', resolve: cursorOf }),
    node: t.field({ type: ConceptRef, description: 'The concept.', resolve: (concept) => concept }),
  }),
});

const ConceptConnectionRef = builder.objectRef<ConceptPage>('ConceptConnection').implement({
  description: 'One page of concepts, ordered by id.',
  fields: (t) => ({
    // the page's size is counted once, on concepts(first)
    edges: t.field({ type: [ConceptEdgeRef], complexity: PAGE_ITEM_COST, description: 'The concepts of this page with their cursors.', resolve: (page) => page.concepts }),
    nodes: t.field({ type: [ConceptRef], complexity: PAGE_ITEM_COST, description: 'The concepts of this page, without cursors.', resolve: (page) => page.concepts }),
    pageInfo: t.field({
      type: PageInfoRef,
      description: 'Whether another page follows, and the cursor to ask for it.',
      resolve: (page) => ({ hasNextPage: page.hasNextPage, endCursor: page.concepts.length > 0 ? cursorOf(page.concepts.at(-1)!) : null }),
    }),
    totalCount: t.exposeInt('totalCount', { description: 'How many concepts match in all pages.' }),
  }),
});

const ConceptFilter = builder.inputType('ConceptFilter', {
  description: 'Conditions every listed concept meets.',
  fields: (t) => ({
    kinds: t.field({ type: [ConceptKindEnum], required: false, description: 'Only concepts of these kinds.' }),
    urgent: t.boolean({ required: false, description: 'Only urgent (true) or only non-urgent (false) concepts.' }),
  }),
});

builder.queryField('concepts', (t) =>
  t.field({
    type: ConceptConnectionRef,
    complexity: costPerItem,
    description: 'All concepts, or those of one kind, a page at a time in id order.',
    args: {
      kind: t.arg({ type: ConceptKindEnum, required: false, description: 'Only concepts of this kind (overrides filter.kinds).' }),
      filter: t.arg({ type: ConceptFilter, required: false, description: 'Narrow the list by kinds or urgency.' }),
      first: t.arg.int({ required: false, defaultValue: 20, description: `Page size, up to ${LIMITS.maxPageSize}.` }),
      after: t.arg.string({ required: false, description: 'The endCursor of the previous page.' }),
    },
    resolve: (_root, args, ctx) =>
      ctx.store.listConcepts({
        kinds: args.kind ? [args.kind] : (args.filter?.kinds ?? undefined),
        urgent: args.filter?.urgent ?? undefined,
        first: args.first ?? 20,
        after: args.after ? idFromCursor(args.after) : undefined,
      }),
  }),
);
