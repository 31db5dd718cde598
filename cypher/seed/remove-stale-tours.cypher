// Tours no longer in graph/tours/ leave the database.
MATCH (t:Tour)
WHERE NOT t.id IN $ids
DELETE t
