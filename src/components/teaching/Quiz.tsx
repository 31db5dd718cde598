'use client';

import type { ReactNode } from 'react';
import { useApiQuery, type Request } from '../../client/use-api-query';
import { CHAIN_QUIZ_QUERY } from './quiz-queries';
import { chainQuestions, tourQuestions, type QuizQuestion } from './quiz-questions';
import { QuizRun } from './QuizRun';
import { TOUR_QUERY } from './tour-query';
import './quiz.css';

/** Where a quiz's questions come from: a tour's questions, or the concepts along a causal chain. */
export type QuizSource = { tour: string } | { from: string; to: string };

/** A quiz from a tour or a causal chain, with a clear message for each way it can fail to exist. */
export function Quiz({ source }: { source: QuizSource }) {
  return 'tour' in source ? <TourQuiz id={source.tour} /> : <ChainQuiz from={source.from} to={source.to} />;
}

const ANOTHER_QUIZ = <a href="/quiz">Choose another quiz</a>;

function TourQuiz({ id }: { id: string }) {
  const request = useApiQuery(TOUR_QUERY, { id });
  if (request.status !== 'done') return <Pending request={request} />;
  const { tour } = request.data;
  if (!tour) return <Problem title="No such tour" message={`No tour has the id “${id}”. Choose one of the guided tours instead.`} />;
  const handout = <a href={`/tours/${encodeURIComponent(tour.id)}/handout`}>Printable handout of this tour</a>;
  return (
    <QuizBody
      title={`Quiz: ${tour.title}`}
      intro="The guided tour’s questions, one at a time: predict, check, then read what the sources say."
      questions={tourQuestions(tour)}
      empty={`The tour “${tour.title}” asks no questions, so there is nothing to quiz on; its handout shows every step.`}
      links={
        <>
          {handout}
          {ANOTHER_QUIZ}
        </>
      }
    />
  );
}

function ChainQuiz({ from, to }: { from: string; to: string }) {
  const request = useApiQuery(CHAIN_QUIZ_QUERY, { from, to });
  if (request.status !== 'done') return <Pending request={request} />;
  const { quiz } = request.data;
  // the schema allows null, which the API sends only beside an error (reported above as one); alone it still gets a message
  if (!quiz) return <Problem title="This quiz could not be made" message={`No quiz joins “${from}” and “${to}”. Check both concepts, or choose another quiz.`} />;
  const [start, end] = [quiz.from.name, quiz.to.name];
  // The path's summary would give every answer away; a symptom at the end is asked too, and then the title must not name it either.
  const endAsked = quiz.questions.some((question) => question.answer.id === quiz.to.id);
  return (
    <QuizBody
      title={endAsked ? `Quiz: where ${start} leads` : `Quiz: ${start} → ${end}`}
      intro={`Each question hides one concept of the best-supported causal chain from ${start}${endAsked ? ', the end included' : ` to ${end}`}: pick the missing one.`}
      questions={chainQuestions(quiz)}
      recap={quiz.path ? `The whole path: ${quiz.path.summary}. ${quiz.path.provenance}` : undefined}
      empty={
        quiz.path
          ? `The path from ${start} to ${end} has no concept in between to hide, so there is nothing to quiz on. Try a symptom as the end.`
          : quiz.stitchedOnly
            ? `The graph links ${start} to ${end} only by joining separate statements at shared concepts; no source states that chain, so it is not quizzed. The path finder on the map shows how they are linked.`
            : `The sources connect ${start} to ${end} by no causal path of up to 6 steps, so there is nothing to quiz on. Try two other concepts: a cause and a symptom work best.`
      }
      links={
        <>
          {quiz.path || quiz.stitchedOnly ? (
            <a href={`/?${new URLSearchParams({ focus: quiz.from.id, from: quiz.from.id, to: quiz.to.id }).toString()}`}>See {quiz.path ? 'this path' : 'how they are linked'} on the map</a>
          ) : null}
          {ANOTHER_QUIZ}
        </>
      }
    />
  );
}

interface QuizBodyProps {
  title: string;
  intro: string;
  questions: QuizQuestion[];
  /** Why there are no questions, for a quiz that has none. */
  empty: string;
  /** What to show with the score once every answer is out. */
  recap?: string;
  links: ReactNode;
}

function QuizBody({ title, intro, questions, empty, recap, links }: QuizBodyProps) {
  return (
    <div className="quiz" data-testid="quiz">
      <h1>{title}</h1>
      {questions.length === 0 ? (
        <>
          <p role="status" className="quiz-message">
            {empty}
          </p>
          <p className="quiz-links">{links}</p>
        </>
      ) : (
        <>
          <p className="quiz-intro">{intro}</p>
          <QuizRun questions={questions} recap={recap} after={links} />
        </>
      )}
    </div>
  );
}

function Pending({ request }: { request: Exclude<Request<unknown>, { status: 'done' }> }) {
  if (request.status === 'error') return <Problem title="This quiz could not be made" message={request.message} />;
  return (
    <div className="quiz" aria-busy="true">
      <p role="status" className="quiz-message">
        Loading the quiz…
      </p>
    </div>
  );
}

function Problem({ title, message }: { title: string; message: string }) {
  return (
    <div className="quiz" data-testid="quiz">
      <h1>{title}</h1>
      <p role="alert" className="quiz-message">
        {message}
      </p>
      <p className="quiz-links">{ANOTHER_QUIZ}</p>
    </div>
  );
}
