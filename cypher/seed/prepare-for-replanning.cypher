// After a seed that made indexes (a fresh database): waits until every index is online,
// resamples their statistics and clears the query caches (at most 300 s). Until then the
// planner knows the new indexes and counts only roughly, and the first reads can scan every
// concept instead of seeking the id index.
CALL db.prepareForReplanning(300)
