MATCH (c:Concept)-[r]-(:Concept)
WHERE c.id IN $ids AND ($types IS NULL OR type(r) IN $types)
WITH DISTINCT r
RETURN r.record AS relation
ORDER BY r.id
