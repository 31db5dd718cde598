import { EvidencedRelationFragment, MapNodeFragment } from '../../client/fragments';
import { graphql, type ResultOf } from '../../client/graphql';

/** The GraphQL documents the quiz sends; a tour's quiz reads the tour as the presenter does (tour-query.ts). */

export const TOURS_QUERY = graphql(`
  query TourList {
    tours {
      id
      title
      audience
      stepCount
    }
  }
`);

/** Each concept of the best attested or strong causal path hidden in turn, with the relations around it as evidence. */
export const CHAIN_QUIZ_QUERY = graphql(
  `
    query ChainQuiz($from: ID!, $to: ID!) {
      quiz(from: $from, to: $to) {
        from {
          ...MapNode
        }
        to {
          ...MapNode
        }
        path {
          summary
          provenance
        }
        stitchedOnly
        questions {
          prompt
          answer {
            ...MapNode
          }
          choices {
            ...MapNode
          }
          evidence {
            ...EvidencedRelation
          }
        }
      }
    }
  `,
  [MapNodeFragment, EvidencedRelationFragment],
);

export type ChainQuizResult = ResultOf<typeof CHAIN_QUIZ_QUERY>;
