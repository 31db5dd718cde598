CALL () {
  MATCH (c:Concept)
  RETURN c.kind AS kind, count(*) AS count
} WITH collect({kind: kind, count: count}) AS conceptsByKind
CALL () {
  MATCH (:Concept)-[r]->(:Concept)
  RETURN type(r) AS type, count(*) AS count, sum(size(r.evidenceQuotes)) AS evidence
} WITH conceptsByKind, collect({type: type, count: count}) AS relationsByType, sum(evidence) AS evidence
CALL () {
  MATCH (s:Source)
  RETURN count(s) AS sources
}
OPTIONAL MATCH (g:GraphVersion {id: 'graph'})
RETURN conceptsByKind, relationsByType, evidence, sources, g.version AS version
