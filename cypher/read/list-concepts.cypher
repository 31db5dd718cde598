// A page of concepts in id order after the cursor $after ('' for the first page), and how many
// match in all; $kinds lists the kinds asked for (every kind when the caller named none). The
// page walks the id index in order and stops after $first + 1 (one more says a next page
// exists), and the count reads the kind index: sorting or scanning every concept for each page
// would read the whole atlas, 100,000 concepts, per page.
CALL () {
  MATCH (c:Concept)
  WHERE c.kind IN $kinds
    AND ($urgent IS NULL OR c.urgent = $urgent)
  RETURN count(c) AS totalCount
}
CALL () {
  MATCH (c:Concept)
  USING INDEX c:Concept(id)
  WHERE c.id > $after
    AND c.kind IN $kinds
    AND ($urgent IS NULL OR c.urgent = $urgent)
  WITH c
  ORDER BY c.id
  LIMIT $first + 1
  RETURN collect(c.record) AS page
}
RETURN totalCount, page
