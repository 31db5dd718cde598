MATCH (t:Tour {id: $id})
RETURN t {.id, .title, .audience, .summary, .stepsJson} AS tour
