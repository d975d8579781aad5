-- PostgreSQL only (H2 has no such setting). The derived rows that grades rewrite in
-- place (the items, the term and week rows, the homework rows) change no indexed column
-- when a score changes. With a fifth of each page left free, PostgreSQL keeps the new
-- row version on its page (a HOT update) and writes no index entry
-- (docs/benchmarks.md). Existing pages gain the room as their rows are next rewritten.
ALTER TABLE analytics_items SET (fillfactor = 80);
ALTER TABLE analytics_student_terms SET (fillfactor = 80);
ALTER TABLE analytics_student_weeks SET (fillfactor = 80);
ALTER TABLE analytics_homework SET (fillfactor = 80);
