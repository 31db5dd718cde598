// Concepts within $depth relations of the focus, either direction, passing only through
// admitted kinds and relation types; then every relation among them. The literal 3 is the
// API's depth limit (LIMITS.maxDepth); $depth narrows it.
MATCH (focus:Concept)
WHERE focus.id IN $ids
OPTIONAL MATCH walk = (focus)-[steps*1..3]-(reached:Concept)
WHERE length(walk) <= $depth
  AND all(step IN steps WHERE $relationTypes IS NULL OR type(step) IN $relationTypes)
  AND all(n IN nodes(walk)[1..] WHERE $kinds IS NULL OR n.kind IN $kinds)
WITH collect(DISTINCT focus) + collect(DISTINCT reached) AS found
UNWIND found AS n
WITH collect(DISTINCT n) AS nodes
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r]->(b:Concept)
  WHERE b IN nodes AND ($relationTypes IS NULL OR type(r) IN $relationTypes)
  RETURN collect(r {.id, type: type(r), from: a.id, to: b.id, .evidenceSources, .evidenceQuotes, .evidenceKinds, .evidencePassages}) AS edges
}
RETURN [n IN nodes | n {.id, .kind, .name, .description, .synonyms, .urgent}] AS nodes, edges
