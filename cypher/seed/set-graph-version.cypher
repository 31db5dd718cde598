// The version of graph/ that was loaded, so clients can tell which graph they see.
MERGE (g:GraphVersion {id: 'graph'})
SET g.version = $version,
    g.seededAt = datetime()
