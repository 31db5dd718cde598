// Source ids are the documents' file names, cited by every evidence item.
CREATE CONSTRAINT source_id_unique IF NOT EXISTS
FOR (s:Source) REQUIRE s.id IS UNIQUE
