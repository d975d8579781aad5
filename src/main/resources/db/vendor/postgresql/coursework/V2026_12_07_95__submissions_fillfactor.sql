-- PostgreSQL only (H2 has no such setting). A regrade rewrites a submission's score,
-- status and feedback, none of them indexed. With a fifth of each page left free,
-- PostgreSQL keeps the new row version on its page (a HOT update) and writes none of the
-- table's six indexes; with full pages every regrade wrote all six. An import of 24,000
-- regrades spent half as long in this table's upsert (docs/benchmarks.md). Existing
-- pages gain the room as their rows are next rewritten (VACUUM FULL gives it at once).
ALTER TABLE submissions SET (fillfactor = 80);
