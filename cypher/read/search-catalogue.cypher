// The graph version seeded last and, only when it is not $known (the version whose catalogue the
// store already holds), everything the shared search module (src/store/search-index.ts) needs:
// one entry per concept with its relations and their quotes (its weight) and the names it is
// related to. One round trip per search (searches begun together share it); the catalogue
// crosses the wire once per graph version.
OPTIONAL MATCH (g:GraphVersion {id: 'graph'})
WITH coalesce(g.version, 'unseeded') AS version
CALL (version) {
  MATCH (c:Concept)
  WHERE version <> $known
  OPTIONAL MATCH (c)-[r]-(other:Concept)
  WITH c, count(r) AS relations, sum(coalesce(size(r.evidenceQuotes), 0)) AS evidence, collect(other.name) AS linked
  ORDER BY c.id
  RETURN collect({concept: c {.id, .kind, .name, .description, .synonyms, .urgent, .unspecified}, relations: relations, evidence: evidence, linked: linked}) AS catalogue
}
RETURN version, catalogue
