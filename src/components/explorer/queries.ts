import { stringifyDocument } from '@urql/core';
import { graphql } from '../../client/graphql';
import { EvidencedRelationFragment, ConceptCardFragment, MapEdgeFragment, MapNodeFragment } from '../../client/fragments';
import type { ViewState } from './view-state';

/**
 * The GraphQL documents the explorer sends. The map's query is built from the view state
 * and shown to the user as "the query behind this view".
 */
export const MAP_QUERY = graphql(
  `
    query MapView($focus: [ID!]!, $depth: Int!, $expanded: [ID!]!, $kinds: [ConceptKind!], $types: [RelationType!]) {
      stats {
        version
      }
      focus: neighborhood(ids: $focus, depth: $depth, kinds: $kinds, relationTypes: $types) {
        nodes {
          ...MapNode
        }
        edges {
          ...MapEdge
        }
      }
      expanded: neighborhood(ids: $expanded, depth: 1, kinds: $kinds, relationTypes: $types) {
        nodes {
          ...MapNode
        }
        edges {
          ...MapEdge
        }
      }
      redFlags {
        ...MapNode
        relations(types: [SUGGESTS]) {
          ...MapEdge
        }
      }
    }
  `,
  [MapNodeFragment, MapEdgeFragment],
);

/** The map's query as the user is shown it and GraphiQL opens it; a document keeps no comments, so its note is added here. */
export const MAP_QUERY_TEXT = `# The concepts and relations on the map: the focus and its neighbourhood, the expanded
# concepts' neighbours, and the red flags, which no filter hides (the map shows them as one
# group that opens in place). Evidence ranks concepts within a lane: distinct sources first.
${stringifyDocument(MAP_QUERY)}`;

export function mapVariables(view: ViewState) {
  return {
    focus: view.focus ? [view.focus] : [],
    depth: view.depth,
    expanded: view.expanded,
    kinds: view.kinds,
    types: view.relationTypes,
  };
}

/** Causal paths between two concepts, each hop with the quotes behind it. */
export const PATH_QUERY = graphql(
  `
    query PathView($from: ID!, $to: ID!) {
      paths(from: $from, to: $to, maxHops: 6, first: 5) {
        hops
        summary
        strength
        provenance
        steps {
          attestedWithNext
        }
        nodes {
          ...MapNode
        }
        edges {
          ...MapEdge
          ...EvidencedRelation
        }
      }
    }
  `,
  [MapNodeFragment, MapEdgeFragment, EvidencedRelationFragment],
);

export const NAMED_QUERY = graphql(`
  query NamedConcepts($ids: [ID!]!) {
    stats {
      version
    }
    named: neighborhood(ids: $ids, depth: 0) {
      nodes {
        id
      }
    }
  }
`);

export const SEARCH_QUERY = graphql(
  `
    query Suggest($text: String!) {
      search(text: $text, first: 8) {
        match
        matchedText
        concept {
          ...MapNode
        }
      }
    }
  `,
  [MapNodeFragment],
);

export const CONCEPT_QUERY = graphql(
  `
    query ConceptDetail($id: ID!) {
      concept(id: $id) {
        ...ConceptCard
      }
    }
  `,
  [ConceptCardFragment],
);

export const RELATION_QUERY = graphql(
  `
    query RelationDetail($id: ID!) {
      relation(id: $id) {
        ...EvidencedRelation
      }
    }
  `,
  [EvidencedRelationFragment],
);
