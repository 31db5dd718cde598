// Ranks like the embedded store: for each concept its best term (name first, then
// synonyms) scored exact 0, prefix 1, word 2, substring 3; ties by name, length, id.
// searchTerms are searchTexts normalized (lower case, no accents) when seeding.
MATCH (c:Concept)
WHERE ($kinds IS NULL OR c.kind IN $kinds)
  AND any(term IN c.searchTerms WHERE term CONTAINS $query)
WITH c, reduce(best = 1000000, i IN range(0, size(c.searchTerms) - 1) |
  CASE
    WHEN c.searchTerms[i] = $query AND i < best THEN i
    WHEN c.searchTerms[i] STARTS WITH $query AND 1000 + i < best THEN 1000 + i
    WHEN c.searchTerms[i] =~ $wordPattern AND 2000 + i < best THEN 2000 + i
    WHEN c.searchTerms[i] CONTAINS $query AND 3000 + i < best THEN 3000 + i
    ELSE best
  END) AS best
WITH c, best / 1000 AS quality, best % 1000 AS termIndex
RETURN c {.id, .kind, .name, .description, .synonyms, .urgent} AS concept,
       quality,
       c.searchTexts[termIndex] AS matchedText
ORDER BY quality, CASE WHEN termIndex = 0 THEN 0 ELSE 1 END, size(c.name), c.id
LIMIT $limit
