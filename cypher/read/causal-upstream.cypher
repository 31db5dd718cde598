// The concepts that lead to any of $ids within $maxHops causal relations (the concepts
// themselves included), then every causal relation among them: what a case analysis ranks
// explanations from. Walked one hop per round, like neighborhood.cypher, so hubs are expanded
// once per round instead of once per path through them.
MATCH (finding:Concept)
WHERE finding.id IN $ids
WITH collect(finding) AS findings
WITH reduce(found = findings, hop IN range(1, $maxHops) |
  reduce(next = found, b IN found |
    next + [(a:Concept)-[step]->(b)
            WHERE NOT a IN next AND type(step) IN $causalTypes | a])) AS found
UNWIND found AS n
WITH collect(DISTINCT n) AS nodes
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r]->(b:Concept)
  WHERE b IN nodes AND type(r) IN $causalTypes
  RETURN collect(r {.id, type: type(r), from: a.id, to: b.id, .scope, .evidenceSources, .evidenceQuotes, .evidenceKinds, .evidencePassages, .evidenceHedged}) AS edges
}
RETURN [n IN nodes | n {.id, .kind, .name, .description, .synonyms, .urgent, .unspecified}] AS nodes, edges
