import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/graph';
import { EmbeddedStore } from '../../src/store/embedded/embedded-store';
import { graphql } from '../../src/client/graphql';
import { graphqlClient } from './graphql-client';

const query = graphqlClient();
type Data = Record<string, any>;

describe('tours', () => {
  it('lists every tour with its size, ordered by id', async () => {
    const { data, errors } = await query(graphql(`{ tours { id title audience summary stepCount } }`));
    expect(errors).toBeUndefined();
    expect(data!.tours).toEqual([
      { id: 'calming-a-spasm', title: 'Calming a spasm', audience: 'the tests', summary: 'What eases a spasm, and what to watch for.', stepCount: 2 },
      {
        id: 'strain-to-spasm',
        title: 'How a strain becomes a spasm',
        audience: 'the tests',
        summary: "Follows the fixture's chain from a strained muscle to a spasm, and what calms it.",
        stepCount: 3,
      },
    ]);
  });

  it('gives listed tours their steps too', async () => {
    const { data } = await query(graphql(`{ tours { id steps { index title } } }`));
    expect(data!.tours[0]).toEqual({ id: 'calming-a-spasm', steps: [{ index: 0, title: 'What eases it' }, { index: 1, title: 'The catch' }] });
  });
});

describe('tour(id)', () => {
  it('returns the steps with the concepts to draw and every relation with its evidence', async () => {
    const { data, errors } = await query(`{
      tour(id: "strain-to-spasm") {
        title
        steps {
          index title narration
          show { id kind } highlight { id }
          relations { id type from { id } to { id } evidence { quote source { id } } }
          question { prompt answer { id } }
        }
      }
    }`);
    expect(errors).toBeUndefined();
    const [strain, spasm] = data!.tour.steps;
    expect(spasm).toEqual({
      index: 1,
      title: 'The spasm',
      narration: 'Inflammation makes the back muscles spasm.',
      show: [{ id: 'muscle-strain', kind: 'Mechanism' }, { id: 'inflammation', kind: 'Mechanism' }, { id: 'back-spasm', kind: 'Symptom' }],
      highlight: [{ id: 'back-spasm' }],
      relations: [
        {
          id: 'muscle-strain>LEADS_TO>inflammation',
          type: 'LEADS_TO',
          from: { id: 'muscle-strain' },
          to: { id: 'inflammation' },
          evidence: [{ quote: 'A strained muscle becomes inflamed.', source: { id: 'fixture-page.txt' } }],
        },
        {
          id: 'inflammation>LEADS_TO>back-spasm',
          type: 'LEADS_TO',
          from: { id: 'inflammation' },
          to: { id: 'back-spasm' },
          evidence: [{ quote: 'Inflammation makes the back muscles spasm.', source: { id: 'fixture-page.txt' } }],
        },
      ],
      question: null,
    });
    expect(strain.question).toEqual({ prompt: 'What does a strained muscle lead to?', answer: { id: 'inflammation' } });
    // The relation to the answer is served with the step, for the reveal.
    expect(strain.show).toEqual([{ id: 'muscle-strain', kind: 'Mechanism' }]);
    expect(strain.relations.map((r: Data) => r.id)).toEqual(['muscle-strain>LEADS_TO>inflammation']);
  });

  it('gives null for an unknown id', async () => {
    const { data, errors } = await query(graphql(`{ tour(id: "no-such-tour") { id } }`));
    expect(errors).toBeUndefined();
    expect(data!.tour).toBeNull();
  });
});

describe('tour questions', () => {
  const choices = `{ tours { id steps { show { id } question { answer { id kind } choices { id kind name } } } } }`;

  it('offer the answer beside wrong answers of its kind, leaving out what the step shows, sorted by name', async () => {
    const { data } = await query(choices);
    const questions = data!.tours.flatMap((tour: Data) => tour.steps.map((step: Data) => step.question).filter(Boolean));
    expect(questions).toEqual([
      {
        answer: { id: 'drowsiness', kind: 'Condition' },
        choices: [
          { id: 'drowsiness', kind: 'Condition', name: 'Drowsiness' },
          { id: 'herniated-disc', kind: 'Condition', name: 'Herniated disc' },
          { id: 'spinal-cord-compression', kind: 'Condition', name: 'Spinal cord compression' },
        ],
      },
      {
        // muscle-strain, the third Mechanism, is on screen in that step
        answer: { id: 'inflammation', kind: 'Mechanism' },
        choices: [
          { id: 'inflammation', kind: 'Mechanism', name: 'Inflammation' },
          { id: 'nerve-compression', kind: 'Mechanism', name: 'Nerve compression' },
        ],
      },
    ]);
  });

  it('offer every student the same four choices, from any server, when the kind has many concepts', async () => {
    const tourQuestion = `{ tour(id: "heavy-lifting-to-sciatica") { steps { show { id } question { answer { id kind } choices { id kind name } } } } }`;
    const [first, second] = await Promise.all([1, 2].map(() => graphqlClient(new EmbeddedStore(loadGraph('graph')))(tourQuestion)));
    expect(second!.data).toEqual(first!.data);
    const asked = first!.data!.tour.steps.filter((step: Data) => step.question);
    expect(asked.length).toBeGreaterThan(0);
    for (const { show, question } of asked) {
      expect(question.choices).toHaveLength(4);
      expect(question.choices.map((choice: Data) => choice.id)).toContain(question.answer.id);
      expect(question.choices.every((choice: Data) => choice.kind === question.answer.kind)).toBe(true);
      expect(question.choices.filter((choice: Data) => show.some((shown: Data) => shown.id === choice.id))).toEqual([]);
      const names = question.choices.map((choice: Data) => choice.name);
      expect(names).toEqual([...names].sort());
    }
  });
});

