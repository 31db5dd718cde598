MATCH (c:Concept)
WHERE ($kinds IS NULL OR c.kind IN $kinds)
  AND ($urgent IS NULL OR c.urgent = $urgent)
WITH c
ORDER BY c.id
WITH collect(c) AS matching
RETURN size(matching) AS totalCount,
       [x IN [m IN matching WHERE $after IS NULL OR m.id > $after][0..$first + 1] | x {.id, .kind, .name, .description, .synonyms, .urgent, .unspecified}] AS page
