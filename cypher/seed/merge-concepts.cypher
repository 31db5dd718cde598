// Each concept carries its kind as a property and as a label, so Cypher users can write
// MATCH (c:Cause); labels of other kinds are removed in case a concept changed kind. `record`
// is the concept as the app reads it, one JSON text: the reads return it rather than a map of
// properties, because neo4j-driver decodes one string far faster than a map of several.
UNWIND $concepts AS row
MERGE (c:Concept {id: row.id})
SET c.kind = row.kind,
    c.name = row.name,
    c.description = row.description,
    c.synonyms = row.synonyms,
    c.synonymsText = row.synonymsText,
    c.urgent = row.urgent,
    c.unspecified = row.unspecified,
    c.record = row.record
REMOVE c:$(row.otherKinds)
SET c:$(row.kind)
