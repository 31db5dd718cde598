// The one GraphVersion node is found by id on every stats read: an index, not a label scan.
CREATE CONSTRAINT graph_version_id_unique IF NOT EXISTS
FOR (g:GraphVersion) REQUIRE g.id IS UNIQUE
