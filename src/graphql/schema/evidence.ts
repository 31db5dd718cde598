import type { Evidence } from '../../domain';
import { builder } from '../builder';
import { EvidenceKindEnum } from './enums';
import { SourceRef } from './source';

export const EvidenceRef = builder.objectRef<Evidence>('Evidence').implement({
  description: 'The exact words of a source document that support a relation: the answer to "says who?".',
  fields: (t) => ({
    quote: t.exposeString('quote', { description: 'A verbatim span of the source document, at most 300 characters.' }),
    passage: t.string({
      nullable: true,
      description: 'Set when the quote belongs to a passage that states several hops of a chain together; consecutive relations sharing it form an attested chain.',
      resolve: (e) => e.passage ?? null,
    }),
    hedged: t.exposeBoolean('hedged', {
      description: 'True when the quote only says the relation may or sometimes holds ("may", "can", "in some cases"): say it as "may lead to", not "leads to".',
    }),
    kind: t.field({ type: EvidenceKindEnum, description: 'Whether the document states it, an expert says it, or it is a story or question.', resolve: (e) => e.kind }),
    source: t.field({
      type: SourceRef,
      description: 'The document quoted.',
      resolve: async (evidence, _args, ctx) => {
        const source = await ctx.loaders.source.load(evidence.source);
        if (!source) throw new Error(`evidence cites source ${evidence.source}, which the store does not have`);
        return source;
      },
    }),
  }),
});
