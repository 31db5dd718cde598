// The concepts that lead to any of $ids within $maxHops causal relations (the concepts
// themselves included), each with the causal relations it starts among them: what a case
// analysis ranks explanations from.
// Breadth first, one hop per round, expanding only the concepts the previous round found: each
// concept's incoming relations are read once, where expanding everything found so far re-reads
// them every round and enumerating paths reads them once per path through a hub. The hop's
// new concepts are bound once (the one-element list) because they are both what is found and
// the next round's frontier.
MATCH (finding:Concept)
WHERE finding.id IN $ids
WITH collect(finding) AS findings
WITH reduce(walk = {found: findings, frontier: findings}, hop IN range(1, $maxHops) |
  head([fresh IN [COLLECT {
          UNWIND walk.frontier AS b
          MATCH (a:Concept)-[step]->(b)
          WHERE type(step) IN $causalTypes AND NOT a IN walk.found
          RETURN DISTINCT a
        }] | {found: walk.found + fresh, frontier: fresh}])).found AS found
// Rows of up to 25 concepts, not one row holding everything: the relations' quotes made that one
// record tens of kilobytes over many Bolt chunks, and neo4j-driver reads such a record through
// its CombinedBuffer, which walks the chunk list for every byte and string it decodes; a row
// per concept costs more in records than it saves (see neighborhood.cypher).
UNWIND range(0, size(found) - 1, 25) AS start
WITH found, found[start..start + 25] AS part
RETURN [a IN part | a.record] AS nodes,
  reduce(edges = [], a IN part | edges + COLLECT {
    MATCH (a)-[r]->(b:Concept)
    WHERE type(r) IN $causalTypes AND b IN found
    RETURN r.record
  }) AS edges
