MATCH (t:Tour)
RETURN t {.id, .title, .audience, .summary, .stepCount} AS tour
ORDER BY t.id
