import type { ViewState } from './view-state';

/**
 * The GraphQL documents the explorer sends. The map's query is built from the view state
 * and shown to the user as "the query behind this view".
 */
const MAP_FRAGMENTS = `fragment MapNode on Concept { id name kind urgent }
fragment MapEdge on Relation { id type from { id } to { id } evidence { kind source { id } } }`;

export const MAP_QUERY = `# The concepts and relations on the map: the focus and its neighbourhood, the expanded
# concepts' neighbours, and the red flags, which no filter hides (the map shows them as one
# group that opens in place). Evidence ranks concepts within a lane: distinct sources first.
query MapView($focus: [ID!]!, $depth: Int!, $expanded: [ID!]!, $kinds: [ConceptKind!], $types: [RelationType!]) {
  stats { version }
  focus: neighborhood(ids: $focus, depth: $depth, kinds: $kinds, relationTypes: $types) {
    nodes { ...MapNode }
    edges { ...MapEdge }
  }
  expanded: neighborhood(ids: $expanded, depth: 1, kinds: $kinds, relationTypes: $types) {
    nodes { ...MapNode }
    edges { ...MapEdge }
  }
  redFlags {
    ...MapNode
    relations(types: [SUGGESTS]) { ...MapEdge }
  }
}
${MAP_FRAGMENTS}`;

export function mapVariables(view: ViewState) {
  return {
    focus: view.focus ? [view.focus] : [],
    depth: view.depth,
    expanded: view.expanded,
    kinds: view.kinds,
    types: view.relationTypes,
  };
}

export const PATH_QUERY = `# Causal paths between two concepts, each hop with the quotes behind it.
query PathView($from: ID!, $to: ID!) {
  paths(from: $from, to: $to, maxHops: 6, first: 5) {
    hops
    summary
    strength
    provenance
    steps { attestedWithNext }
    nodes { ...MapNode }
    edges { ...MapEdge evidence { quote kind source { title } } }
  }
}
${MAP_FRAGMENTS}`;

export const NAMED_QUERY = `query NamedConcepts($ids: [ID!]!) { stats { version } named: neighborhood(ids: $ids, depth: 0) { nodes { id } } }`;

export const SEARCH_QUERY = `query Suggest($text: String!) {
  search(text: $text, first: 8) { match matchedText concept { id name kind urgent } }
}`;

const EVIDENCE = `evidence { quote kind source { id title reliability } }`;

export const CONCEPT_QUERY = `query ConceptDetail($id: ID!) {
  concept(id: $id) {
    id name kind description synonyms urgent
    relations { id type from { id name kind } to { id name kind } ${EVIDENCE} }
  }
}`;

export const RELATION_QUERY = `query RelationDetail($id: ID!) {
  relation(id: $id) { id type from { id name kind } to { id name kind } ${EVIDENCE} }
}`;
