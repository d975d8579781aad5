-- One row per teacher, locked (SELECT ... FOR UPDATE, ascending teacher order, after any
-- class locks) before a teacher's weeks are rebuilt, so two transactions that create the
-- same new analytics_teacher_weeks row queue instead of one failing on its primary key.
CREATE TABLE analytics_teacher_locks (
    teacher_id BIGINT NOT NULL PRIMARY KEY
);
