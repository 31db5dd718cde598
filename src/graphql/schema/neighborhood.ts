import { LIMITS } from '../../domain';
import type { Subgraph } from '../../store';
import { builder } from '../builder';
import { SUBGRAPH_COST } from '../query-cost';
import { ConceptRef } from './concept';
import { ConceptKindEnum, RelationTypeEnum } from './enums';
import { RelationRef } from './relation';

export const SubgraphRef = builder.objectRef<Subgraph>('Subgraph').implement({
  description: 'A piece of the graph shaped for drawing: its concepts and every relation among them.',
  fields: (t) => ({
    nodes: t.field({ type: [ConceptRef], complexity: SUBGRAPH_COST, description: 'The concepts, ordered by id.', resolve: (g) => g.nodes }),
    edges: t.field({ type: [RelationRef], complexity: SUBGRAPH_COST, description: 'The relations among them, ordered by id, each with its evidence.', resolve: (g) => g.edges }),
  }),
});

builder.queryField('neighborhood', (t) =>
  t.field({
    type: SubgraphRef,
    description: 'The concepts within `depth` relations of the focus concepts, in either direction, and the relations among them. Unknown ids are ignored.',
    args: {
      ids: t.arg.idList({ required: true, description: `The focus concept ids (at most ${LIMITS.maxIds}).` }),
      depth: t.arg.int({ required: false, defaultValue: 1, description: `How many relations out to go, 0 to ${LIMITS.maxDepth}.` }),
      kinds: t.arg({ type: [ConceptKindEnum], required: false, description: 'Only include and walk through concepts of these kinds; focus concepts are always included.' }),
      relationTypes: t.arg({ type: [RelationTypeEnum], required: false, description: 'Only follow and return relations of these types.' }),
    },
    resolve: (_root, args, ctx) =>
      ctx.store.neighborhood(args.ids.map(String), {
        depth: args.depth ?? 1,
        kinds: args.kinds ?? undefined,
        relationTypes: args.relationTypes ?? undefined,
      }),
  }),
);
