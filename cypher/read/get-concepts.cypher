MATCH (c:Concept)
WHERE c.id IN $ids
RETURN c.record AS concept
