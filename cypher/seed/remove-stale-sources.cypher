// Sources no longer in graph/ leave the database too.
MATCH (s:Source)
WHERE NOT s.id IN $ids
DELETE s
