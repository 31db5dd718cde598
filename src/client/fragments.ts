import { graphql, type ResultOf } from './graphql';

/** The selections shared by the app's documents: each shape is asked for, and typed, once. */

/** A concept as the map draws it, and as every list names it (a placeholder the sources do not name is drawn apart). */
export const MapNodeFragment = graphql(`
  fragment MapNode on Concept {
    id
    name
    kind
    urgent
    unspecified
  }
`);

/** A relation as the map draws it: its ends, whether only hedged quotes back it (drawn lighter), and which sources of which kind back it (the map ranks by them). */
export const MapEdgeFragment = graphql(`
  fragment MapEdge on Relation {
    id
    type
    hedged
    from {
      id
    }
    to {
      id
    }
    evidence {
      kind
      source {
        id
      }
    }
  }
`);

/** A relation with its ends named and the quotes behind it: what "says who?" shows, and whether to say it as "may". */
export const EvidencedRelationFragment = graphql(`
  fragment EvidencedRelation on Relation {
    id
    type
    scope
    hedged
    from {
      id
      name
      kind
    }
    to {
      id
      name
      kind
      unspecified
    }
    evidence {
      quote
      kind
      hedged
      source {
        id
        title
        url
        kind
        reliability
      }
    }
  }
`);

/** A concept as its card in the detail panel shows it: what it is, and every relation with its quotes. */
export const ConceptCardFragment = graphql(
  `
    fragment ConceptCard on Concept {
      ...MapNode
      description
      synonyms
      relations {
        ...EvidencedRelation
      }
    }
  `,
  [MapNodeFragment, EvidencedRelationFragment],
);

/** A poll as the presenter's panel and the students' page show it. */
export const PollFragment = graphql(`
  fragment PollView on Poll {
    code
    tourId
    step
    prompt
    choices {
      id
      name
    }
    counts {
      choice {
        id
      }
      votes
    }
    total
    closed
    answer {
      id
      name
    }
  }
`);

export type ConceptRef = ResultOf<typeof MapNodeFragment>;
export type EvidencedRelation = ResultOf<typeof EvidencedRelationFragment>;
export type PollView = ResultOf<typeof PollFragment>;
