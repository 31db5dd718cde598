// Tour ids are the tour files' names: one node per tour.
CREATE CONSTRAINT tour_id_unique IF NOT EXISTS
FOR (t:Tour) REQUIRE t.id IS UNIQUE
