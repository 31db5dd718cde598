// Everything the shared search module (src/store/search-index.ts) needs, one row per concept:
// the concept, its relations and their quotes (its weight), and the names it is related to.
// The store caches the rows per graph version and searches them in the app, so both stores rank alike.
MATCH (c:Concept)
OPTIONAL MATCH (c)-[r]-(other:Concept)
WITH c, count(r) AS relations, sum(coalesce(size(r.evidenceQuotes), 0)) AS evidence, collect(other.name) AS linked
RETURN c {.id, .kind, .name, .description, .synonyms, .urgent} AS concept, relations, evidence, linked
ORDER BY c.id
