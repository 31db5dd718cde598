import { createHash } from 'node:crypto';
import type { Concept, TourStep } from '../domain';
import { compareText } from '../domain';
import type { GraphQLContext } from './context';

/** Wrong answers offered beside the right one: four choices in all, when the kind has enough concepts. */
export const WRONG_CHOICES = 3;

/**
 * A "predict, then reveal" question, wherever it comes from: a tour step or a quiz over a path.
 * `seed` names the question (tour id and step, or path ends and position), so its choices
 * depend on nothing else.
 */
export interface Question {
  readonly prompt: string;
  /** The concept id the student has to pick. */
  readonly answer: string;
  /** Concept ids the student already sees when asked. */
  readonly onScreen: readonly string[];
  /** Concept ids the graph would also accept in the answer's place: never offered as wrong answers. */
  readonly alsoRight?: readonly string[];
  readonly seed: string;
}

/** A tour step's question, seeded by its place in the tour; undefined for a step that only narrates. */
export function questionOfStep(tourId: string, index: number, step: TourStep): Question | undefined {
  return step.question && { ...step.question, onScreen: step.show, seed: `tour:${tourId}:${index}` };
}

export async function answerOf(ctx: GraphQLContext, question: Question): Promise<Concept> {
  const answer = await ctx.loaders.concept.load(question.answer);
  if (!answer) throw new Error(`question answer ${question.answer} is missing from the store`);
  return answer;
}

export async function choicesOf(ctx: GraphQLContext, question: Question): Promise<Concept[]> {
  const answer = await answerOf(ctx, question);
  return pickChoices(answer, await ctx.loaders.conceptsOfKind.load(answer.kind), [...question.onScreen, ...(question.alsoRight ?? [])], question.seed);
}

/**
 * The answer and up to WRONG_CHOICES wrong answers of its kind, sorted by name. Wrong answers
 * are ranked by a hash of the seed and their id rather than drawn at random, so every student
 * in a class, on any server and either store, sees the same choices. `neverOffered` are left
 * out: concepts on screen (the answer never is, so offering one would be a giveaway) and those
 * the graph would also accept, which it must not mark wrong.
 */
export function pickChoices(answer: Concept, candidates: readonly Concept[], neverOffered: readonly string[], seed: string): Concept[] {
  const visible = new Set(neverOffered);
  const wrong = candidates
    .filter((concept) => concept.kind === answer.kind && concept.id !== answer.id && !visible.has(concept.id))
    .map((concept) => ({ concept, rank: rankOf(seed, concept.id) }))
    .sort((a, b) => compareText(a.rank, b.rank) || compareText(a.concept.id, b.concept.id))
    .slice(0, WRONG_CHOICES)
    .map(({ concept }) => concept);
  return [answer, ...wrong].sort((a, b) => compareText(a.name, b.name) || compareText(a.id, b.id));
}

function rankOf(seed: string, id: string): string {
  return createHash('sha256').update(`${seed}\u0000${id}`).digest('hex');
}
