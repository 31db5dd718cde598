// Full-text search over names and synonyms, for Cypher users in Neo4j Browser:
// CALL db.index.fulltext.queryNodes('concept_search', 'spasm~')
CREATE FULLTEXT INDEX concept_search IF NOT EXISTS
FOR (c:Concept) ON EACH [c.name, c.synonymsText]
