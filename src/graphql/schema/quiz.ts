import { LIMITS, type Concept, type Relation } from '../../domain';
import type { CausalPath } from '../../store';
import { builder } from '../builder';
import { answerOf, choicesOf, WRONG_CHOICES, type Question } from '../choices';
import { requireConcept } from '../related';
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
  readonly questions: readonly QuizQuestion[];
}

const QuizQuestionRef = builder.objectRef<QuizQuestion>('QuizQuestion').implement({
  description: 'One concept of a causal path hidden, to be picked from choices of its kind.',
  fields: (t) => ({
    prompt: t.exposeString('prompt', { description: 'The path with the hidden concept as "?", e.g. "Heavy lifting → ? → Back muscle spasm".' }),
    answer: t.field({ type: ConceptRef, description: 'The hidden concept.', resolve: (q, _a, ctx) => answerOf(ctx, q) }),
    choices: t.field({
      type: [ConceptRef],
      description: `The answer and up to ${WRONG_CHOICES} wrong answers of the same kind, none of them elsewhere on the path, sorted by name; the same for every student.`,
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
    path: t.field({ type: CausalPathRef, nullable: true, description: 'The path quizzed on: fewest hops, then the best-evidenced; null when none joins the two.', resolve: (q) => q.path }),
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
      'Test a causal chain: each concept along the best path from one concept to another is hidden in turn, to be predicted from choices of its kind. Null only beside a BAD_USER_INPUT error for an unknown id, so other fields of the query still answer.',
    args: {
      from: t.arg.id({ required: true, description: 'Where the chain starts, e.g. "heavy-lifting".' }),
      to: t.arg.id({ required: true, description: 'Where the chain ends, e.g. "back-spasm".' }),
    },
    resolve: async (_root, args, ctx) => {
      const [from, to] = await Promise.all([requireConcept(ctx, String(args.from), 'from'), requireConcept(ctx, String(args.to), 'to')]);
      const [path] = await ctx.store.paths(from.id, to.id, { maxHops: LIMITS.maxHops, limit: 1 });
      return { from, to, path: path ?? null, questions: path ? questionsOn(path) : [] };
    },
  }),
);

/** Hide each concept between the ends, and the end itself when it is a symptom: the start is what the student is given. */
function questionsOn(path: CausalPath): QuizQuestion[] {
  const last = path.nodes.length - 1;
  const hidden = path.nodes.map((_, index) => index).filter((index) => index > 0 && (index < last || path.nodes[last]!.kind === 'Symptom'));
  const [start, end] = [path.nodes[0]!.id, path.nodes[last]!.id];
  return hidden.map((index) => {
    const concept = path.nodes[index]!;
    return {
      prompt: path.nodes.map((node, at) => (at === index ? '?' : node.name)).join(' → '),
      answer: concept.id,
      onScreen: path.nodes.filter((_, at) => at !== index).map((node) => node.id),
      seed: `quiz:${start}:${end}:${index}`,
      evidence: path.edges.filter((edge) => edge.from === concept.id || edge.to === concept.id),
    };
  });
}
