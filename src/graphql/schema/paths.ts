import { LIMITS } from '../../domain';
import type { CausalPath } from '../../store';
import { checkWhole } from '../../store/check-options';
import { builder } from '../builder';
import { costPerItem } from '../query-cost';
import { requireConcept } from '../related';
import { ConceptRef } from './concept';
import { RelationRef } from './relation';

export const CausalPathRef = builder.objectRef<CausalPath>('CausalPath').implement({
  description: 'A chain of causal relations (CAUSES, LEADS_TO, RISK_FACTOR_FOR) from one concept to another, each hop with its evidence.',
  fields: (t) => ({
    hops: t.int({ description: 'How many relations the path has.', resolve: (p) => p.edges.length }),
    nodes: t.field({ type: [ConceptRef], description: 'The concepts along the path, start first.', resolve: (p) => p.nodes }),
    edges: t.field({ type: [RelationRef], description: 'The relations along the path; edges[i] joins nodes[i] to nodes[i+1].', resolve: (p) => p.edges }),
    summary: t.string({ description: 'The path as one line of names, e.g. "Heavy lifting → Muscle strain → Back muscle spasm".', resolve: (p) => p.nodes.map((n) => n.name).join(' → ') }),
  }),
});

builder.queryField('paths', (t) =>
  t.field({
    type: [CausalPathRef],
    complexity: costPerItem,
    description: 'Directed causal paths from one concept to another, fewest hops first, then the best-evidenced.',
    args: {
      from: t.arg.id({ required: true, description: 'Where the paths start, e.g. "heavy-lifting".' }),
      to: t.arg.id({ required: true, description: 'Where the paths end, e.g. "back-spasm".' }),
      maxHops: t.arg.int({ required: false, defaultValue: 4, description: `The longest path to consider, 1 to ${LIMITS.maxHops}.` }),
      first: t.arg.int({ required: false, defaultValue: 10, description: `How many paths at most (up to ${LIMITS.maxPaths}).` }),
    },
    resolve: async (_root, args, ctx) => {
      // checked here so the error names this API's argument, not the store's option
      const first = checkWhole('first', args.first ?? 10, 1, LIMITS.maxPaths);
      const [from, to] = await Promise.all([requireConcept(ctx, String(args.from), 'from'), requireConcept(ctx, String(args.to), 'to')]);
      return ctx.store.paths(from.id, to.id, { maxHops: args.maxHops ?? 4, limit: first });
    },
  }),
);
