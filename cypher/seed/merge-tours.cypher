// A tour only points at concepts and relations by id, and is read whole, so its steps are
// kept as one JSON string; stepCount lets a list of tours skip parsing them.
UNWIND $tours AS row
MERGE (t:Tour {id: row.id})
SET t.title = row.title,
    t.audience = row.audience,
    t.summary = row.summary,
    t.stepCount = row.stepCount,
    t.stepsJson = row.stepsJson
