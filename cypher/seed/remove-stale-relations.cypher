// Relations no longer in graph/ leave the database.
MATCH (:Concept)-[r]->(:Concept)
WHERE NOT r.id IN $ids
DELETE r
