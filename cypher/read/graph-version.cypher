// The version of the graph seeded last: what the API's response cache keys its answers by.
OPTIONAL MATCH (g:GraphVersion {id: 'graph'})
RETURN g.version AS version
