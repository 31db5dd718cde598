MATCH (c:Concept)-[r]-(:Concept)
WHERE c.id IN $ids AND ($types IS NULL OR type(r) IN $types)
WITH DISTINCT r
RETURN r {.id, type: type(r), from: startNode(r).id, to: endNode(r).id, .scope, .evidenceSources, .evidenceQuotes, .evidenceKinds, .evidencePassages, .evidenceHedged} AS relation
ORDER BY relation.id
