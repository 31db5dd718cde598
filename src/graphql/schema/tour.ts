import type { Relation, Tour, TourStep } from '../../domain';
import type { TourSummary } from '../../store';
import { builder } from '../builder';
import { answerOf, choicesOf, questionOfStep, WRONG_CHOICES, type Question } from '../choices';
import { loadAll } from '../related';
import { TourCaseRef } from './case-analysis';
import { ConceptRef } from './concept';
import { RelationRef } from './relation';

/** A step with what its fields need to know beyond the file: which tour it is in, and where. */
interface StepInTour {
  readonly tourId: string;
  readonly index: number;
  readonly step: TourStep;
}

export const TourQuestionRef = builder.objectRef<Question>('TourQuestion').implement({
  description: 'Predict, then reveal: a question the class votes on before the answer joins the picture.',
  fields: (t) => ({
    prompt: t.exposeString('prompt', { description: 'What the students are asked.' }),
    answer: t.field({ type: ConceptRef, description: 'The concept that answers it; not among the step’s `show` until revealed.', resolve: (q, _a, ctx) => answerOf(ctx, q) }),
    choices: t.field({
      type: [ConceptRef],
      description: `The answer and up to ${WRONG_CHOICES} wrong answers of the same kind, none of them already on screen, sorted by name; the same for every student.`,
      resolve: (q, _a, ctx) => choicesOf(ctx, q),
    }),
  }),
});

const TourStepRef = builder.objectRef<StepInTour>('TourStep').implement({
  description: 'One screen of a tour: what to draw, what to say about it, and perhaps a question.',
  fields: (t) => ({
    index: t.int({ description: 'Where the step comes in its tour, from 0.', resolve: (s) => s.index }),
    title: t.string({ description: 'A short heading for the step.', resolve: (s) => s.step.title }),
    narration: t.string({ description: 'One to four sentences in the project’s own words, pointing at what the evidence says.', resolve: (s) => s.step.narration }),
    show: t.field({ type: [ConceptRef], description: 'The concepts to draw, in the order the tour lists them.', resolve: (s, _a, ctx) => loadAll(ctx, s.step.show) }),
    highlight: t.field({ type: [ConceptRef], description: 'The concepts of `show` to emphasise.', resolve: (s, _a, ctx) => loadAll(ctx, s.step.highlight) }),
    relations: t.field({
      type: [RelationRef],
      description: 'The relations to draw, each with its evidence. Those touching the question’s answer belong to the reveal.',
      resolve: async (s, _a, ctx) => {
        const ends = s.step.question ? [...s.step.show, s.step.question.answer] : s.step.show;
        const touching = new Map((await ctx.loaders.relationsOf.loadMany(ends)).flatMap((found) => (found instanceof Error ? [] : found)).map((r) => [r.id, r]));
        return s.step.relations.map((id) => touching.get(id)).filter((relation): relation is Relation => relation !== undefined);
      },
    }),
    case: t.field({
      type: TourCaseRef,
      nullable: true,
      description: 'A case for the class to explain ("what explains this?"); null for a step without one.',
      resolve: (s) => s.step.case ?? null,
    }),
    question: t.field({
      type: TourQuestionRef,
      nullable: true,
      description: 'A question to vote on before the answer is shown; null for a step that only narrates.',
      resolve: ({ tourId, index, step }) => questionOfStep(tourId, index, step),
    }),
  }),
});

/** A tour as listed (without steps) or as opened (with them): `steps` loads them when missing. */
const TourRef = builder.objectRef<Tour | TourSummary>('Tour').implement({
  description: 'A guided tour for teaching: a sequence of steps through the graph, written by a teacher and kept in graph/tours/.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable kebab-case id, the name of the tour’s file.' }),
    title: t.exposeString('title', { description: 'What the tour is called.' }),
    audience: t.exposeString('audience', { description: 'Who it is written for, in the author’s words.' }),
    summary: t.exposeString('summary', { description: 'One or two sentences on what it teaches.' }),
    stepCount: t.int({ description: 'How many steps it has.', resolve: (tour) => ('steps' in tour ? tour.steps.length : tour.stepCount) }),
    steps: t.field({
      type: [TourStepRef],
      description: 'The steps in order. Listed tours load their steps one tour at a time: ask for them on `tour(id)`.',
      resolve: async (listed, _a, ctx) => {
        const tour = 'steps' in listed ? listed : await ctx.store.tour(listed.id);
        if (!tour) throw new Error(`tour ${listed.id} is listed but missing from the store`);
        return tour.steps.map((step, index) => ({ tourId: tour.id, index, step }));
      },
    }),
  }),
});

builder.queryField('tours', (t) =>
  t.field({ type: [TourRef], description: 'Every guided tour, ordered by id.', resolve: (_root, _args, ctx) => ctx.store.tours() }),
);

builder.queryField('tour', (t) =>
  t.field({
    type: TourRef,
    nullable: true,
    description: 'One guided tour with its steps; null when no tour has that id.',
    args: { id: t.arg.id({ required: true, description: 'The tour id, e.g. "heavy-lifting-to-sciatica".' }) },
    resolve: (_root, { id }, ctx) => ctx.store.tour(String(id)),
  }),
);
