// The graph version seeded last and, only when it is not $known (the version whose catalogue the
// store already holds), everything the shared search module (src/store/search-index.ts) needs:
// one row per concept with its relations and their quotes (its weight) and the names it is
// related to. One round trip per search (searches begun together share it); the catalogue
// crosses the wire once per graph version.
// A row per concept, counted in a subquery per concept, rather than one collected record: at
// 100,000 concepts the collected catalogue (and a grouping over every concept) outgrew the
// database's memory for one transaction, and the driver decodes many small records faster than
// one huge one. When the catalogue is known, the one row has the version and no concept.
OPTIONAL MATCH (g:GraphVersion {id: 'graph'})
WITH coalesce(g.version, 'unseeded') AS version
// The version is tested before any concept is read, so a search with the catalogue known reads
// none: as a WHERE, the planner scans every concept first and filters them by the version.
OPTIONAL CALL (version) {
  UNWIND CASE WHEN version <> $known THEN [version] ELSE [] END AS unknown
  MATCH (c:Concept)
  CALL (c) {
    OPTIONAL MATCH (c)-[r]-(other:Concept)
    RETURN count(r) AS relations, sum(coalesce(size(r.evidenceQuotes), 0)) AS evidence, collect(other.name) AS linked
  }
  RETURN c.record AS concept, relations, evidence, linked
}
RETURN version, concept, relations, evidence, linked
