-- Material progress pre-aggregated per (student, teacher, subject) for the teacher weekly
-- report, which otherwise reads every material of the term with its progress. Derived from
-- material_students, materials and material_progress, kept current in the writer's
-- transaction (MaterialTotals) and checked by the analytics recompute.

-- The materials assigned to the student and the sum of their progress_percent (missing
-- progress counts 0).
CREATE TABLE material_totals (
    student_id   BIGINT         NOT NULL REFERENCES users (id),
    teacher_id   BIGINT         NOT NULL REFERENCES users (id),
    subject_id   BIGINT         NOT NULL REFERENCES subjects (id),
    school_id    BIGINT         NOT NULL REFERENCES schools (id),
    assigned     INTEGER        NOT NULL,
    progress_sum NUMERIC(14, 2) NOT NULL,
    PRIMARY KEY (student_id, teacher_id, subject_id)
);
CREATE INDEX material_totals_school ON material_totals (school_id);

-- Of those materials, how many the student completed in each week (Monday, in the
-- school's zone): completed by a week's end is the sum over the weeks up to it.
CREATE TABLE material_completions (
    student_id BIGINT  NOT NULL REFERENCES users (id),
    teacher_id BIGINT  NOT NULL REFERENCES users (id),
    subject_id BIGINT  NOT NULL REFERENCES subjects (id),
    week_start DATE    NOT NULL,
    school_id  BIGINT  NOT NULL REFERENCES schools (id),
    completed  INTEGER NOT NULL,
    PRIMARY KEY (student_id, teacher_id, subject_id, week_start)
);
CREATE INDEX material_completions_school ON material_completions (school_id);
