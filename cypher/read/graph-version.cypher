// The version of the graph seeded last: tells the store when its cached search catalogue is stale.
OPTIONAL MATCH (g:GraphVersion {id: 'graph'})
RETURN g.version AS version
