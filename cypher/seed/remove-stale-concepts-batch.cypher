// Up to $batch of the concepts graph/ no longer has, once their relations are gone (see
// count-stale.cypher).
MATCH (c:Concept)
WHERE NOT c.id IN $ids
WITH c
LIMIT $batch
DETACH DELETE c
