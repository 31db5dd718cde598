// Concepts no longer in graph/ leave the database, with their relations.
MATCH (c:Concept)
WHERE NOT c.id IN $ids
DETACH DELETE c
