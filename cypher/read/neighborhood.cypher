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
// Rows of up to 25 concepts, each with the relations they start among those found: one record
// holding a large neighbourhood is slow for neo4j-driver to decode (see causal-upstream.cypher),
// and a record per concept costs more in records than it saves (the curated graph's depth-2
// neighbourhoods, about 50 concepts: 1.6 ms a read in rows of 25, 2.3 ms a concept per row).
UNWIND range(0, size(found) - 1, 25) AS start
WITH found, found[start..start + 25] AS part
RETURN [a IN part | a.record] AS nodes,
  reduce(edges = [], a IN part | edges + COLLECT {
    MATCH (a)-[r]->(b:Concept)
    WHERE b IN found AND ($relationTypes IS NULL OR type(r) IN $relationTypes)
    RETURN r.record
  }) AS edges
