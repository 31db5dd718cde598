// A page of concepts in id order, after the cursor $after, and how many match in all. The page
// walks the id index in order and stops after $first + 1 (one more says a next page exists):
// collecting and sorting every concept for each page would read the whole atlas per page.
CALL () {
  MATCH (c:Concept)
  WHERE ($kinds IS NULL OR c.kind IN $kinds)
    AND ($urgent IS NULL OR c.urgent = $urgent)
  RETURN count(c) AS totalCount
}
CALL () {
  MATCH (c:Concept)
  WHERE ($kinds IS NULL OR c.kind IN $kinds)
    AND ($urgent IS NULL OR c.urgent = $urgent)
    AND ($after IS NULL OR c.id > $after)
  WITH c
  ORDER BY c.id
  LIMIT $first + 1
  RETURN collect(c.record) AS page
}
RETURN totalCount, page
