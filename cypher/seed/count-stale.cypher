// How many concepts and relations the database holds that graph/ no longer has. Beyond a batch,
// the seed removes them a batch per transaction before its closing one: removing a whole larger
// atlas in one transaction outgrew the memory Neo4j allows a transaction.
CALL () {
  MATCH (c:Concept)
  WHERE NOT c.id IN $conceptIds
  RETURN count(c) AS concepts
}
CALL () {
  MATCH (:Concept)-[r]->(:Concept)
  WHERE NOT r.id IN $relationIds
  RETURN count(r) AS relations
}
RETURN concepts, relations
