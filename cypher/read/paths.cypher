// Directed paths along causal relation types, without revisiting a concept. The literal 6
// is the API's hop limit (LIMITS.maxHops); $maxHops narrows it. Ranking happens in the adapter.
MATCH (start:Concept {id: $from})
MATCH (end:Concept {id: $to})
MATCH walk = (start)-[steps*1..6]->(end)
WHERE length(walk) <= $maxHops
  AND all(step IN steps WHERE type(step) IN $causalTypes)
  AND all(i IN range(0, size(nodes(walk)) - 2) WHERE NOT nodes(walk)[i] IN nodes(walk)[i + 1..])
RETURN [n IN nodes(walk) | n.record] AS nodes,
       [r IN steps | r.record] AS edges
LIMIT $explore
