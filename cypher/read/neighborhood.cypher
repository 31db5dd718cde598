// Concepts within $depth relations of the focus, either direction, passing only through
// admitted kinds and relation types; then every relation among them. The walk goes one hop per
// round, $depth rounds, each round expanding the concepts found so far: it touches each
// concept's relations at most $depth times, where matching walks of up to the API's depth limit
// would enumerate every path through the hubs before filtering.
MATCH (focus:Concept)
WHERE focus.id IN $ids
WITH collect(focus) AS focus
WITH reduce(found = focus, hop IN range(1, $depth) |
  reduce(next = found, a IN found |
    next + [(a)-[step]-(b:Concept)
            WHERE NOT b IN next
              AND ($relationTypes IS NULL OR type(step) IN $relationTypes)
              AND ($kinds IS NULL OR b.kind IN $kinds) | b])) AS found
UNWIND found AS n
WITH collect(DISTINCT n) AS nodes
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r]->(b:Concept)
  WHERE b IN nodes AND ($relationTypes IS NULL OR type(r) IN $relationTypes)
  RETURN collect(r {.id, type: type(r), from: a.id, to: b.id, .scope, .evidenceSources, .evidenceQuotes, .evidenceKinds, .evidencePassages, .evidenceHedged}) AS edges
}
RETURN [n IN nodes | n {.id, .kind, .name, .description, .synonyms, .urgent, .unspecified}] AS nodes, edges
