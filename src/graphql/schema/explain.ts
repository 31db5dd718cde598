import { CHAIN_ORIGIN_KINDS, CHAIN_OUTCOME_KINDS, LIMITS, type Concept } from '../../domain';
import type { CausalPath } from '../../store';
import { builder } from '../builder';
import { requireConcept } from '../related';
import { ConceptRef } from './concept';
import { CausalPathRef } from './paths';

interface Explanation {
  cause: Concept;
  symptom: Concept;
  chains: CausalPath[];
}

const MechanismChainRef = builder.objectRef<CausalPath>('MechanismChain').implement({
  description: 'One way a cause produces a symptom: the concepts in between and the evidenced path through them.',
  fields: (t) => ({
    steps: t.field({ type: [ConceptRef], description: 'The concepts between cause and symptom, in order (mostly mechanisms).', resolve: (p) => p.nodes.slice(1, -1) }),
    path: t.field({ type: CausalPathRef, description: 'The whole path with the evidence for every hop, its strength and its provenance in words.', resolve: (p) => p }),
  }),
});

const ExplanationRef = builder.objectRef<Explanation>('Explanation').implement({
  description: 'How a cause leads to a symptom, according to the sources.',
  fields: (t) => ({
    cause: t.field({ type: ConceptRef, description: 'The cause asked about.', resolve: (e) => e.cause }),
    symptom: t.field({ type: ConceptRef, description: 'The symptom asked about.', resolve: (e) => e.symptom }),
    chains: t.field({
      type: [MechanismChainRef],
      description: 'The chains that connect them, best supported first (a chain a source states before one the graph stitches together); empty when the sources connect them in no way.',
      resolve: (e) => e.chains,
    }),
    direct: t.boolean({ description: 'True when a source links the cause to the symptom directly, without a mechanism in between.', resolve: (e) => e.chains.some((c) => c.edges.length === 1) }),
  }),
});

builder.queryField('explain', (t) =>
  t.field({
    type: ExplanationRef,
    description: 'The mechanism chains through which a cause (or an underlying condition) leads to a symptom.',
    args: {
      cause: t.arg.id({ required: true, description: `Where chains start (${CHAIN_ORIGIN_KINDS.join(' or ')}): an id or a name, e.g. "heavy-lifting".` }),
      symptom: t.arg.id({ required: true, description: `Where chains end (${CHAIN_OUTCOME_KINDS.join(' or ')}): an id or a name, e.g. "back spasm".` }),
    },
    resolve: async (_root, args, ctx) => {
      const [cause, symptom] = await Promise.all([
        requireConcept(ctx, String(args.cause), 'cause', CHAIN_ORIGIN_KINDS),
        requireConcept(ctx, String(args.symptom), 'symptom', CHAIN_OUTCOME_KINDS),
      ]);
      const chains = await ctx.store.paths(cause.id, symptom.id, { maxHops: LIMITS.maxHops, limit: 20 });
      return { cause, symptom, chains };
    },
  }),
);
