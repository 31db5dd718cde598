// Up to $batch of the relations graph/ no longer has (see count-stale.cypher).
MATCH (:Concept)-[r]->(:Concept)
WHERE NOT r.id IN $ids
WITH r
LIMIT $batch
DELETE r
