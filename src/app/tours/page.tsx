import { graphql } from '../../client/graphql';
import { SiteHeader } from '../../components/SiteNav';
import { queryApi } from '../query-api';

export const dynamic = 'force-dynamic';

const TOURS_QUERY = graphql(`
  query Tours {
    tours {
      id
      title
      audience
      summary
      stepCount
    }
  }
`);

/** Every guided tour, with links to present it, quiz on it, or print its handout. */
export default async function ToursPage() {
  const { tours } = await queryApi(TOURS_QUERY, {});
  return (
    <>
      <SiteHeader current="tours" />
      <main className="index-page">
        <h1>Guided tours</h1>
        <p>Walk a class through a causal chain step by step, ask them to predict what comes next, then quiz them.</p>
        {tours.length === 0 ? <p>No tours yet: add one in graph/tours/.</p> : null}
        <ul className="tour-list">
          {tours.map((tour) => (
            <li key={tour.id}>
              <h2>{tour.title}</h2>
              <p>{tour.summary}</p>
              <p className="muted">
                For {tour.audience} · {tour.stepCount} steps
              </p>
              <p>
                <a href={`/tours/${tour.id}/1`}>Present</a> · <a href={`/quiz?tour=${tour.id}`}>Quiz</a> · <a href={`/tours/${tour.id}/handout`}>Handout</a>
              </p>
            </li>
          ))}
        </ul>
      </main>
    </>
  );
}
