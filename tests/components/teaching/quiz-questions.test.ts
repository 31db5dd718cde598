import { describe, expect, it } from 'vitest';
import { chainQuestions, scoreOf, tourQuestions } from '../../../src/components/teaching/quiz-questions';
import type { ChainQuizResult } from '../../../src/components/teaching/quiz-queries';
import type { ConceptRef, EvidencedRelation } from '../../../src/client/fragments';

const concept = (id: string, name: string): ConceptRef => ({ id, name, kind: 'Mechanism', urgent: false, unspecified: false });
const relation = (from: ConceptRef, to: ConceptRef): EvidencedRelation => ({
  id: `${from.id}>LEADS_TO>${to.id}`,
  type: 'LEADS_TO',
  scope: null,
  hedged: false,
  from,
  to,
  evidence: [{ quote: `${from.name} leads to ${to.name}.`, kind: 'statement', hedged: false, source: { id: 'page.txt', title: 'A page', url: null, kind: 'consumer health page', reliability: 'fair' } }],
});

const strain = concept('muscle-strain', 'Muscle strain');
const inflammation = concept('inflammation', 'Inflammation');
const guarding = concept('protective-guarding', 'Protective guarding');
const spasm = concept('back-spasm', 'Back muscle spasm');

const tour: Parameters<typeof tourQuestions>[0] = {
  steps: [
    { index: 0, title: 'The strain', narration: 'A muscle is overstretched.', question: null, relations: [] },
    {
      index: 1,
      title: 'What follows',
      narration: 'Think about injured tissue.',
      question: { prompt: 'What does a strain lead to?', answer: inflammation, choices: [guarding, inflammation] },
      relations: [relation(strain, guarding), relation(strain, inflammation)],
    },
    {
      index: 2,
      title: 'The spasm',
      narration: 'Guess the end.',
      question: { prompt: 'Where does guarding end?', answer: spasm, choices: [spasm, inflammation] },
      relations: [relation(strain, guarding)],
    },
  ],
};

describe('tour questions', () => {
  it('are the steps that ask one, in order, each with its step as context', () => {
    const questions = tourQuestions(tour);
    expect(questions.map((q) => [q.key, q.prompt, q.answer.id])).toEqual([
      ['step-1', 'What does a strain lead to?', 'inflammation'],
      ['step-2', 'Where does guarding end?', 'back-spasm'],
    ]);
    expect(questions[0]!.context).toEqual({ title: 'Step 2: What follows', text: 'Think about injured tissue.' });
  });

  it('cite the step’s relations that touch the answer, or all of them when none does', () => {
    const [first, second] = tourQuestions(tour);
    expect(first!.evidence.map((r) => r.id)).toEqual(['muscle-strain>LEADS_TO>inflammation']);
    expect(second!.evidence.map((r) => r.id)).toEqual(['muscle-strain>LEADS_TO>protective-guarding']);
  });
});

describe('chain questions', () => {
  it('keep the API’s order, prompts, choices and evidence', () => {
    const quiz: ChainQuizResult['quiz'] = {
      from: strain,
      to: spasm,
      path: { summary: 'Muscle strain → Inflammation → Back muscle spasm', provenance: 'Stated as one chain in source 000.' },
      stitchedOnly: false,
      questions: [{ prompt: 'Muscle strain leads to ?, which leads to Back muscle spasm', answer: inflammation, choices: [guarding, inflammation], evidence: [relation(strain, inflammation)] }],
    };
    expect(chainQuestions(quiz)).toEqual([
      {
        key: 'hidden-0',
        context: null,
        prompt: 'Muscle strain leads to ?, which leads to Back muscle spasm',
        answer: inflammation,
        choices: [guarding, inflammation],
        evidence: [relation(strain, inflammation)],
      },
    ]);
  });
});

describe('the score', () => {
  it('counts the picks that name the answer and treats an unanswered question as wrong', () => {
    const questions = tourQuestions(tour);
    expect(scoreOf(questions, ['inflammation', 'back-spasm'])).toBe(2);
    expect(scoreOf(questions, ['protective-guarding', 'back-spasm'])).toBe(1);
    expect(scoreOf(questions, [null, null])).toBe(0);
  });
});
