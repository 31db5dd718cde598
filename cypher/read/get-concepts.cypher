MATCH (c:Concept)
WHERE c.id IN $ids
RETURN c {.id, .kind, .name, .description, .synonyms, .urgent, .unspecified} AS concept
