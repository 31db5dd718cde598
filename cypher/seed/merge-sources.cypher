UNWIND $sources AS row
MERGE (s:Source {id: row.id})
SET s.title = row.title,
    s.kind = row.kind,
    s.reliability = row.reliability,
    s.url = row.url
