import type { Source } from '../../domain';
import { builder } from '../builder';

export const SourceRef = builder.objectRef<Source>('Source').implement({
  description: 'A source document the graph quotes from.',
  fields: (t) => ({
    id: t.exposeID('id', { description: "The document's file name; evidence cites it by this id." }),
    title: t.exposeString('title', { description: 'The title the document gives itself.' }),
    kind: t.exposeString('kind', { description: 'What sort of document it is, e.g. a consumer health page.' }),
    reliability: t.exposeString('reliability', { description: 'A short note on how far its statements can be trusted.' }),
    url: t.exposeString('url', { nullable: true, description: 'Where the document was published, when known.' }),
  }),
});

builder.queryField('sources', (t) =>
  t.field({ type: [SourceRef], description: 'Every source document the graph quotes, ordered by id.', resolve: (_root, _args, ctx) => ctx.store.sources() }),
);
