import type { ConceptRef, EvidencedRelation } from '../../client/fragments';
import type { ChainQuizResult } from './quiz-queries';
import type { TourStep } from './tour-query';

/** A question as a tour step or a chain quiz asks it. */
type AskedQuestion = { prompt: string; answer: ConceptRef; choices: ConceptRef[] };

/** One question as the quiz asks it, whether it comes from a tour step or a causal chain. */
export interface QuizQuestion extends AskedQuestion {
  /** Stable within its quiz: React's key and the test's handle. */
  key: string;
  /** What the student reads before the prompt, e.g. the tour step's heading and narration. */
  context: { title: string; text: string } | null;
  /** The relations that justify the answer, shown with their quotes once it is checked. */
  evidence: EvidencedRelation[];
}

/**
 * A tour's questions, one per step that asks one. The evidence is the step's relations that
 * touch the answer (the ones the tour reveals with it); a step whose relations all avoid the
 * answer still has its own relations to cite.
 */
export function tourQuestions(tour: { steps: Pick<TourStep, 'index' | 'title' | 'narration' | 'question' | 'relations'>[] }): QuizQuestion[] {
  return tour.steps.flatMap((step) => {
    if (!step.question) return [];
    const { prompt, answer, choices } = step.question;
    const touching = step.relations.filter((relation) => relation.from.id === answer.id || relation.to.id === answer.id);
    return [
      {
        key: `step-${step.index}`,
        context: { title: `Step ${step.index + 1}: ${step.title}`, text: step.narration },
        prompt,
        answer,
        choices,
        evidence: touching.length > 0 ? touching : step.relations,
      },
    ];
  });
}

/** A chain quiz's questions as the API orders them: along the path. */
export function chainQuestions(quiz: NonNullable<ChainQuizResult['quiz']>): QuizQuestion[] {
  return quiz.questions.map((question, index) => ({
    key: `hidden-${index}`,
    context: null,
    prompt: question.prompt,
    answer: question.answer,
    choices: question.choices,
    evidence: question.evidence,
  }));
}

/** How many picks name the right answer; a question not answered counts as wrong. */
export function scoreOf(questions: readonly QuizQuestion[], picks: readonly (string | null)[]): number {
  return questions.filter((question, index) => picks[index] === question.answer.id).length;
}
