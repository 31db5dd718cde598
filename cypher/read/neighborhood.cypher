// Concepts within $depth relations of the focus, either direction, passing only through
// admitted kinds and relation types; then every relation among them.
// Breadth first, one hop per round, expanding only the concepts the previous round found: each
// concept's relations are read once, where expanding everything found so far re-reads them
// every round and matching walks enumerates every path through the hubs. The hop's new
// concepts are bound once (the one-element list) because they are both what is found and the
// next round's frontier.
MATCH (focus:Concept)
WHERE focus.id IN $ids
WITH collect(focus) AS focus
WITH reduce(walk = {found: focus, frontier: focus}, hop IN range(1, $depth) |
  head([fresh IN [COLLECT {
          UNWIND walk.frontier AS a
          MATCH (a)-[step]-(b:Concept)
          WHERE ($relationTypes IS NULL OR type(step) IN $relationTypes)
            AND ($kinds IS NULL OR b.kind IN $kinds)
            AND NOT b IN walk.found
          RETURN DISTINCT b
        }] | {found: walk.found + fresh, frontier: fresh}])).found AS found
// One row per concept, each with the relations it starts among them: one record holding the
// whole neighbourhood is slow for neo4j-driver to decode (see causal-upstream.cypher).
UNWIND found AS a
RETURN a.record AS node,
  COLLECT {
    MATCH (a)-[r]->(b:Concept)
    WHERE b IN found AND ($relationTypes IS NULL OR type(r) IN $relationTypes)
    RETURN r.record
  } AS edges
