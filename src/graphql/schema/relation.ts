import { isHedgedRelation, type Concept, type Relation } from '../../domain';
import { builder } from '../builder';
import { ConceptRef } from './concept';
import { RelationTypeEnum } from './enums';
import { EvidenceRef } from './evidence';

export const RelationRef = builder.objectRef<Relation>('Relation');

RelationRef.implement({
  description: 'A directed, typed link between two concepts, with the quotes that support it.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id: from>TYPE>to.' }),
    type: t.field({ type: RelationTypeEnum, description: 'How the two concepts are related.', resolve: (r) => r.type }),
    from: t.field({ type: ConceptRef, description: 'Where the relation starts.', resolve: (r, _a, ctx) => loadEnd(ctx.loaders.concept, r.from) }),
    to: t.field({ type: ConceptRef, description: 'Where the relation ends.', resolve: (r, _a, ctx) => loadEnd(ctx.loaders.concept, r.to) }),
    scope: t.string({
      nullable: true,
      description:
        'The condition or situation the quotes attach to the claim, as a short phrase to show beside it (e.g. "combined with a muscle relaxer"); null when the quotes state it without one.',
      resolve: (r) => r.scope ?? null,
    }),
    evidence: t.field({ type: [EvidenceRef], description: 'The exact words of the sources that support it; never empty.', resolve: (r) => r.evidence }),
    hedged: t.boolean({
      description: 'True when every statement and expert quote for it hedges ("may", "can", "some"), so no source states it plainly: say "may lead to", and draw it lighter.',
      resolve: (r) => isHedgedRelation(r),
    }),
  }),
});

async function loadEnd(loader: { load(id: string): Promise<Concept | null> }, id: string): Promise<Concept> {
  const concept = await loader.load(id);
  if (!concept) throw new Error(`relation end ${id} is missing from the store`);
  return concept;
}

builder.queryField('relation', (t) =>
  t.field({
    type: RelationRef,
    nullable: true,
    description: 'One relation by id (from>TYPE>to), with its evidence; null when there is no such relation.',
    args: { id: t.arg.id({ required: true, description: 'The relation id, e.g. "heavy-lifting>CAUSES>muscle-strain".' }) },
    resolve: async (_root, { id }, ctx) => {
      const [from] = String(id).split('>');
      const relations = from ? await ctx.loaders.relationsOf.load(from) : [];
      return relations.find((relation) => relation.id === String(id)) ?? null;
    },
  }),
);
