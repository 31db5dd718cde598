// Relations use their type as the relationship type (MATCH (a)-[:CAUSES]->(b) reads as
// the domain does); evidence is kept as parallel lists, one entry per quote, with '' where a
// quote belongs to no passage (lists cannot hold null), and true where a quote hedges. A null
// scope removes the property. The lists are for people querying in Cypher; the app reads
// `record`, the relation as one JSON text, which neo4j-driver decodes several times faster than
// five lists.
UNWIND $relations AS row
MATCH (a:Concept {id: row.from})
MATCH (b:Concept {id: row.to})
MERGE (a)-[r:$(row.type)]->(b)
SET r.id = row.id,
    r.scope = row.scope,
    r.evidenceSources = row.evidenceSources,
    r.evidenceQuotes = row.evidenceQuotes,
    r.evidenceKinds = row.evidenceKinds,
    r.evidencePassages = row.evidencePassages,
    r.evidenceHedged = row.evidenceHedged,
    r.record = row.record
