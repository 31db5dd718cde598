MATCH (c:Concept)
WHERE $kind IS NULL OR c.kind = $kind
WITH c
ORDER BY c.id
WITH collect(c) AS matching
RETURN size(matching) AS totalCount,
       [x IN [m IN matching WHERE $after IS NULL OR m.id > $after][0..$first + 1] | x {.id, .kind, .name, .description, .synonyms, .urgent}] AS page
