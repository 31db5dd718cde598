import { assessChain, LIMITS, type ChainStrength, type PassageRef, type Relation, type Source } from '../../domain';
import { checkWhole, type CausalPath } from '../../store';
import { builder } from '../builder';
import { costPerItem } from '../query-cost';
import { describeChain } from '../chain-provenance';
import type { GraphQLContext } from '../context';
import { requireConcept } from '../related';
import { ConceptRef } from './concept';
import { RelationRef } from './relation';
import { SourceRef } from './source';

export const ChainStrengthEnum = builder.enumType('ChainStrength', {
  description: 'How well the sources support a causal path as a whole.',
  values: {
    attested: { description: 'A source states it: a single stated hop, or consecutive hops stated together in one passage.' },
    strong: { description: 'Stitched by the graph at shared concepts, but every hop is stated in two or more sources.' },
    inferred: { description: 'Stitched by the graph from separate statements, at least one hop resting on a single source: check the joins.' },
  } satisfies Record<ChainStrength, { description: string }>,
});

interface PathHop {
  readonly relation: Relation;
  readonly withNext: PassageRef | null;
  readonly isLast: boolean;
}

const PathHopRef = builder.objectRef<PathHop>('PathHop').implement({
  description: 'One relation of a causal path and whether a source states it together with the next one.',
  fields: (t) => ({
    relation: t.field({ type: RelationRef, description: 'The relation, with its evidence.', resolve: (h) => h.relation }),
    attestedWithNext: t.boolean({
      nullable: true,
      description: 'True when one passage of one source states this hop and the next together; false when the graph joins them; null on the last hop.',
      resolve: (h) => (h.isLast ? null : h.withNext !== null),
    }),
    passageSource: t.field({
      type: SourceRef,
      nullable: true,
      description: 'The source whose passage states this hop and the next together; null when none does.',
      resolve: (h, _a, ctx) => (h.withNext ? ctx.loaders.source.load(h.withNext.source) : null),
    }),
  }),
});

async function sourcesOf(ctx: GraphQLContext, path: CausalPath) {
  const ids = [...new Set(path.edges.flatMap((edge) => edge.evidence.map((item) => item.source)))];
  const sources = await ctx.loaders.source.loadMany(ids);
  return new Map(sources.filter((source): source is Source => source !== null && !(source instanceof Error)).map((source) => [source.id, source]));
}

export const CausalPathRef = builder.objectRef<CausalPath>('CausalPath').implement({
  description: 'A chain of causal relations (CAUSES, LEADS_TO, RISK_FACTOR_FOR) from one concept to another, each hop with its evidence.',
  fields: (t) => ({
    hops: t.int({ description: 'How many relations the path has.', resolve: (p) => p.edges.length }),
    strength: t.field({ type: ChainStrengthEnum, description: 'Attested (a source states it), strong or inferred (the graph joins separate statements).', resolve: (p) => assessChain(p.edges).strength }),
    weakestHopSources: t.int({ description: 'The fewest distinct sources stating any one hop: the path is only as strong as this hop.', resolve: (p) => assessChain(p.edges).weakestHopSources }),
    steps: t.field({
      type: [PathHopRef],
      description: 'The relations in order, each saying whether a source states it together with the next.',
      resolve: (p) => {
        const { links } = assessChain(p.edges);
        return p.edges.map((relation, index) => ({ relation, withNext: links[index] ?? null, isLast: index === p.edges.length - 1 }));
      },
    }),
    provenance: t.string({
      description: 'The path’s support in words, e.g. "Stated as one chain in “What Causes Painful Back Spasms”" or "Inferred by the graph …: linked through ‘Inflammation’ from two different sources …".',
      resolve: async (p, _a, ctx) => describeChain(p, await sourcesOf(ctx, p)),
    }),
    nodes: t.field({ type: [ConceptRef], description: 'The concepts along the path, start first.', resolve: (p) => p.nodes }),
    edges: t.field({ type: [RelationRef], description: 'The relations along the path; edges[i] joins nodes[i] to nodes[i+1].', resolve: (p) => p.edges }),
    summary: t.string({ description: 'The path as one line of names, e.g. "Heavy lifting → Muscle strain → Back muscle spasm".', resolve: (p) => p.nodes.map((n) => n.name).join(' → ') }),
  }),
});

builder.queryField('paths', (t) =>
  t.field({
    type: [CausalPathRef],
    complexity: costPerItem,
    description:
      'Directed causal paths from one concept to another, best supported first: chains a source states before chains the graph stitches together, then by the weakest hop’s sources, then fewest hops.',
    args: {
      from: t.arg.id({ required: true, description: 'Where the paths start: an id or a name, e.g. "heavy-lifting" or "Heavy lifting".' }),
      to: t.arg.id({ required: true, description: 'Where the paths end: an id or a name, e.g. "back-spasm" or "back spasm".' }),
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