describe('quiz', () => {
  it('hides each concept after the start, the end too when it is a symptom, with the evidence around it', async () => {
    const { data, errors } = await query(`{
      quiz(from: "heavy-lifting", to: "back-spasm") {
        from { id } to { id } path { summary }
        questions { prompt answer { id } choices { id kind } evidence { id } }
      }
    }`);
    expect(errors).toBeUndefined();
    expect(data!.quiz).toEqual({
      from: { id: 'heavy-lifting' },
      to: { id: 'back-spasm' },
      path: { summary: 'Heavy lifting → Muscle strain → Inflammation → Back muscle spasm' },
      questions: [
        {
          prompt: 'Heavy lifting may cause ?, which leads to Inflammation, which leads to Back muscle spasm',
          answer: { id: 'muscle-strain' },
          choices: [{ id: 'muscle-strain', kind: 'Mechanism' }, { id: 'nerve-compression', kind: 'Mechanism' }],
          evidence: [{ id: 'heavy-lifting>CAUSES>muscle-strain' }, { id: 'muscle-strain>LEADS_TO>inflammation' }],
        },
        {
          prompt: 'Heavy lifting may cause Muscle strain, which leads to ?, which leads to Back muscle spasm',
          answer: { id: 'inflammation' },
          choices: [{ id: 'inflammation', kind: 'Mechanism' }, { id: 'nerve-compression', kind: 'Mechanism' }],
          evidence: [{ id: 'muscle-strain>LEADS_TO>inflammation' }, { id: 'inflammation>LEADS_TO>back-spasm' }],
        },
        {
          prompt: 'Heavy lifting may cause Muscle strain, which leads to Inflammation, which leads to ?',
          answer: { id: 'back-spasm' },
          choices: [{ id: 'back-spasm', kind: 'Symptom' }, { id: 'sciatica', kind: 'Symptom' }],
          evidence: [{ id: 'inflammation>LEADS_TO>back-spasm' }],
        },
      ],
    });
  });

  it('keeps an end that is not a symptom in view', async () => {
    const { data } = await query(`{ quiz(from: "heavy-lifting", to: "inflammation") { questions { prompt answer { id } } } }`);
    expect(data!.quiz.questions).toEqual([{ prompt: 'Heavy lifting may cause ?, which leads to Inflammation', answer: { id: 'muscle-strain' } }]);
  });

  it('drills only chains a source states, never one the graph stitches together', async () => {
    const { data, errors } = await query(`{ quiz(from: "herniated-disc", to: "sciatica") { path { summary } questions { prompt } } }`);
    expect(errors).toBeUndefined();
    expect(data!.quiz).toEqual({ path: null, questions: [] });
  });

  it('takes names as well as ids', async () => {
    const { data, errors } = await query(`{ quiz(from: "Heavy lifting", to: "back spasm") { from { id } to { id } } }`);
    expect(errors).toBeUndefined();
    expect(data!.quiz).toEqual({ from: { id: 'heavy-lifting' }, to: { id: 'back-spasm' } });
  });

  it('asks nothing when no causal path joins the two', async () => {
    const { data, errors } = await query(`{ quiz(from: "dehydration", to: "sciatica") { path { summary } questions { prompt } } }`);
    expect(errors).toBeUndefined();
    expect(data!.quiz).toEqual({ path: null, questions: [] });
  });

  it('names an unknown id and the argument it came in, leaving the rest of the query to answer', async () => {
    const { data, errors } = await query(`{ stats { concepts } quiz(from: "heavy-lifting", to: "xylophone") { path { summary } } }`);
    expect(errors![0]).toMatchObject({
      message: "to: no concept is called 'xylophone'; check the spelling or try another name for it",
      extensions: { code: 'BAD_USER_INPUT', field: 'to' },
    });
    expect(data).toEqual({ stats: { concepts: 17 }, quiz: null });
  });
});
