import { assessChain, CAUSAL_RELATION_TYPES, chainSentence, CHAIN_OUTCOME_KINDS, isHedgedRelation, LIMITS, type Concept, type Relation } from '../../domain';
import type { CausalPath } from '../../store';
import { builder } from '../builder';
import { answerOf, choicesOf, WRONG_CHOICES, type Question } from '../choices';
import type { GraphQLContext } from '../context';
import { relationsOf, requireConcept } from '../related';
import { ConceptRef } from './concept';
import { CausalPathRef } from './paths';
import { RelationRef } from './relation';

interface QuizQuestion extends Question {
  readonly evidence: readonly Relation[];
}

interface Quiz {
  readonly from: Concept;
  readonly to: Concept;
  readonly path: CausalPath | null;
  /** Paths join the two, but only ones the graph stitches together. */
  readonly stitchedOnly: boolean;
  readonly questions: readonly QuizQuestion[];
}

const QuizQuestionRef = builder.objectRef<QuizQuestion>('QuizQuestion').implement({
  description: 'One concept of a causal path hidden, to be picked from choices of its kind.',
  fields: (t) => ({
    prompt: t.exposeString('prompt', {
      description: 'The path in words with the hidden concept as "?", each hop said as strongly as its quotes, e.g. "Heavy lifting causes ?, which may lead to Back muscle spasm".',
    }),
    answer: t.field({ type: ConceptRef, description: 'The hidden concept.', resolve: (q, _a, ctx) => answerOf(ctx, q) }),
    choices: t.field({
      type: [ConceptRef],
      description: `The answer and up to ${WRONG_CHOICES} wrong answers of the same kind, none of them elsewhere on the path and none the graph would also accept in that place, sorted by name; the same for every student.`,
      resolve: (q, _a, ctx) => choicesOf(ctx, q),
    }),
    evidence: t.field({ type: [RelationRef], description: 'The path’s relations into and out of the hidden concept, with their quotes: what to show after the answer.', resolve: (q) => q.evidence }),
  }),
});

const QuizRef = builder.objectRef<Quiz>('Quiz').implement({
  description: 'A quiz over the best causal path between two concepts. Nothing is stored: the same graph always gives the same quiz.',
  fields: (t) => ({
    from: t.field({ type: ConceptRef, description: 'Where the path starts.', resolve: (q) => q.from }),
    to: t.field({ type: ConceptRef, description: 'Where the path ends.', resolve: (q) => q.to }),
    path: t.field({
      type: CausalPathRef,
      nullable: true,
      description:
        'The path quizzed on: the best-supported chain a source states (attested) or every hop of which two sources state (strong), preferring one with a step between the ends; null when no such chain joins the two.',
      resolve: (q) => q.path,
    }),
    stitchedOnly: t.exposeBoolean('stitchedOnly', {
      description: 'True when causal paths join the two but every one is stitched by the graph from separate statements, so none is quizzed on (path is null).',
    }),
    questions: t.field({
      type: [QuizQuestionRef],
      description: 'One question per concept between start and end, and one for the end when it is a symptom, in path order; empty when no path joins them.',
      resolve: (q) => q.questions,
    }),
  }),
});

builder.queryField('quiz', (t) =>
  t.field({
    type: QuizRef,
    nullable: true,
    description:
      'Test a causal chain: each concept along a well-supported path from one concept to another is hidden in turn, to be predicted from choices of its kind. Takes ids or names ("ice"). Null only beside a BAD_USER_INPUT error for a concept not found, so other fields of the query still answer.',
    args: {
      from: t.arg.id({ required: true, description: 'Where the chain starts: an id or a name, e.g. "heavy-lifting" or "heavy lifting".' }),
      to: t.arg.id({ required: true, description: 'Where the chain ends: an id or a name, e.g. "back-spasm" or "back spasm".' }),
    },
    resolve: async (_root, args, ctx) => {
      const [from, to] = await Promise.all([requireConcept(ctx, String(args.from), 'from'), requireConcept(ctx, String(args.to), 'to')]);
      const paths = await ctx.store.paths(from.id, to.id, { maxHops: LIMITS.maxHops, limit: LIMITS.maxPaths });
      const path = quizPath(paths);
      return { from, to, path, stitchedOnly: path === null && paths.length > 0, questions: path ? await questionsOn(ctx, path) : [] };
    },
  }),
);

/**
 * Only chains the sources state (attested) or back hop by hop in two sources (strong) are drilled:
 * a stitched chain would teach a link no source makes. A chain with a step between its ends asks
 * more than a single stated hop does, so it comes first.
 */
function quizPath(paths: readonly CausalPath[]): CausalPath | null {
  const trusted = paths.filter((path) => assessChain(path.edges).strength !== 'inferred');
  return trusted.find((path) => path.edges.length > 1) ?? trusted[0] ?? null;
}

/** Hide each concept between the ends, and the end itself when it is an outcome: the start is what the student is given. */
async function questionsOn(ctx: GraphQLContext, path: CausalPath): Promise<QuizQuestion[]> {
  const last = path.nodes.length - 1;
  const hidden = path.nodes.map((_, index) => index).filter((index) => index > 0 && (index < last || CHAIN_OUTCOME_KINDS.includes(path.nodes[last]!.kind)));
  const [start, end] = [path.nodes[0]!.id, path.nodes[last]!.id];
  const hops = path.edges.map((edge) => ({ type: edge.type, hedged: isHedgedRelation(edge) }));
  return Promise.all(
    hidden.map(async (index) => {
      const concept = path.nodes[index]!;
      return {
        prompt: chainSentence(path.nodes.map((node, at) => (at === index ? '?' : node.name)), hops),
        answer: concept.id,
        onScreen: path.nodes.filter((_, at) => at !== index).map((node) => node.id),
        alsoRight: await alsoRight(ctx, path.nodes[index - 1]!.id, path.nodes[index + 1]?.id),
        seed: `quiz:${start}:${end}:${index}`,
        evidence: path.edges.filter((edge) => edge.from === concept.id || edge.to === concept.id),
      };
    }),
  );
}

/** Concepts the graph links causally from the one before the gap (and on to the one after it, if any): right answers too. */
async function alsoRight(ctx: GraphQLContext, before: string, after: string | undefined): Promise<string[]> {
  const fromBefore = (await relationsOf(ctx, before, CAUSAL_RELATION_TYPES, 'out')).map((r) => r.to);
  if (after === undefined) return fromBefore;
  const intoAfter = new Set((await relationsOf(ctx, after, CAUSAL_RELATION_TYPES, 'in')).map((r) => r.from));
  return fromBefore.filter((id) => intoAfter.has(id));
}
