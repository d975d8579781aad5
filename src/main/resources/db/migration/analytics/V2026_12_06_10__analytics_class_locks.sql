-- One row per class, locked (SELECT ... FOR UPDATE, ascending class order) before a
-- class is re-ranked, so concurrent grades of students of one class queue instead of
-- deadlocking on each other's term rows.
CREATE TABLE analytics_class_locks (
    class_section_id BIGINT NOT NULL PRIMARY KEY
);

-- Re-ranking one class (WHERE class_section_id = ?) and the nightly clean-up of ranks
-- of students without a class (WHERE class_section_id IS NULL) find their rows here.
CREATE INDEX analytics_student_terms_class ON analytics_student_terms (class_section_id);
