// Directed paths along causal relation types, without revisiting a concept. The literal 6
// is the API's hop limit (LIMITS.maxHops); $maxHops narrows it. Ranking happens in the adapter.
MATCH (start:Concept {id: $from})
MATCH (end:Concept {id: $to})
MATCH walk = (start)-[steps*1..6]->(end)
WHERE length(walk) <= $maxHops
  AND all(step IN steps WHERE type(step) IN $causalTypes)
  AND all(i IN range(0, size(nodes(walk)) - 2) WHERE NOT nodes(walk)[i] IN nodes(walk)[i + 1..])
RETURN [n IN nodes(walk) | n {.id, .kind, .name, .description, .synonyms, .urgent, .unspecified}] AS nodes,
       [r IN steps | r {.id, type: type(r), from: startNode(r).id, to: endNode(r).id, .scope, .evidenceSources, .evidenceQuotes, .evidenceKinds, .evidencePassages, .evidenceHedged}] AS edges
LIMIT $explore
