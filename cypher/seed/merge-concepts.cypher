// Each concept carries its kind as a property and as a label, so Cypher users can write
// MATCH (c:Cause); labels of other kinds are removed in case a concept changed kind.
UNWIND $concepts AS row
MERGE (c:Concept {id: row.id})
SET c.kind = row.kind,
    c.name = row.name,
    c.description = row.description,
    c.synonyms = row.synonyms,
    c.synonymsText = row.synonymsText,
    c.urgent = row.urgent,
    c.unspecified = row.unspecified
REMOVE c:$(row.otherKinds)
SET c:$(row.kind)
