MATCH (s:Source)
RETURN s {.id, .title, .kind, .reliability, .url} AS source
ORDER BY s.id
