import { InvalidInputError } from '../../domain';
import type { ChoiceCount, JoinedPoll, Poll, StartedPoll } from '../../polls';
import { echo } from '../../polls';
import { builder } from '../builder';
import { answerOf, choicesOf, questionOfStep, type Question } from '../choices';
import type { GraphQLContext } from '../context';
import { loadAll } from '../related';
import { ConceptRef } from './concept';

const CODE_DESCRIPTION = 'The poll’s join code, e.g. "K7M2QX"; any case.';

const ChoiceCountRef = builder.objectRef<ChoiceCount>('ChoiceCount').implement({
  description: 'How many students picked one choice of a poll.',
  fields: (t) => ({
    choice: t.field({
      type: ConceptRef,
      description: 'The concept offered.',
      resolve: async (count, _a, ctx) => (await ctx.loaders.concept.load(count.choice)) ?? missing(`choice ${count.choice}`),
    }),
    votes: t.exposeInt('votes', { description: 'Students whose latest vote is this choice.' }),
  }),
});

const PollRef = builder.objectRef<Poll>('Poll').implement({
  description:
    'A live class poll on a tour step’s question: students vote from their phones through a join code, the presenter watches the counts, then reveals the answer. Kept until it expires, in the instance’s memory or, with REDIS_URL, in Redis shared by every instance.',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Six characters students type or follow as a link (/join/CODE); no 0, O, 1, I or L to confuse.' }),
    tourId: t.exposeID('tourId', { description: 'The tour the question comes from.' }),
    step: t.exposeInt('step', { description: 'The step of that tour asking the question, from 0.' }),
    prompt: t.string({ description: 'What the students are asked.', resolve: async (poll, _a, ctx) => (await questionOf(ctx, poll)).prompt }),
    choices: t.field({
      type: [ConceptRef],
      description: 'The choices offered, the same as the step’s `question.choices`: the answer among wrong answers of its kind, sorted by name.',
      resolve: (poll, _a, ctx) => loadAll(ctx, poll.choices),
    }),
    counts: t.field({ type: [ChoiceCountRef], description: 'Votes per choice, in the order of `choices`, zero counts included.', resolve: (poll) => poll.counts }),
    total: t.exposeInt('total', { description: 'Students who have voted; each counts once, with their latest choice.' }),
    version: t.exposeInt('version', {
      description: 'Grows by one with every vote and with the close. Updates from several instances may arrive out of order: keep the poll with the highest version.',
    }),
    closed: t.exposeBoolean('closed', { description: 'True once the presenter has revealed the answer; a closed poll takes no more votes.' }),
    answer: t.field({
      type: ConceptRef,
      nullable: true,
      description: 'The right answer; null until the poll is closed, so no student can read it before voting.',
      resolve: async (poll, _a, ctx) => (poll.closed ? answerOf(ctx, await questionOf(ctx, poll)) : null),
    }),
    expiresAt: t.string({
      description: 'When the poll is removed, as an ISO 8601 date and time (UTC); its code means nothing after that.',
      resolve: (poll) => new Date(poll.expiresAt).toISOString(),
    }),
  }),
});

const StartedPollRef = builder.objectRef<StartedPoll>('StartedPoll').implement({
  description: 'A poll just opened, with the secret that lets its presenter close it.',
  fields: (t) => ({
    poll: t.field({ type: PollRef, description: 'The new poll.', resolve: (started) => started.poll }),
    presenterSecret: t.exposeString('presenterSecret', {
      description: 'Given only here, once: `closePoll` requires it, so only the presenter can reveal the answer. Keep it on the presenter’s device; never show it to the class.',
    }),
  }),
});

const JoinedPollRef = builder.objectRef<JoinedPoll>('JoinedPoll').implement({
  description: 'A student’s place in a poll.',
  fields: (t) => ({
    poll: t.field({ type: PollRef, description: 'The poll joined.', resolve: (joined) => joined.poll }),
    voterToken: t.exposeString('voterToken', {
      description: 'This student’s identity in this poll, issued and signed by the server: `vote` requires it, and votes with the same token replace each other.',
    }),
  }),
});

builder.queryField('poll', (t) =>
  t.field({
    type: PollRef,
    nullable: true,
    description: 'A class poll by its join code; null when no poll has that code or it has expired. Unknown codes tried (here or in any poll operation) are rate-limited per client.',
    args: { code: t.arg.string({ required: true, description: CODE_DESCRIPTION }) },
    resolve: (_root, { code }, ctx) => ctx.polls.get(code, ctx.client),
  }),
);

builder.mutationField('startPoll', (t) =>
  t.field({
    type: StartedPollRef,
    description:
      'Opens a class poll on a tour step’s question, offering that question’s choices, and returns the presenter’s secret. Any instance serving the app can take its votes when the instances share Redis (REDIS_URL). Rate-limited per client.',
    args: {
      tourId: t.arg.id({ required: true, description: 'The tour, e.g. "heavy-lifting-to-sciatica".' }),
      step: t.arg.int({ required: true, description: 'The step asking the question, from 0 as in `TourStep.index`.' }),
    },
    resolve: async (_root, args, ctx) => {
      const tourId = String(args.tourId);
      const tour = await ctx.loaders.tour.load(tourId);
      if (!tour) throw new InvalidInputError(`tourId: no tour has the id '${echo(tourId)}'; the tours query lists them`, 'tourId');
      const step = tour.steps[args.step];
      const question = step && questionOfStep(tour.id, args.step, step);
      if (!question) {
        const asking = tour.steps.flatMap((s, index) => (s.question ? [index] : []));
        const where = asking.length > 0 ? `choose a step that asks one: ${asking.join(', ')} (from 0)` : 'this tour asks no questions';
        throw new InvalidInputError(`step: step ${args.step} of tour '${tour.id}' ${step ? 'asks no question' : 'does not exist'}; ${where}`, 'step');
      }
      const choices = await choicesOf(ctx, question);
      return ctx.polls.start({ tourId: tour.id, step: args.step, choices: choices.map((choice) => choice.id) }, ctx.client);
    },
  }),
);

builder.mutationField('joinPoll', (t) =>
  t.field({
    type: JoinedPollRef,
    description: 'Joins a poll as a student: gives the voter token `vote` requires. The join page calls it once per poll and device.',
    args: { code: t.arg.string({ required: true, description: CODE_DESCRIPTION }) },
    resolve: (_root, { code }, ctx) => ctx.polls.join(code, ctx.client),
  }),
);

builder.mutationField('vote', (t) =>
  t.field({
    type: PollRef,
    description: 'A student’s answer. Voting again with the same voter token changes the answer, until the poll is closed.',
    args: {
      code: t.arg.string({ required: true, description: CODE_DESCRIPTION }),
      voter: t.arg.string({ required: true, description: 'The voter token `joinPoll` gave this student for this poll.' }),
      choice: t.arg.id({ required: true, description: 'The id of one of the poll’s choices.' }),
    },
    resolve: (_root, args, ctx) => ctx.polls.vote(args.code, args.voter, String(args.choice), ctx.client),
  }),
);

builder.mutationField('closePoll', (t) =>
  t.field({
    type: PollRef,
    description: 'Stops the voting and reveals the answer (`Poll.answer`); only the presenter who started the poll can. Closing a closed poll changes nothing.',
    args: {
      code: t.arg.string({ required: true, description: CODE_DESCRIPTION }),
      presenterSecret: t.arg.string({ required: true, description: 'The secret `startPoll` returned.' }),
    },
    resolve: (_root, { code, presenterSecret }, ctx) => ctx.polls.close(code, presenterSecret, ctx.client),
  }),
);

builder.subscriptionField('pollUpdated', (t) =>
  t.field({
    type: PollRef,
    description:
      'The poll now, then again after every vote and when it closes; the stream ends after the closing event or when the poll expires. Served as server-sent events: POST with `accept: text/event-stream`, or GET with `?query=` as an EventSource does.',
    args: { code: t.arg.string({ required: true, description: CODE_DESCRIPTION }) },
    subscribe: (_root, { code }, ctx) => ctx.polls.subscribe(code, ctx.client),
    resolve: (poll) => poll,
  }),
);

/** The question a poll asks, read from its tour: the poll keeps only the votes. */
async function questionOf(ctx: GraphQLContext, poll: Poll): Promise<Question> {
  const tour = await ctx.loaders.tour.load(poll.tourId);
  const step = tour?.steps[poll.step];
  return (step && questionOfStep(poll.tourId, poll.step, step)) ?? missing(`the question of step ${poll.step} of tour ${poll.tourId}`);
}

function missing(what: string): never {
  throw new Error(`poll: ${what} is missing from the store`);
}
